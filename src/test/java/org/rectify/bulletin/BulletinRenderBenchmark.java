package org.rectify.bulletin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * 渲染基准: renders a synthetic 1,000-finding bulletin as text, HTML and Word and writes the timings
 * into {@code docs/benchmarks.md}. Not a test; run it with {@code mvn -B -Pbenchmark test}.
 */
public final class BulletinRenderBenchmark {

  private static final String START = "<!-- bulletin-benchmark:start -->";
  private static final String END = "<!-- bulletin-benchmark:end -->";
  private static final int WARM_UP = 5;
  private static final int RUNS = 20;

  private BulletinRenderBenchmark() {}

  public static void main(String[] args) throws IOException {
    int findings = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Path target = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
    LedgerSnapshot ledger = SampleLedgers.synthetic(findings);
    BulletinNarrative narrative = SampleLedgers.narrative("standard");
    RenderProfile profile = RenderProfiles.get("standard");
    BulletinRenderer renderer = new BulletinRenderer();
    BulletinDocument doc =
        BulletinComposer.compose(ledger, narrative, profile, BulletinKind.STAGE, Audience.INTERNAL);

    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            "compose (ledger → document model)",
            time(
                () ->
                    BulletinComposer.compose(
                        ledger, narrative, profile, BulletinKind.STAGE, Audience.INTERNAL)),
            doc.blocks().size() + " lines"));
    rows.add(
        row(
            "plain text",
            time(() -> renderer.text(doc)),
            kib(renderer.text(doc).getBytes(StandardCharsets.UTF_8).length)));
    rows.add(
        row(
            "HTML",
            time(() -> renderer.html(doc)),
            kib(renderer.html(doc).getBytes(StandardCharsets.UTF_8).length)));
    rows.add(row("Word (.docx)", time(() -> renderer.docx(doc)), kib(renderer.docx(doc).length)));
    rows.add(
        row(
            "all three + compose, public edition",
            time(
                () -> {
                  BulletinDocument d =
                      BulletinComposer.compose(
                          ledger, narrative, profile, BulletinKind.STAGE, Audience.PUBLIC);
                  return renderer.text(d).length()
                      + renderer.html(d).length()
                      + renderer.docx(d).length;
                }),
            "—"));

    Runtime rt = Runtime.getRuntime();
    String section =
        START
            + "\n## Bulletin rendering (`BulletinRenderBenchmark`)\n\n"
            + "Synthetic ledger: "
            + findings
            + " top-level findings over 4 aspects (every fifth with two sub-findings, "
            + ledger.allFindings().size()
            + " findings in all, "
            + LedgerFigures.compute(ledger).get("measures")
            + " measures), profile `standard`, internal edition. "
            + WARM_UP
            + " warm-up runs, then "
            + RUNS
            + " measured runs each; wall-clock per run.\n\n"
            + "Run: `mvn -B -Pbenchmark test` (not part of `mvn verify`). Measured "
            + java.time.Instant.now().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate()
            + " on "
            + System.getProperty("os.name")
            + ", Java "
            + System.getProperty("java.version")
            + ", "
            + rt.availableProcessors()
            + " CPUs, max heap "
            + rt.maxMemory() / (1024 * 1024)
            + " MiB "
            + "(shared machine; other builds were running).\n\n"
            + "| step | median ms | min ms | max ms | output |\n|---|---:|---:|---:|---|\n"
            + String.join("\n", rows)
            + "\n"
            + END;
    String existing = Files.exists(target) ? Files.readString(target) : "# Benchmarks\n";
    String updated =
        existing.contains(START)
            ? existing.substring(0, existing.indexOf(START))
                + section
                + existing.substring(existing.indexOf(END) + END.length())
            : existing.stripTrailing() + "\n\n" + section + "\n";
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.writeString(target, updated);
    System.out.println(section);
  }

  private static double[] time(Supplier<Object> work) {
    for (int i = 0; i < WARM_UP; i++) {
      work.get();
    }
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      ms.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(ms);
    return new double[] {ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1)};
  }

  private static String row(String step, double[] t, String output) {
    return String.format(
        Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %s |", step, t[0], t[1], t[2], output);
  }

  private static String kib(int bytes) {
    return String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
  }
}
