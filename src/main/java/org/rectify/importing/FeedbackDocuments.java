package org.rectify.importing;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of a feedback document: Word paragraphs (and table cells) or a text file's bytes. */
final class FeedbackDocuments {

  private FeedbackDocuments() {}

  /**
   * One line per paragraph, in document order; table cells row by row. Word's automatic numbering
   * (not part of a paragraph's text) is written out in front of it — {@code （一）}, {@code 1.} —
   * because the structure of a feedback is read from exactly those marks.
   */
  static String text(XWPFDocument document) {
    List<String> lines = new ArrayList<>();
    Map<BigInteger, int[]> counters = new HashMap<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        lines.add(numbered(paragraph, counters));
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
              lines.add(numbered(paragraph, counters));
            }
          }
        }
      }
    }
    return String.join("\n", lines);
  }

  private static String numbered(XWPFParagraph paragraph, Map<BigInteger, int[]> counters) {
    String text = paragraph.getText();
    BigInteger numId = paragraph.getNumID();
    String pattern = paragraph.getNumLevelText();
    String format = paragraph.getNumFmt();
    if (numId == null || pattern == null || "bullet".equals(format) || "none".equals(format)) {
      return text;
    }
    int level = paragraph.getNumIlvl() == null ? 0 : Math.min(8, paragraph.getNumIlvl().intValue());
    int[] counter = counters.computeIfAbsent(numId, id -> new int[9]);
    counter[level]++;
    for (int deeper = level + 1; deeper < counter.length; deeper++) {
      counter[deeper] = 0;
    }
    String marker = pattern;
    for (int k = 0; k <= level; k++) {
      String value =
          k == level ? format(counter[k], format) : String.valueOf(Math.max(1, counter[k]));
      marker = marker.replace("%" + (k + 1), value);
    }
    return marker + text;
  }

  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** A counter in a Word number format: 1, 一, ① … */
  static String format(int n, String format) {
    String f = format == null ? "" : format.toLowerCase(java.util.Locale.ROOT);
    if ((f.startsWith("chinesecounting")
            || f.startsWith("taiwancounting")
            || f.startsWith("japanesecounting"))
        && n > 0
        && n < 100) {
      int tens = n / 10;
      int ones = n % 10;
      return (tens == 0 ? "" : (tens == 1 ? "" : DIGITS[tens]) + "十") + DIGITS[ones];
    }
    if (f.equals("decimalenclosedcircle") && n > 0 && n <= 20) {
      return String.valueOf((char) ('①' + n - 1));
    }
    return String.valueOf(n);
  }

  /** Text bytes in the declared charset, else UTF-8 (with or without BOM), else GBK. */
  static String decode(byte[] bytes, Charset declared) {
    if (declared != null) {
      return new String(bytes, declared);
    }
    for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
      try {
        return charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        // try the next one
      }
    }
    return null;
  }
}
