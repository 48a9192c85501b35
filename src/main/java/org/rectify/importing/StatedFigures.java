package org.rectify.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文中所述数字: the figures a bulletin states about itself (problems, completion, measures, handed-over
 * items), as printed. They are the document's figures and are never printed as the ledger's.
 *
 * @param sentence the sentence they were read from (the first that states a problem or measure
 *     count)
 * @param figures figure name → value, in the order found; names are those of {@link #NAMES}
 */
public record StatedFigures(String sentence, Map<String, Integer> figures) {

  /** Figure names and their Chinese meaning. */
  public static final Map<String, String> NAMES =
      Map.of(
          "aspects", "方面数",
          "findings", "具体问题数",
          "findingsCompleted", "已完成整改的问题数",
          "findingsBasic", "基本完成整改的问题数",
          "findingsOpen", "未完成（正在整改）的问题数",
          "measures", "整改措施数",
          "measuresCompleted", "已完成落实的措施数");

  private static final String N = "(\\d+)";

  /** Problem-count phrases: the number of findings the statement is about. */
  static final Pattern FINDINGS =
      Pattern.compile("(?:(\\d+)个方面)?(?:\\d+项(?:共)?)?" + N + "(?:个|项)(?:具体)?问题(?:表现)?(?!线索)");

  static final Pattern COMPLETED =
      Pattern.compile(
          "(?:已经?|共计)?(?:完成整改|整改完成|整改到位|整改完毕)"
              + N
              + "个|"
              + N
              + "个(?:问题)?(?:已经?(?:全部)?)?(?:整改完成|完成整改|整改完毕|整改到位)");
  static final Pattern ALL_COMPLETED = Pattern.compile("已(?:经)?全部(?:完成整改|整改完成|整改到位|整改完毕)");
  static final Pattern BASIC = Pattern.compile("基本完成(?:整改)?" + N + "个|" + N + "个问题(?:整改)?基本完成");
  static final Pattern OPEN =
      Pattern.compile(
          "(?:未完成整改|正在整改|正在推进|持续整改|长期整改)" + N + "个|还有" + N + "个问题正在整改|" + N + "个(?:问题)?正在整改");
  static final Pattern MEASURES =
      Pattern.compile(N + "(?:项|条)(?:具体)?(?:整改)?措施|(?:整改)?措施" + N + "(?:项|条)");
  static final Pattern MEASURES_DONE =
      Pattern.compile("(?:已(?:经)?|己(?:经)?)?完成(?:落实)?" + N + "(?:项|条)");
  static final Pattern ALL_MEASURES_DONE = Pattern.compile("[已己](?:经)?全部完成落实");

  /** Reads the figures from the first statistics-like sentence of the given paragraphs. */
  static StatedFigures read(Iterable<String> paragraphs) {
    for (String paragraph : paragraphs) {
      for (String sentence : paragraph.split("(?<=[。])")) {
        if (!isStatistics(sentence)) {
          continue;
        }
        Map<String, Integer> figures = new LinkedHashMap<>();
        Matcher measures = MEASURES.matcher(sentence);
        if (measures.find()) {
          figures.put("measures", first(measures));
          String after = sentence.substring(measures.end());
          String clause = after.split("[；;]", 2)[0];
          Matcher done = MEASURES_DONE.matcher(clause);
          if (done.find()) {
            figures.put("measuresCompleted", Integer.parseInt(done.group(1)));
          } else if (ALL_MEASURES_DONE.matcher(clause).find()) {
            figures.put("measuresCompleted", figures.get("measures"));
          }
        }
        Matcher findings = FINDINGS.matcher(sentence);
        if (findings.find()) {
          if (findings.group(1) != null) {
            figures.put("aspects", Integer.parseInt(findings.group(1)));
          }
          int total = Integer.parseInt(findings.group(2));
          figures.put("findings", total);
          String rest = sentence.substring(findings.end()).split("[；;]", 2)[0];
          Matcher completed = COMPLETED.matcher(rest);
          if (completed.find()) {
            figures.put("findingsCompleted", first(completed));
          } else if (ALL_COMPLETED.matcher(rest).find()) {
            figures.put("findingsCompleted", total);
          }
          Matcher basic = BASIC.matcher(rest);
          if (basic.find()) {
            figures.put("findingsBasic", first(basic));
          }
          Matcher open = OPEN.matcher(rest);
          if (open.find()) {
            figures.put("findingsOpen", first(open));
          }
        }
        if (!figures.isEmpty()) {
          return new StatedFigures(sentence.strip(), figures);
        }
      }
    }
    return new StatedFigures(null, Map.of());
  }

  /** A sentence that states overall figures: a count of problems or measures and an as-of word. */
  static boolean isStatistics(String sentence) {
    if (sentence.contains("立行立改问题") && !sentence.contains("反馈的")) {
      // Counts of items handed over on site (015), not of the feedback's problems.
      return false;
    }
    boolean counts = FINDINGS.matcher(sentence).find() || MEASURES.matcher(sentence).find();
    boolean completion =
        sentence.contains("完成")
            || sentence.contains("整改到位")
            || sentence.contains("整改完毕")
            || sentence.contains("正在整改");
    return counts && completion;
  }

  private static int first(Matcher matcher) {
    for (int i = 1; i <= matcher.groupCount(); i++) {
      if (matcher.group(i) != null) {
        return Integer.parseInt(matcher.group(i));
      }
    }
    throw new IllegalStateException("no number in " + matcher.group());
  }

  public Integer get(String name) {
    return figures.get(name);
  }
}
