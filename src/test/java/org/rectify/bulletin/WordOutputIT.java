package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Word output opens in LibreOffice: converted to PDF with {@code libreoffice --headless} it is
 * A4 with the bulletin's text. Needs the apt packages {@code libreoffice-writer}, {@code
 * poppler-utils} and {@code fonts-noto-cjk}. The PDF and page images are left in {@code
 * target/bulletin-docx/} for a look.
 */
class WordOutputIT {

  private static final Path OUT = Path.of("target", "bulletin-docx");

  @Test
  void wordFileConvertsToAnA4PdfWithTheBulletinText() throws Exception {
    BulletinDocument doc = BulletinFixtures.load("038").compose(Audience.INTERNAL);
    Files.createDirectories(OUT);
    Path docx = OUT.resolve("038.docx");
    Files.write(docx, new BulletinRenderer().docx(doc));

    run(
        "libreoffice",
        "-env:UserInstallation=file://" + OUT.toAbsolutePath().resolve("lo-profile"),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        OUT.toString(),
        docx.toString());

    Path pdf = OUT.resolve("038.pdf");
    assertThat(pdf).exists();
    String info = run("pdfinfo", pdf.toString());
    assertThat(info)
        .containsPattern("Page size:\\s+595\\.\\d* x 841\\.\\d*|Page size:\\s+595\\.\\d* x 842");
    int pages = Integer.parseInt(info.replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
    assertThat(pages).isBetween(4, 12);
    String text = run("pdftotext", "-layout", pdf.toString(), "-").replaceAll("\\s+", "");
    assertThat(text).contains("中共长春市宽城区机关事务管理服务中心党组关于巡察整改进展情况的通报".replaceAll("\\s", ""));
    assertThat(text).contains("整改情况：①行政办公楼消防系统全面维修维护");
    assertThat(text).contains("—1—", "—2—");
    run(
        "pdftoppm",
        "-png",
        "-r",
        "50",
        "-f",
        "1",
        "-l",
        "2",
        pdf.toString(),
        OUT.resolve("038-page").toString());
  }

  /**
   * Runs a command with its output going to a file, not a pipe: nothing reads while it runs, so a
   * stuck LibreOffice cannot block the test, and the timeout is always reached. On timeout the
   * process and everything it started (soffice.bin) are killed.
   */
  static String run(Duration timeout, String... command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("word-output-", ".log");
    try {
      Process process =
          new ProcessBuilder(List.of(command))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (!finished) {
        throw new IllegalStateException(
            String.join(" ", command)
                + " did not finish within "
                + timeout
                + " and was killed: "
                + output);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
      return output;
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    return run(Duration.ofSeconds(180), command);
  }
}
