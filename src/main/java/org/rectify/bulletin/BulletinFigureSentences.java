package org.rectify.bulletin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.bulletin.LedgerSnapshot.HandoverFacts;
import org.rectify.handover.HandoverKind;

/**
 * 数字语句: every figure-bearing text of a bulletin. The figures come from {@link LedgerFigures} (an
 * imported document's stated figures replace them and are reported as discrepancies); the
 * statistics sentence and the hand-over sentences are built from them, and free text written by the
 * office is checked against them.
 */
final class BulletinFigureSentences {

  /** Figures phrased in free text that must agree with the ledger. */
  private static final Map<Pattern, String> CHECKED_PHRASES = checkedPhrases();

  private final Map<String, Object> figures;
  private final List<String> discrepancies;
  private final BulletinWording wording;
  private String statisticsSentence;

  private BulletinFigureSentences(
      Map<String, Object> figures, List<String> discrepancies, BulletinWording wording) {
    this.figures = figures;
    this.discrepancies = discrepancies;
    this.wording = wording;
  }

  /**
   * @param fullSnapshot the whole ledger, to count what the audience's part withholds
   * @param snapshot the part of the ledger the audience sees
   */
  static BulletinFigureSentences of(
      LedgerSnapshot fullSnapshot,
      LedgerSnapshot snapshot,
      BulletinNarrative narrative,
      BulletinWording wording) {
    Map<String, Object> computed = LedgerFigures.compute(snapshot);
    int allLeaves = (int) LedgerFigures.compute(fullSnapshot).get("findings");
    computed.put("withheldFindings", allLeaves - (int) computed.get("findings"));
    Map<String, Object> figures = new LinkedHashMap<>(computed);
    List<String> discrepancies = new ArrayList<>();
    narrative
        .statedFigures()
        .forEach(
            (metric, value) -> {
              if (!computed.containsKey(metric)) {
                throw new IllegalArgumentException("未知的统计项：" + metric);
              }
              if (!value.equals(computed.get(metric))) {
                discrepancies.add(
                    LedgerFigures.METRICS.getOrDefault(metric, metric)
                        + "：原文"
                        + value
                        + "，台账"
                        + computed.get(metric));
              }
              figures.put(metric, value);
            });
    figures.put("level", snapshot.inspection().level());
    figures.put("statedClause", narrative.statedClause() == null ? "" : narrative.statedClause());
    return new BulletinFigureSentences(figures, discrepancies, wording);
  }

  /** Stated figures of an imported document that differ from the ledger. */
  List<String> discrepancies() {
    return List.copyOf(discrepancies);
  }

  /**
   * The statistics sentence of the wording's function {@code statistics}, composed once from the
   * figures; empty when nothing applies.
   */
  String statistics() {
    if (statisticsSentence == null) {
      statisticsSentence = wording.text("statistics", figures);
    }
    return statisticsSentence;
  }

  /** One sentence per hand-over kind present: how many, how many concluded, persons handled. */
  List<String> handoverSentences(LedgerSnapshot snapshot) {
    List<String> sentences = new ArrayList<>();
    for (HandoverKind kind : HandoverKind.values()) {
      List<HandoverFacts> items =
          snapshot.handovers().stream().filter(h -> h.kind() == kind).toList();
      if (items.isEmpty()) {
        continue;
      }
      Map<String, Object> model = new LinkedHashMap<>();
      model.put("level", figures.get("level"));
      model.put("count", items.size());
      model.put("countWord", kind.countWord());
      model.put("kindLabel", kind.label());
      model.put("concluded", (int) items.stream().filter(h -> h.status().isConcluded()).count());
      model.put("immediateIssue", kind == HandoverKind.IMMEDIATE_ISSUE);
      model.put(
          "persons",
          items.stream().flatMap(h -> h.sanctions().stream()).mapToInt(x -> x.personCount()).sum());
      sentences.add(wording.text("handover", model));
    }
    return sentences;
  }

  /** The sentence's own figures must read back as the figures it was built from. */
  void verifyStatistics() {
    if (statisticsSentence != null) {
      checkFreeText("统计语句", statisticsSentence);
    }
  }

  /**
   * Free text written by the office (or a statistics template) may name figures; the ones this
   * check knows must equal the ledger's (or an import's stated figures).
   */
  void checkFreeText(String place, String text) {
    if (text == null) {
      return;
    }
    for (var entry : CHECKED_PHRASES.entrySet()) {
      Matcher m = entry.getKey().matcher(text);
      while (m.find()) {
        int printed = Integer.parseInt(m.group(1));
        String metric = entry.getValue();
        boolean ok =
            metric.equals("findingsFinishedOrCompleted")
                ? printed == (int) figures.get("findingsFinished")
                    || printed == (int) figures.get("findingsCompleted")
                : printed == ((Number) figures.get(metric)).intValue();
        if (!ok) {
          throw new FigureMismatchException(
              place
                  + "中的“"
                  + m.group()
                  + "”与台账不符（台账："
                  + LedgerFigures.METRICS.getOrDefault(metric, "已完成整改")
                  + " "
                  + (metric.equals("findingsFinishedOrCompleted")
                      ? figures.get("findingsFinished")
                      : figures.get(metric))
                  + "）");
        }
      }
    }
  }

  private static Map<Pattern, String> checkedPhrases() {
    Map<Pattern, String> p = new LinkedHashMap<>();
    p.put(Pattern.compile("(?<!\\d)(\\d+)(?:项|条)整改措施"), "measures");
    p.put(Pattern.compile("(?<!另有)(?<!\\d)(\\d+)个具体问题"), "findings");
    p.put(Pattern.compile("另有(\\d+)个(?:具体)?问题"), "withheldFindings");
    p.put(Pattern.compile("(?<!\\d)(\\d+)个方面"), "aspects");
    p.put(Pattern.compile("[已己](?:经)?完成落实(\\d+)项"), "measuresCompleted");
    p.put(Pattern.compile("已完成整改(\\d+)个"), "findingsFinishedOrCompleted");
    return p;
  }
}
