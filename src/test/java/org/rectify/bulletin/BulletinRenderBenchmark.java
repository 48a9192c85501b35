package org.rectify.bulletin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * 渲染基准: composes and renders a synthetic bulletin (1,000 top-level findings in the full run) as
 * HTML and Word, timed; part of {@code benchmark.RectifyBenchmark} ({@code mvn -B -Pbenchmark
 * test}, results in {@code docs/benchmarks.md}). Not a test.
 */
public final class BulletinRenderBenchmark {

  private BulletinRenderBenchmark() {}

  /** Wall-clock samples (ms) of compose + HTML and compose + Word, public edition. */
  public record Samples(
      List<Double> html,
      List<Double> docx,
      int findings,
      Object measures,
      int htmlBytes,
      int docxBytes) {}

  /** Composes and renders a synthetic ledger of {@code findings} top-level findings, timed. */
  public static Samples samples(int findings, int warmUp, int runs) {
    LedgerSnapshot ledger = SampleLedgers.synthetic(findings);
    BulletinNarrative narrative = SampleLedgers.narrative("standard");
    RenderProfile profile = RenderProfiles.get("standard");
    BulletinRenderer renderer = new BulletinRenderer();
    Supplier<BulletinDocument> compose =
        () ->
            BulletinComposer.compose(
                ledger, narrative, profile, BulletinKind.STAGE, Audience.PUBLIC);
    List<Double> html = new ArrayList<>();
    List<Double> docx = new ArrayList<>();
    for (int i = 0; i < warmUp + runs; i++) {
      long t0 = System.nanoTime();
      String page = renderer.html(compose.get());
      double htmlMs = (System.nanoTime() - t0) / 1e6;
      long t1 = System.nanoTime();
      byte[] word = renderer.docx(compose.get());
      double docxMs = (System.nanoTime() - t1) / 1e6;
      if (i >= warmUp) {
        html.add(htmlMs);
        docx.add(docxMs);
      }
      if (page.isEmpty() || word.length == 0) {
        throw new IllegalStateException("empty bulletin output");
      }
    }
    BulletinDocument doc = compose.get();
    return new Samples(
        html,
        docx,
        ledger.allFindings().size(),
        LedgerFigures.compute(ledger).get("measures"),
        renderer.html(doc).getBytes(StandardCharsets.UTF_8).length,
        renderer.docx(doc).length);
  }
}
