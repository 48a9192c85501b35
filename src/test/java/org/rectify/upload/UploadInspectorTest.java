package org.rectify.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class UploadInspectorTest {

  private final UploadInspector inspector = new UploadInspector(DataSize.ofMegabytes(5));

  @Test
  void acceptsAPdfRecognisedByItsContent() {
    InspectedUpload upload = inspector.inspect("整改报告.pdf", in(pdf()));

    assertThat(upload.type()).isEqualTo(AllowedType.PDF);
    assertThat(upload.fileName()).isEqualTo("整改报告.pdf");
    assertThat(upload.size()).isEqualTo(pdf().length);
  }

  @Test
  void refusesAWindowsProgramRenamedToPdf() {
    assertThatThrownBy(() -> inspector.inspect("整改报告.pdf", in(windowsProgram())))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("不允许上传此类文件")
        .hasMessageContaining("允许的类型");
  }

  @Test
  void refusesAFileOverTheConfiguredLimit() {
    UploadInspector small = new UploadInspector(DataSize.ofKilobytes(1));
    byte[] twoKilobytes = new byte[2048];
    System.arraycopy(pdf(), 0, twoKilobytes, 0, pdf().length);

    assertThatThrownBy(() -> small.inspect("大文件.pdf", in(twoKilobytes)))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("大小上限");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> inspector.inspect("空.pdf", in(new byte[0])))
        .hasMessageContaining("文件是空的");
  }

  @Test
  void acceptsWordAndExcelFilesMadeByOffice() throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("整改落实情况");
      document.write(docx);
    }
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("问题");
      workbook.write(xlsx);
    }

    assertThat(inspector.inspect("报告.docx", in(docx.toByteArray())).type())
        .isEqualTo(AllowedType.DOCX);
    assertThat(inspector.inspect("台账.xlsx", in(xlsx.toByteArray())).type())
        .isEqualTo(AllowedType.XLSX);
  }

  @Test
  void refusesAnOrdinaryZipRenamedToDocx() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("payload.sh"));
      out.write("rm -rf /".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    assertThatThrownBy(() -> inspector.inspect("报告.docx", in(zip.toByteArray())))
        .isInstanceOf(UploadRefusedException.class);
  }

  @Test
  void acceptsChineseTextInUtf8AndGbkButNotBinaryNamedTxt() {
    assertThat(
            inspector.inspect("说明.txt", in("整改情况说明\n已完成。".getBytes(StandardCharsets.UTF_8))).type())
        .isEqualTo(AllowedType.TEXT);
    assertThat(inspector.inspect("说明.txt", in("整改情况说明".getBytes(Charset.forName("GBK")))).type())
        .isEqualTo(AllowedType.TEXT);
    byte[] binary = {0x01, 0x02, 0x03, (byte) 0xfe, 0x00, 0x10, 0x11};
    assertThatThrownBy(() -> inspector.inspect("说明.txt", in(binary)))
        .isInstanceOf(UploadRefusedException.class);
  }

  @Test
  void sanitisesTheNameOfWhatItAccepts() {
    assertThat(inspector.inspect("..\\..\\证据\u0007.pdf", in(pdf())).fileName()).isEqualTo("证据.pdf");
  }

  @Test
  void refusesAnElfProgramNamedPdf() {
    assertThatThrownBy(() -> inspector.inspect("整改报告.pdf", in(elfProgram())))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("不允许上传此类文件");
  }

  @Test
  void refusesAnHtmlPageWithAScriptNamedPng() {
    assertThatThrownBy(() -> inspector.inspect("现场照片.png", in(htmlWithScript())))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("不允许上传此类文件");
  }

  @Test
  void refusesAnSvgWithAScript() {
    assertThatThrownBy(() -> inspector.inspect("示意图.svg", in(svgWithScript())))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("不允许上传此类文件");
  }

  @Test
  void refusesTenJunkBytesNamedDocx() {
    assertThatThrownBy(() -> inspector.inspect("制度.docx", in(junk())))
        .isInstanceOf(UploadRefusedException.class)
        .hasMessageContaining("文件");
  }

  @Test
  void keepsOnlyTheLastPartOfAPathLikeName() {
    InspectedUpload upload = inspector.inspect("../../etc/passwd.pdf", in(pdf()));

    assertThat(upload.fileName()).isEqualTo("passwd.pdf");
    assertThat(upload.type()).isEqualTo(AllowedType.PDF);
  }

  private static ByteArrayInputStream in(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] elfProgram() {
    byte[] elf = new byte[256];
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2; // 64-bit
    elf[5] = 1; // little endian
    elf[6] = 1; // version
    elf[16] = 2; // ET_EXEC
    elf[18] = 0x3e; // x86-64
    return elf;
  }

  static byte[] htmlWithScript() {
    return "<!DOCTYPE html>\n<html><head><title>照片</title></head><body><script>fetch('/api/audit')</script></body></html>\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] svgWithScript() {
    return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] junk() {
    return new byte[] {
      0x13, 0x37, (byte) 0xca, (byte) 0xfe, 0x00, 0x42, (byte) 0x99, 0x01, 0x7e, 0x55
    };
  }

  static byte[] windowsProgram() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    exe[0x3c] = (byte) 0x80;
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4e, stub.length);
    exe[0x80] = 'P';
    exe[0x81] = 'E';
    return exe;
  }
}
