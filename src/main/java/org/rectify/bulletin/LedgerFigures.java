package org.rectify.bulletin;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.HandoverFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.feedback.FindingStatus;
import org.rectify.feedback.LedgerCounts;
import org.rectify.handover.HandoverKind;
import org.rectify.plan.MeasureStatus;
import org.rectify.rectification.InstitutionAction;
import org.rectify.rectification.Sanction;

/**
 * 统计数字: every figure a statistics sentence may print, counted from a ledger snapshot (never typed).
 * 具体问题 are the leaf findings, counted with the ledger page's totals by {@link LedgerCounts}.
 */
public final class LedgerFigures {

  /** Metric names the wording function {@code statistics} reads, with what they count. */
  public static final Map<String, String> METRICS = metricDescriptions();

  private LedgerFigures() {}

  public static Map<String, Object> compute(LedgerSnapshot snapshot) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<FindingFacts> all = snapshot.allFindings();
    List<FindingFacts> leaves = all.stream().filter(FindingFacts::leaf).toList();
    LedgerCounts counts =
        LedgerCounts.of(snapshot.aspects().stream().flatMap(a -> a.findings().stream()).toList());
    m.put("aspects", snapshot.aspects().size());
    m.put(
        "topFindings", (int) snapshot.aspects().stream().mapToLong(a -> a.findings().size()).sum());
    m.put("findings", counts.findings());
    m.put("findingsFinished", counts.findingsFinished());
    m.put("findingsOpen", count(leaves, f -> !f.finished()));
    m.put("findingsCompleted", count(leaves, f -> f.status() == FindingStatus.COMPLETED));
    m.put("findingsOngoing", count(leaves, f -> f.status() == FindingStatus.COMPLETED_ONGOING));
    m.put(
        "findingsClosedByDirective",
        count(leaves, f -> f.status() == FindingStatus.CLOSED_BY_DIRECTIVE));
    m.put("findingsBasic", count(leaves, f -> f.status() == FindingStatus.BASICALLY_COMPLETED));
    m.put(
        "findingsInProgress",
        count(
            leaves,
            f ->
                f.status() == FindingStatus.IN_PROGRESS
                    || f.status() == FindingStatus.NOT_STARTED));
    List<MeasureFacts> measures = all.stream().flatMap(f -> f.measures().stream()).toList();
    m.put("measures", counts.measures());
    m.put("measuresCompleted", counts.measuresCompleted());
    m.put("measuresOpen", (int) measures.stream().filter(x -> !x.finished()).count());
    m.put(
        "measuresClosedByDirective",
        (int)
            measures.stream().filter(x -> x.status() == MeasureStatus.CLOSED_BY_DIRECTIVE).count());
    int institutionsNew = 0;
    int institutionsRevised = 0;
    BigDecimal money = BigDecimal.ZERO;
    int persons = 0;
    for (MeasureFacts measure : measures) {
      for (var institution : measure.institutions()) {
        if (institution.action() == InstitutionAction.NEW) {
          institutionsNew++;
        } else {
          institutionsRevised++;
        }
      }
      for (var item : measure.money()) {
        money = money.add(item.amount());
      }
      for (var sanction : measure.sanctions()) {
        persons += sanction.personCount();
      }
    }
    m.put("institutions", institutionsNew + institutionsRevised);
    m.put("institutionsNew", institutionsNew);
    m.put("institutionsRevised", institutionsRevised);
    m.put("money", money);
    m.put("moneyText", ChineseText.amount(money));
    m.put("sanctionedPersons", persons);
    m.put("sanctionsText", sanctionsText(measures));
    for (HandoverKind kind : HandoverKind.values()) {
      String key = handoverKey(kind);
      List<HandoverFacts> items =
          snapshot.handovers().stream().filter(h -> h.kind() == kind).toList();
      m.put(key, items.size());
      m.put(key + "Concluded", (int) items.stream().filter(h -> h.status().isConcluded()).count());
      m.put(key + "Open", (int) items.stream().filter(h -> !h.status().isConcluded()).count());
      m.put(
          key + "Persons",
          items.stream().flatMap(h -> h.sanctions().stream()).mapToInt(s -> s.personCount()).sum());
    }
    return m;
  }

  /** 诫勉谈话2人，批评教育1人 — persons per kind of sanction, in the order of {@link Sanction}. */
  static String sanctionsText(List<MeasureFacts> measures) {
    java.util.EnumMap<Sanction, Integer> persons = new java.util.EnumMap<>(Sanction.class);
    measures.stream()
        .flatMap(m -> m.sanctions().stream())
        .forEach(s -> persons.merge(s.sanction(), s.personCount(), Integer::sum));
    return persons.entrySet().stream()
        .map(e -> e.getKey().label() + e.getValue() + "人")
        .collect(java.util.stream.Collectors.joining("，"));
  }

  static String handoverKey(HandoverKind kind) {
    return switch (kind) {
      case IMMEDIATE_ISSUE -> "immediateIssues";
      case CASE_LEAD -> "caseLeads";
      case PETITION -> "petitions";
    };
  }

  private static int count(
      List<FindingFacts> findings, java.util.function.Predicate<FindingFacts> test) {
    return (int) findings.stream().filter(test).count();
  }

  private static Map<String, String> metricDescriptions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("aspects", "方面数");
    d.put("topFindings", "问题（一级）数");
    d.put("findings", "具体问题数（末级）");
    d.put("findingsFinished", "已完成整改（含长期坚持、销号）");
    d.put("findingsOpen", "未完成整改");
    d.put("findingsCompleted", "已完成整改");
    d.put("findingsOngoing", "已完成并长期坚持");
    d.put("findingsClosedByDirective", "已作销号处理");
    d.put("findingsBasic", "基本完成整改");
    d.put("findingsInProgress", "正在整改");
    d.put("measures", "整改措施数");
    d.put("measuresCompleted", "已完成落实的措施");
    d.put("measuresOpen", "未完成落实的措施（不含已作销号处理的）");
    d.put("measuresClosedByDirective", "随问题已作销号处理的措施");
    d.put("institutions", "制度（新建+修订）");
    d.put("institutionsNew", "新建制度");
    d.put("institutionsRevised", "修订完善制度");
    d.put("moneyText", "挽回/清退/追缴金额（元或万元）");
    d.put("sanctionedPersons", "问责人数");
    d.put("sanctionsText", "按问责方式列出的人数（诫勉谈话2人，批评教育1人）");
    for (HandoverKind kind : HandoverKind.values()) {
      String key = handoverKey(kind);
      d.put(key, "移交" + kind.label());
      d.put(key + "Concluded", kind.label() + "已办结");
      d.put(key + "Open", kind.label() + "正在办理");
      d.put(key + "Persons", kind.label() + "处理人数");
    }
    return Map.copyOf(d);
  }
}
