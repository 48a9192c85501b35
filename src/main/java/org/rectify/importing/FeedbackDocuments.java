package org.rectify.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of a feedback document: Word paragraphs (and table cells) or a text file's bytes. */
final class FeedbackDocuments {

  private FeedbackDocuments() {}

  /** One line per paragraph, in document order; table cells row by row. */
  static String text(XWPFDocument document) {
    List<String> lines = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements()) {
      if (element instanceof XWPFParagraph paragraph) {
        lines.add(paragraph.getText());
      } else if (element instanceof XWPFTable table) {
        for (XWPFTableRow row : table.getRows()) {
          for (XWPFTableCell cell : row.getTableCells()) {
            for (XWPFParagraph paragraph : cell.getParagraphs()) {
              lines.add(paragraph.getText());
            }
          }
        }
      }
    }
    return String.join("\n", lines);
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
