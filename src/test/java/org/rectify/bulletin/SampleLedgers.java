package org.rectify.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.HandoverFacts;
import org.rectify.bulletin.LedgerSnapshot.InspectionFacts;
import org.rectify.bulletin.LedgerSnapshot.InstitutionFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.bulletin.LedgerSnapshot.MoneyFacts;
import org.rectify.bulletin.LedgerSnapshot.SanctionFacts;
import org.rectify.feedback.FindingStatus;
import org.rectify.handover.HandoverKind;
import org.rectify.handover.HandoverStatus;
import org.rectify.plan.MeasureStatus;
import org.rectify.rectification.InstitutionAction;
import org.rectify.rectification.MoneyKind;
import org.rectify.rectification.Sanction;

/**
 * Synthetic ledgers: every kind of data a bulletin prints, in any size (benchmark: 1,000 findings).
 */
public final class SampleLedgers {

  static final InspectionFacts INSPECTION =
      new InspectionFacts(
          "巡察",
          "常规",
          "2022-2027年第二轮",
          "区委",
          "区委第一巡察组",
          "中共示例区档案馆党组",
          "区档案馆党组",
          LocalDate.of(2025, 3, 12),
          LocalDate.of(2025, 6, 6),
          LocalDate.of(2025, 8, 22));

  private static final FindingStatus[] CYCLE = {
    FindingStatus.COMPLETED, FindingStatus.COMPLETED, FindingStatus.COMPLETED_ONGOING,
    FindingStatus.IN_PROGRESS, FindingStatus.BASICALLY_COMPLETED, FindingStatus.COMPLETED
  };

  private SampleLedgers() {}

  /**
   * {@code findings} top-level findings over four aspects; every fifth has two sub-findings, every
   * seventh is 不公开, statuses cycle, measures carry notes, 制度, money and sanctions.
   */
  public static LedgerSnapshot synthetic(int findings) {
    List<List<FindingFacts>> perAspect = new ArrayList<>();
    for (int a = 0; a < 4; a++) {
      perAspect.add(new ArrayList<>());
    }
    for (int i = 1; i <= findings; i++) {
      int aspect = (i - 1) % 4;
      String code = (aspect + 1) + "." + (perAspect.get(aspect).size() + 1);
      List<FindingFacts> children = new ArrayList<>();
      if (i % 5 == 0) {
        for (int c = 1; c <= 2; c++) {
          children.add(
              finding(
                  code + "." + c,
                  "第" + i + "个问题的第" + c + "项具体表现",
                  CYCLE[(i + c) % CYCLE.length],
                  true,
                  List.of(),
                  measures(i * 10 + c, CYCLE[(i + c) % CYCLE.length])));
        }
      }
      FindingStatus status = CYCLE[i % CYCLE.length];
      perAspect
          .get(aspect)
          .add(
              finding(
                  code,
                  "第" + i + "个问题：制度执行不够严格，监督检查流于形式",
                  status,
                  i % 7 != 0,
                  children,
                  children.isEmpty() ? measures(i, status) : List.of()));
    }
    List<AspectFacts> aspects = new ArrayList<>();
    String[] headings = {"贯彻落实党中央决策部署", "全面从严治党", "领导班子和干部队伍建设", "巡视巡察、审计整改"};
    for (int a = 0; a < 4; a++) {
      if (!perAspect.get(a).isEmpty()) {
        aspects.add(new AspectFacts(a + 1, headings[a], perAspect.get(a)));
      }
    }
    List<HandoverFacts> handovers =
        List.of(
            new HandoverFacts(HandoverKind.PETITION, "信访件一", HandoverStatus.CONCLUDED, List.of()),
            new HandoverFacts(HandoverKind.PETITION, "信访件二", HandoverStatus.IN_HANDLING, List.of()),
            new HandoverFacts(
                HandoverKind.IMMEDIATE_ISSUE, "立行立改问题一", HandoverStatus.CONCLUDED, List.of()),
            new HandoverFacts(
                HandoverKind.CASE_LEAD,
                "问题线索一",
                HandoverStatus.CONCLUDED,
                List.of(new SanctionFacts(Sanction.ADMONITION_TALK, 2))));
    return new LedgerSnapshot(INSPECTION, aspects, handovers, LocalDate.of(2025, 11, 30));
  }

  static FindingFacts finding(
      String code,
      String text,
      FindingStatus status,
      boolean disclosed,
      List<FindingFacts> children,
      List<MeasureFacts> measures) {
    return new FindingFacts(
        code, text, null, status, disclosed, disclosed ? null : "涉及个人隐私", children, measures);
  }

  private static List<MeasureFacts> measures(int seed, FindingStatus status) {
    List<MeasureFacts> list = new ArrayList<>();
    int count = 1 + seed % 3;
    for (int m = 1; m <= count; m++) {
      boolean done = status.isFinished() || m < count;
      list.add(
          new MeasureFacts(
              m,
              "完善第" + m + "项工作机制，明确责任分工",
              done ? MeasureStatus.COMPLETED : MeasureStatus.IN_PROGRESS,
              LocalDate.of(2025, 12, 31),
              done ? List.of("已制定工作方案并组织实施，建立台账逐项销号。") : List.of(),
              m == 1 && seed % 4 == 0
                  ? List.of(
                      new InstitutionFacts(
                          seed % 8 == 0 ? InstitutionAction.NEW : InstitutionAction.REVISED,
                          "《内部管理制度》"))
                  : List.of(),
              m == 1 && seed % 9 == 0
                  ? List.of(new MoneyFacts(MoneyKind.REFUNDED, new BigDecimal("1250.50")))
                  : List.of(),
              m == 1 && seed % 11 == 0
                  ? List.of(new SanctionFacts(Sanction.CRITICISM_EDUCATION, 1))
                  : List.of()));
    }
    return list;
  }

  /** A narrative for generated bulletins: no stated figures, free text that names no figures. */
  static BulletinNarrative narrative(String profile) {
    return new BulletinNarrative(
        List.of("成立整改工作领导小组，召开专题会议研究部署整改工作。", "建立问题清单、任务清单、责任清单，逐项明确整改措施和时限。"),
        List.of("巩固整改成果，防止问题反弹。", "健全长效机制，推动整改常态化。"),
        "我们将以此次整改为契机，持续推进全面从严治党。",
        "联系电话：0431-88888888；电子邮箱：zhenggai@example.cn。",
        "中共示例区档案馆党组",
        LocalDate.of(2025, 12, 1),
        profile,
        null,
        null,
        null,
        "经过集中整改，各项工作取得阶段性成效。",
        null,
        null,
        null);
  }
}
