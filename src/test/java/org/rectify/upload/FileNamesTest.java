package org.rectify.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsChineseNamesAsTheyAre() {
    assertThat(FileNames.sanitize("关于整改落实情况的报告（第一稿）.docx")).isEqualTo("关于整改落实情况的报告（第一稿）.docx");
  }

  @Test
  void dropsDirectoriesFromUnixAndWindowsPaths() {
    assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.sanitize("C:\\Users\\张三\\桌面\\佐证材料.pdf")).isEqualTo("佐证材料.pdf");
  }

  @Test
  void removesControlCharactersReservedPunctuationAndDirectionOverrides() {
    assertThat(FileNames.sanitize("报告\u0000\r\n<script>?.pdf")).isEqualTo("报告script.pdf");
    assertThat(FileNames.sanitize("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
  }

  @Test
  void defusesWindowsDeviceNamesAndLeadingDots() {
    assertThat(FileNames.sanitize("CON.txt")).isEqualTo("_CON.txt");
    assertThat(FileNames.sanitize("lpt1")).isEqualTo("_lpt1");
    assertThat(FileNames.sanitize("...hidden. ")).isEqualTo("hidden");
  }

  @Test
  void namesAnEmptyOrMissingNameAndShortensLongOnesKeepingTheExtension() {
    assertThat(FileNames.sanitize(null)).isEqualTo("未命名文件");
    assertThat(FileNames.sanitize(" / ")).isEqualTo("未命名文件");
    String longName = FileNames.sanitize("整".repeat(300) + ".xlsx");
    assertThat(longName).endsWith(".xlsx");
    assertThat(longName.codePointCount(0, longName.length())).isEqualTo(FileNames.MAX_LENGTH);
  }
}
