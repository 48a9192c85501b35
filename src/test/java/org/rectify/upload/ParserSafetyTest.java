package org.rectify.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ParserSafetyTest {

  private static final String BILLION_LAUGHS =
      """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
        <!ENTITY lol "lol">
        <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
        <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
        <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
        <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
        <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
        <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
      ]>
      <lolz>&lol9;</lolz>
      """;

  private static final String EXTERNAL_ENTITY =
      """
      <?xml version="1.0"?>
      <!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
      <foo>&xxe;</foo>
      """;

  @Test
  void refusesABillionLaughsDocumentWithAClearMessage() {
    assertThatThrownBy(() -> SafeXml.parse(xml(BILLION_LAUGHS), "bpmn"))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("bpmn")
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void refusesExternalEntities() {
    assertThatThrownBy(() -> SafeXml.parse(xml(EXTERNAL_ENTITY), "file"))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void streamingReaderNeverExpandsEntities() throws Exception {
    XMLStreamReader reader = SafeXml.inputFactory().createXMLStreamReader(xml(EXTERNAL_ENTITY));
    StringBuilder text = new StringBuilder();
    try {
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamReader.CHARACTERS) {
          text.append(reader.getText());
        }
      }
    } catch (Exception refused) {
      // refusing is as good as not expanding
    }
    assertThat(text.toString()).doesNotContain("root:");
  }

  @Test
  void readsOrdinaryXmlAndReportsWhereItIsBroken() {
    Document document = SafeXml.parse(xml("<整改><措施>建立台账</措施></整改>"), "file");
    assertThat(document.getDocumentElement().getTextContent()).isEqualTo("建立台账");

    assertThatThrownBy(() -> SafeXml.parse(xml("<a>\n<b></a>"), "file"))
        .hasMessageContaining("第 2 行");
  }

  @Test
  void refusesAZipBombDisguisedAsAnExcelWorkbook() throws Exception {
    byte[] bomb = zipBomb();

    assertThatThrownBy(() -> OfficeFiles.openWorkbook(new ByteArrayInputStream(bomb), "file"))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("压缩炸弹");
    assertThatThrownBy(() -> OfficeFiles.openDocument(new ByteArrayInputStream(bomb), "file"))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("压缩炸弹");
  }

  @Test
  void refusesABrokenWorkbookWithAChineseMessage() {
    assertThatThrownBy(
            () ->
                OfficeFiles.openWorkbook(
                    new ByteArrayInputStream("不是表格".getBytes(StandardCharsets.UTF_8)), "file"))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("无法读取该 Excel 文件");
  }

  /** 20 MB of one repeated byte in the first entry: it deflates to about 20 KB (ratio ~ 1:1000). */
  private static byte[] zipBomb() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] block = new byte[1024 * 1024];
      java.util.Arrays.fill(block, (byte) ' ');
      for (int i = 0; i < 20; i++) {
        out.write(block);
      }
      out.closeEntry();
    }
    return zip.toByteArray();
  }

  private static ByteArrayInputStream xml(String text) {
    return new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.UTF_8));
  }
}
