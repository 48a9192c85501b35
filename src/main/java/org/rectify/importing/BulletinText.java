package org.rectify.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The pre-pass of {@link BulletinReader}: rebuilds the paragraphs of a bulletin that went through a
 * PDF or a paste (CORPUS_ANALYSIS §0.1–0.2; the city bulletins 116–121 come from a PDF booklet)
 * before its lines are classified. It repairs, with the rules {@link FeedbackText} applies to
 * feedback:
 *
 * <ul>
 *   <li>advertisement brackets (also with spaces inside), paid-content markers and Word bookmarks:
 *       removed, once more after joining (a page break may have split a bracket);
 *   <li>spaces that PDF extraction put next to Chinese characters and punctuation ({@code 2022
 *       年8月27日}, {@code 6 月15日}, {@code 问题， 坚持}): removed (the indentation stays);
 *   <li>a blank line that a page break put inside a sentence (the line before does not end a
 *       sentence and the line after does not begin a paragraph of its own): the two halves become
 *       one line, the blank lines between them go;
 *   <li>a line broken before its last one to three characters ({@code …审批环境仍需持续用} / {@code 力}),
 *       also a heading, also right after a closing quotation mark ({@code 一、在“…有落差”} / {@code 方面}):
 *       joined;
 *   <li>a numbered line that leaves a quotation mark or bracket open, and a numbered run-in
 *       paragraph broken by a page break inside its problem sentence ({@code 1.针对党组主动作} / (blank) /
 *       {@code 为不足的问题。我中心…}): joined;
 *   <li>an aspect heading glued to its first problem ({@code （一）…有差距1.贯彻落实…}): split into two
 *       lines.
 * </ul>
 *
 * <p>Lines that stand alone in a bulletin are never joined: the title lines, the date line under
 * the title, numbered headings and run-in problems, label paragraphs ({@code 进展情况：…}), the
 * supervision invitation, contact lines ({@code 电话：…}, {@code 地址：…}) and the signature ({@code
 * 中共XX委员会} / date, or both on one line). A line that needs no repair is returned exactly as it was,
 * so a clean bulletin reads as before.
 */
final class BulletinText {

  /** Marks that close a quotation or bracket inside a heading, not its sentence. */
  private static final String CLOSING_MARKS = "”）)》";

  private BulletinText() {}

  /** The repaired text, one paragraph per line; blank lines that separate paragraphs stay. */
  static String paragraphs(String text) {
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    normalised = FeedbackText.removeArtefacts(normalised);
    List<String> out = new ArrayList<>();
    int previous = -1;
    for (String raw : normalised.split("\n", -1)) {
      String indent = raw.substring(0, indentEnd(raw));
      String content = content(raw);
      if (content.isEmpty()) {
        out.add(raw);
        continue;
      }
      String squeezed = FeedbackText.squeezeSpaces(content);
      List<String> pieces = FeedbackText.splitGluedProblem(squeezed);
      for (String piece : pieces) {
        boolean afterBlank = previous >= 0 && previous < out.size() - 1;
        if (previous >= 0
            && width(indent) <= width(out.get(previous).substring(0, indentEnd(out.get(previous))))
            && joins(content(out.get(previous)), piece, afterBlank)) {
          out.subList(previous + 1, out.size()).clear();
          String joined = out.get(previous);
          out.set(previous, joined.substring(0, indentEnd(joined)) + content(joined) + piece);
        } else {
          boolean unchanged = pieces.size() == 1 && squeezed.equals(content);
          out.add(unchanged ? raw : indent + piece);
          previous = out.size() - 1;
        }
      }
    }
    List<String> result = new ArrayList<>(out.size());
    for (String line : out) {
      String content = content(line);
      // once more: a page break may have split an advertisement bracket or a glued heading
      String cleaned = FeedbackText.removeAdvertisements(content);
      List<String> pieces = FeedbackText.splitGluedProblem(cleaned);
      if (cleaned.equals(content) && pieces.size() == 1) {
        result.add(line);
      } else {
        String indent = line.substring(0, indentEnd(line));
        for (String piece : pieces) {
          result.add(indent + piece);
        }
      }
    }
    return String.join("\n", result);
  }

  /** Whether {@code next} continues the paragraph of {@code previous} (both non-blank contents). */
  private static boolean joins(String previous, String next, boolean afterBlank) {
    if (standsAlone(previous)) {
      return false;
    }
    if (isWholeHeading(previous)
        && CLOSING_MARKS.indexOf(previous.charAt(previous.length() - 1)) >= 0
        && FeedbackText.isFragment(next)
        && !beginsParagraph(next)
        && !next.matches(".*[。；！？!?;]$")) {
      // a heading broken right after a closing mark: 一、在“…有落差” / 方面
      return true;
    }
    if (isWholeHeading(previous)
        && !beginsParagraph(next)
        && continuesHeading(previous, next, afterBlank)) {
      return true;
    }
    return FeedbackText.continues(
        previous, next, afterBlank, BulletinText::beginsParagraph, BulletinText::isWholeHeading);
  }

  /**
   * Whether {@code next}, more than a fragment, continues a numbered line without a sentence in it:
   * when the line leaves a quotation mark or bracket open ({@code （一）关于“发挥领导作用不够，} / {@code
   * 履行职能责任有差距”的问题}), or when a page break cut the problem sentence of a run-in paragraph and the
   * first clause after the blank completes it ({@code 1.针对党组主动作} / (blank) / {@code 为不足的问题。我中心…}).
   */
  private static boolean continuesHeading(String previous, String next, boolean afterBlank) {
    String text = previous.substring(BulletinReader.markerOf(previous).length());
    if (isOpen(text)) {
      return true;
    }
    if (!afterBlank) {
      return false;
    }
    Matcher runIn = BulletinReader.RUN_IN.matcher(text + next);
    return runIn.find()
        && runIn.end() > text.length()
        && next.substring(0, runIn.end() - text.length()).indexOf('，') < 0;
  }

  /** Whether a quotation mark or bracket opened in {@code text} is not closed in it. */
  private static boolean isOpen(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '《' || c == '（') {
        depth++;
      } else if ((c == '”' || c == '》' || c == '）') && depth > 0) {
        depth--;
      }
    }
    return depth > 0;
  }

  /** A line that always begins a paragraph of its own. */
  private static boolean beginsParagraph(String line) {
    return BulletinReader.SECTION.matcher(line).find()
        || BulletinReader.CN_PAREN.matcher(line).find()
        || BulletinReader.ARABIC.matcher(line).find()
        || BulletinReader.AR_PAREN.matcher(line).find()
        || BulletinReader.FEEDBACK_ITEM.matcher(line).find()
        || BulletinReader.RUN_IN.matcher(line).find()
        || BulletinReader.ORDINAL_SHI.matcher(line).find()
        || BulletinReader.LABEL.matcher(line).find()
        || BulletinReader.CONTACT.matcher(line).find()
        || BulletinReader.DATE.matcher(line).find()
        || BulletinReader.ORG_AND_DATE.matcher(line).find()
        || isInvitation(line);
  }

  /**
   * A numbered heading with no sentence in it (a run-in paragraph {@code 1.针对…的问题：我们…} is not one):
   * only its broken-off last characters continue it.
   */
  private static boolean isWholeHeading(String line) {
    if (BulletinReader.RUN_IN
        .matcher(line.substring(BulletinReader.markerOf(line).length()))
        .find()) {
      return false;
    }
    boolean numbered =
        BulletinReader.SECTION.matcher(line).find()
            || BulletinReader.CN_PAREN.matcher(line).find()
            || BulletinReader.ARABIC.matcher(line).find()
            || BulletinReader.AR_PAREN.matcher(line).find()
            || BulletinReader.FEEDBACK_ITEM.matcher(line).find();
    return numbered && !line.substring(0, line.length() - 1).matches(".*[。；！？!?;].*");
  }

  /** Lines after which a bulletin never continues a sentence: title, dates, signature, contacts. */
  private static boolean standsAlone(String line) {
    return (BulletinReader.TITLE_END.matcher(line).find() && !line.matches(".*[，。；].*"))
        || BulletinReader.DATE.matcher(line).find()
        || BulletinReader.ORG_AND_DATE.matcher(line).find()
        || BulletinReader.CONTACT.matcher(line).find()
        || isInvitation(line);
  }

  private static boolean isInvitation(String line) {
    return line.contains("欢迎") && line.contains("监督");
  }

  /**
   * The width of an indentation (an ideographic space counts two): a line indented deeper than the
   * one before begins a paragraph, the continuation of a broken line starts at the margin.
   */
  private static int width(String indent) {
    int width = 0;
    for (int i = 0; i < indent.length(); i++) {
      char c = indent.charAt(i);
      width += c == '\u3000' ? 2 : c == '\t' ? 4 : 1;
    }
    return width;
  }

  private static int indentEnd(String raw) {
    int i = 0;
    while (i < raw.length() && isSpace(raw.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The line without its indentation and trailing spaces, as the reader takes it. */
  private static String content(String raw) {
    String content = raw.substring(indentEnd(raw)).strip();
    int end = content.length();
    while (end > 0 && isSpace(content.charAt(end - 1))) {
      end--;
    }
    return content.substring(0, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }
}
