package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.bulletin.LedgerSnapshot.SanctionFacts;
import org.rectify.feedback.FindingStatus;
import org.rectify.plan.MeasureStatus;
import org.rectify.rectification.Sanction;

/** Layout variants of the corpus beyond the three golden documents, driven only by profile data. */
class ProfileVariantsTest {

  private final BulletinRenderer renderer = new BulletinRenderer();

  private final LedgerSnapshot ledger =
      new LedgerSnapshot(
          SampleLedgers.INSPECTION,
          List.of(
              new AspectFacts(
                  1,
                  "党组主动作为不足",
                  List.of(
                      finding(
                          "1.1",
                          "学习不深入",
                          FindingStatus.COMPLETED_ONGOING,
                          measure("组织专题学习4次。", MeasureStatus.COMPLETED_ONGOING, 2),
                          measure("建立学习台账。", MeasureStatus.COMPLETED, 0)))),
              new AspectFacts(
                  2,
                  "选人用人不规范",
                  List.of(
                      finding(
                          "2.1",
                          "考察程序不完善",
                          FindingStatus.IN_PROGRESS,
                          measure("修订考察工作办法。", MeasureStatus.IN_PROGRESS, 1))))),
          List.of(),
          LocalDate.of(2025, 11, 30));

  @Test
  void runInHeadingsCarryTheBodyInTheSameParagraphAndAspectsAreLabelled() {
    BulletinNarrative narrative =
        new BulletinNarrative(
            List.of(),
            List.of("巩固整改成果。"),
            null,
            "联系电话：0431-88888888\n通信地址：示例区人民大街1号",
            "中共示例区档案馆党组",
            LocalDate.of(2025, 12, 1),
            "test-run-in",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    String text =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                narrative,
                RenderProfiles.get("test-run-in"),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    assertThat(text).contains("\n反馈问题1：党组主动作为不足\n1.针对学习不深入的问题。一是组织专题学习4次。二是建立学习台账。\n");
    assertThat(text).contains("\n反馈问题2：选人用人不规范\n2.针对考察程序不完善的问题。修订考察工作办法。\n");
    assertThat(text).contains("请及时向我们反映。\n联系电话：0431-88888888\n通信地址：示例区人民大街1号\n");
    assertThat(text).endsWith("\n中共示例区档案馆党组2025年12月1日\n");
  }

  @Test
  void statusIsPrintedAsTheLabelValueWithMeasuresAsNumberedParagraphs() {
    BulletinNarrative narrative =
        new BulletinNarrative(
            List.of(),
            List.of(),
            null,
            null,
            null,
            null,
            "test-status-value",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    String text =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                narrative,
                RenderProfiles.get("test-status-value"),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    assertThat(text).contains("1.学习不深入\n整改情况：已完成整改并长期坚持\n（1）组织专题学习4次。\n（2）建立学习台账。\n");
    assertThat(text).contains("1.考察程序不完善\n整改情况：未全部完成，持续推进\n（1）修订考察工作办法。\n");
  }

  @Test
  void accountabilityIsCountedPerKindOfSanction() {
    assertThat(LedgerFigures.compute(ledger).get("sanctionsText")).isEqualTo("批评教育2人，诫勉谈话1人");
    String text =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                SampleLedgers.narrative("standard"),
                RenderProfiles.get("standard"),
                BulletinKind.STAGE,
                Audience.INTERNAL));
    assertThat(text).contains("问责处理3人（批评教育2人，诫勉谈话1人）");
  }

  @Test
  void theFinalBulletinTakesTheProfilesFinalStatusWordInItsTitle() {
    BulletinDocument stage =
        BulletinComposer.compose(
            ledger,
            SampleLedgers.narrative("shi-measures"),
            RenderProfiles.get("shi-measures"),
            BulletinKind.STAGE,
            Audience.INTERNAL);
    BulletinDocument last =
        BulletinComposer.compose(
            ledger,
            SampleLedgers.narrative("shi-measures"),
            RenderProfiles.get("shi-measures"),
            BulletinKind.FINAL,
            Audience.INTERNAL);

    assertThat(stage.title()).isEqualTo("中共示例区档案馆党组关于巡察整改阶段性进展情况的通报");
    assertThat(last.title()).isEqualTo("中共示例区档案馆党组关于巡察整改落实完成情况的通报");
    assertThat(stage.dateLine()).isEqualTo("2025年12月01日");
  }

  private static FindingFacts finding(
      String code, String text, FindingStatus status, MeasureFacts... measures) {
    return new FindingFacts(code, text, null, status, true, null, List.of(), List.of(measures));
  }

  private static MeasureFacts measure(String note, MeasureStatus status, int persons) {
    List<SanctionFacts> sanctions =
        persons == 0
            ? List.of()
            : List.of(
                new SanctionFacts(
                    persons == 2 ? Sanction.CRITICISM_EDUCATION : Sanction.ADMONITION_TALK,
                    persons));
    return new MeasureFacts(1, note, status, null, List.of(note), List.of(), List.of(), sanctions);
  }
}
