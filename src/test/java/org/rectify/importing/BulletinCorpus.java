package org.rectify.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The shared corpus's full bulletins, copied under {@code src/test/resources/corpus/}. */
final class BulletinCorpus {

  /** Every full bulletin of the shared corpus ({@code index.tsv}, doc_type bulletin). */
  static final List<String> FULL_BULLETINS =
      List.of(
          "001", "002", "003", "004", "006", "007", "009", "010", "012", "013", "015", "016", "018",
          "019", "021", "022", "024", "025", "027", "028", "030", "031", "033", "034", "036", "037",
          "038");

  private BulletinCorpus() {}

  static String text(String id) {
    try (InputStream in = BulletinCorpus.class.getResourceAsStream("/corpus/" + id + ".txt")) {
      if (in == null) {
        throw new IllegalStateException("corpus document missing: " + id);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
