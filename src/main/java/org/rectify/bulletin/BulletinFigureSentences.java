package org.rectify.bulletin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.bulletin.LedgerSnapshot.HandoverFacts;
import org.rectify.bulletin.RenderProfile.Clause;
import org.rectify.bulletin.RenderProfile.Item;
import org.rectify.bulletin.RenderProfile.StatisticsSpec;
import org.rectify.handover.HandoverKind;

/**
 * 数字语句: every figure-bearing text of a bulletin. The figures come from {@link LedgerFigures} (an
 * imported document's stated figures replace them and are reported as discrepancies); the
 * statistics sentence and the hand-over sentences are built from them, and free text written by
 * the office is checked against them.
 */
final class BulletinFigureSentences {

  /** Figures phrased in free text that must agree with the ledger. */
  private static final Map<Pattern, String> CHECKED_PHRASES = checkedPhrases();

  private final Map<String, Object> figures;
  private final List<String> discrepancies;
  private final StatisticsSpec statistics;
  private String statisticsSentence;

  private BulletinFigureSentences(
      Map<String, Object> figures, List<String> discrepancies, StatisticsSpec statistics) {
    this.figures = figures;
    this.discrepancies = discrepancies;
    this.statistics = statistics;
  }

  /**
   * @param fullSnapshot the whole ledger, to count what the audience's part withholds
   * @param snapshot the part of the ledger the audience sees
   */
  static BulletinFigureSentences of(
      LedgerSnapshot fullSnapshot,
      LedgerSnapshot snapshot,
      BulletinNarrative narrative,
      StatisticsSpec statistics) {
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
    return new BulletinFigureSentences(figures, discrepancies, statistics);
  }

  /** Stated figures of an imported document that differ from the ledger. */
  List<String> discrepancies() {
    return List.copyOf(discrepancies);
  }

  /** The statistics sentence, composed once; empty when no clause applies. */
  String statistics() {
    if (statisticsSentence != null) {
      return statisticsSentence;
    }
    List<String> clauses = new ArrayList<>();
    for (Clause clause : statistics.clauses()) {
      if (!holds(clause.when(), figures)) {
        continue;
      }
      List<String> items = new ArrayList<>();
      for (Item item : clause.items()) {
        if (holds(item.when(), figures)) {
          items.add(SlotText.fill(item.text(), figures));
        }
      }
      if (!items.isEmpty()) {
        clauses.add(String.join(clause.joiner(), items));
      }
    }
    statisticsSentence =
        clauses.isEmpty()
            ? ""
            : nz(statistics.prefix())
                + String.join(nz(statistics.separator()), clauses)
                + nz(statistics.end());
    return statisticsSentence;
  }

  /** One sentence per hand-over kind present: how many, how many concluded, persons handled. */
  List<String> handoverSentences(LedgerSnapshot snapshot) {
    String level = String.valueOf(figures.get("level"));
    List<String> sentences = new ArrayList<>();
    for (HandoverKind kind : HandoverKind.values()) {
      List<HandoverFacts> items =
          snapshot.handovers().stream().filter(h -> h.kind() == kind).toList();
      if (items.isEmpty()) {
        continue;
      }
      String w = kind.countWord();
      long done = items.stream().filter(h -> h.status().isConcluded()).count();
      String doneWord = kind == HandoverKind.IMMEDIATE_ISSUE ? "已完成整改" : "已办结";
      StringBuilder s = new StringBuilder(level + "移交的" + items.size() + w + kind.label() + "，");
      if (done == items.size()) {
        s.append(kind == HandoverKind.IMMEDIATE_ISSUE ? "已全部完成整改" : "已全部办结");
      } else {
        s.append(doneWord)
            .append(done)
            .append(w)
            .append("，正在办理")
            .append(items.size() - done)
            .append(w);
      }
      int persons =
          items.stream().flatMap(h -> h.sanctions().stream()).mapToInt(x -> x.personCount()).sum();
      if (persons > 0) {
        s.append("，处理").append(persons).append("人");
      }
      sentences.add(s + "。");
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

  /**
   * {@code a>0}, {@code a==b}, {@code a<b}, {@code a!=b}, or a bare name meaning non-zero /
   * non-empty.
   */
  static boolean holds(String condition, Map<String, Object> figures) {
    if (condition == null || condition.isBlank()) {
      return true;
    }
    Matcher m = Pattern.compile("\\s*(\\w+)\\s*(==|!=|>|<)\\s*(\\w+)\\s*").matcher(condition);
    if (!m.matches()) {
      Object v = value(condition.trim(), figures);
      return v instanceof Number n
          ? n.doubleValue() != 0
          : v != null && !String.valueOf(v).isEmpty();
    }
    double a = number(m.group(1), figures);
    double b = number(m.group(3), figures);
    return switch (m.group(2)) {
      case "==" -> a == b;
      case "!=" -> a != b;
      case ">" -> a > b;
      default -> a < b;
    };
  }

  private static double number(String token, Map<String, Object> figures) {
    if (token.chars().allMatch(Character::isDigit)) {
      return Double.parseDouble(token);
    }
    Object v = value(token, figures);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalStateException("统计条件中的 " + token + " 不是数字");
  }

  private static Object value(String name, Map<String, Object> figures) {
    if (!figures.containsKey(name)) {
      throw new IllegalStateException("统计条件使用了未知的统计项：" + name);
    }
    return figures.get(name);
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

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
