package org.rectify.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word documents for tests, built with Apache POI. */
final class WordFixture {

  private WordFixture() {}

  /** A .docx with one paragraph per line of {@code text} (blank lines become empty paragraphs). */
  static byte[] docx(String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n", -1)) {
        document.createParagraph().createRun().setText(line);
      }
      document.write(out);
      return out.toByteArray();
    }
  }
}
