package org.rectify.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans pasted or extracted feedback text into one paragraph per line (CORPUS_ANALYSIS §C.7):
 * advertisement brackets (also with spaces inside), paid-content markers, Word bookmark artefacts,
 * table-of-contents lines, spaces that PDF extraction put between Chinese characters, blank lines
 * that a page break put inside a sentence, headings broken over two lines, an aspect heading glued
 * to its first problem, ASCII and full-width variants of the numbering marks.
 */
final class FeedbackText {

  /** 一、 */
  static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十百零〇]+)、\\s*");

  /** （一） */
  static final Pattern ASPECT = Pattern.compile("^（([一二三四五六七八九十]+)）\\s*");

  /** 1. 1． 1、 */
  static final Pattern PROBLEM = Pattern.compile("^(\\d{1,3})[.．、](?!\\d)\\s*");

  /** （1） */
  static final Pattern SUB_PROBLEM = Pattern.compile("^（(\\d{1,3})）\\s*");

  /** ① */
  static final Pattern CIRCLED = Pattern.compile("^[①-⑳]\\s*");

  /** 整改意见： and its relatives, introducing the suggestions. */
  static final Pattern SUGGESTION_LABEL = Pattern.compile("^(整改意见|整改建议|意见建议|巡视建议|巡察建议)[：:]\\s*");

  private static final Pattern AD_BRACKET = Pattern.compile("【([^【】\\n]{0,60})】");
  private static final Pattern PAID_MARKER =
      Pattern.compile("#\\s*#\\s*paid\\s*(begin|end)\\s*#\\s*#", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]\\n]*\\]");
  private static final Pattern TOC_LINE = Pattern.compile("^.{2,80}\\t+\\s*\\d{1,4}\\s*$");
  private static final Pattern ASCII_ORDINAL =
      Pattern.compile("^[(（]\\s*([一二三四五六七八九十]+|\\d{1,3})\\s*[)）]");
  private static final Pattern GLUED_PROBLEM =
      Pattern.compile("^(（[一二三四五六七八九十]+）[^。\\n]*?[\\p{IsHan}”）])(1[.．、](?!\\d).+)$");

  /** 整改意见： after a sentence, in the same line: starts a line of its own. */
  private static final Pattern INLINE_LABEL =
      Pattern.compile("(?<=[。；;])\\s*(?=(整改意见|整改建议|意见建议)[：:])");

  /** 一、…主要问题：一是… — a section heading with its text run in after a colon. */
  private static final Pattern RUN_IN_SECTION =
      Pattern.compile("^([一二三四五六七八九十百零〇]+、[^。：:]{2,80}?[：:])(\\S.+)$");

  private static final String SENTENCE_ENDS = "。；：！？”）!?;:…";

  private FeedbackText() {}

  /** The cleaned text, one paragraph per line, no blank lines. */
  static List<String> paragraphs(String raw) {
    String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u000b', '\n');
    text = text.replace("\ufeff", "").replace('\u00a0', ' ').replace('\u3000', ' ');
    text = removeArtefacts(text);
    List<String> lines = new ArrayList<>();
    List<Boolean> afterBlank = new ArrayList<>();
    boolean blank = false;
    for (String line : text.split("\n", -1)) {
      if (TOC_LINE.matcher(line).matches()) {
        continue;
      }
      String cleaned = normaliseMarkers(squeezeSpaces(line.strip()));
      if (cleaned.isEmpty()) {
        blank = true;
        continue;
      }
      lines.add(cleaned);
      afterBlank.add(blank);
      blank = false;
    }
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!joined.isEmpty()
          && continues(
              joined.get(joined.size() - 1),
              line,
              afterBlank.get(i),
              FeedbackText::isHeading,
              FeedbackText::isHeading)) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + line);
      } else {
        joined.add(line);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    for (String joinedLine : joined) {
      // once more: a page break may have split an advertisement bracket
      String line = removeAdvertisements(joinedLine);
      if (line.isBlank()) {
        continue;
      }
      for (String part : INLINE_LABEL.split(line)) {
        List<String> glued = splitGluedProblem(part);
        Matcher runIn = RUN_IN_SECTION.matcher(part);
        if (glued.size() == 2) {
          paragraphs.addAll(glued);
        } else if (runIn.matches()) {
          paragraphs.add(runIn.group(1));
          paragraphs.add(runIn.group(2));
        } else {
          paragraphs.add(part);
        }
      }
    }
    return paragraphs;
  }

  static boolean isHeading(String line) {
    return SECTION.matcher(line).find()
        || ASPECT.matcher(line).find()
        || PROBLEM.matcher(line).find()
        || SUB_PROBLEM.matcher(line).find()
        || CIRCLED.matcher(line).find()
        || SUGGESTION_LABEL.matcher(line).find();
  }

  /**
   * Removes what extraction and pasting add to a text: advertisement brackets (also with spaces
   * inside), paid-content markers, Word bookmark artefacts.
   */
  static String removeArtefacts(String text) {
    String cleaned = removeAdvertisements(text);
    cleaned = PAID_MARKER.matcher(cleaned).replaceAll("");
    return BOOKMARK.matcher(cleaned).replaceAll("");
  }

  /**
   * An aspect heading glued to its first problem ({@code （一）…有差距1.贯彻落实…}) as two lines; any other
   * line as itself.
   */
  static List<String> splitGluedProblem(String line) {
    Matcher glued = GLUED_PROBLEM.matcher(line);
    return glued.matches() ? List.of(glued.group(1), glued.group(2)) : List.of(line);
  }

  /**
   * Whether {@code next} continues {@code previous}: a heading broken before its last characters,
   * or a sentence split by a page break (a blank line after a line that does not end a sentence).
   * {@code startsParagraph} tells the lines that always begin a paragraph of their own (headings),
   * {@code isHeading} the lines that are whole headings, which only a short fragment continues.
   */
  static boolean continues(
      String previous,
      String next,
      boolean afterBlank,
      Predicate<String> startsParagraph,
      Predicate<String> isHeading) {
    if (startsParagraph.test(next) || next.startsWith("一是")) {
      return false;
    }
    boolean previousEnds = SENTENCE_ENDS.indexOf(previous.charAt(previous.length() - 1)) >= 0;
    if (isHeading.test(previous)) {
      return !previousEnds && isFragment(next);
    }
    if (previousEnds) {
      return false;
    }
    return afterBlank || isFragment(next);
  }

  /** One to three characters (and perhaps a closing mark): the tail of a broken line. */
  static boolean isFragment(String line) {
    String core = line.replaceAll("[。；：:，,、！？”）\\s]+$", "");
    return !core.isEmpty() && core.codePointCount(0, core.length()) <= 3;
  }

  /** Removes 【…】 brackets whose content, spaces removed, is an advertisement. */
  static String removeAdvertisements(String text) {
    Matcher matcher = AD_BRACKET.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String inner = matcher.group(1).replaceAll("\\s+", "");
      boolean advert =
          inner.contains("微信")
              || inner.contains("公文素材")
              || inner.contains("更多")
              || inner.toLowerCase().contains("dadawk")
              || inner.contains("公众号");
      matcher.appendReplacement(out, advert ? "" : Matcher.quoteReplacement(matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** Drops spaces next to Chinese characters or punctuation (PDF extraction: "6 月15日", "， 让"). */
  static String squeezeSpaces(String line) {
    StringBuilder out = new StringBuilder(line.length());
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        int end = i;
        while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
          end++;
        }
        boolean cjkBefore = !out.isEmpty() && isWide(out.charAt(out.length() - 1));
        boolean cjkAfter = end < line.length() && isWide(line.charAt(end));
        if (!(cjkBefore || cjkAfter)) {
          out.append(' ');
        }
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isWide(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION
        || block == Character.UnicodeBlock.ENCLOSED_ALPHANUMERICS;
  }

  /** Full-width digits in a leading marker become ASCII; "(一)" and "(1)" become "（一）", "（1）". */
  private static String normaliseMarkers(String line) {
    if (line.isEmpty()) {
      return line;
    }
    StringBuilder head = new StringBuilder();
    int i = 0;
    while (i < line.length() && i < 6) {
      char c = line.charAt(i);
      if (c >= '０' && c <= '９') {
        head.append((char) ('0' + (c - '０')));
      } else if (c == '（' || c == '(' || c == '）' || c == ')' || Character.isDigit(c)) {
        head.append(c);
      } else {
        break;
      }
      i++;
    }
    String normalised = head + line.substring(i);
    Matcher ascii = ASCII_ORDINAL.matcher(normalised);
    if (ascii.find()) {
      normalised = "（" + ascii.group(1) + "）" + normalised.substring(ascii.end()).stripLeading();
    }
    return normalised;
  }
}
