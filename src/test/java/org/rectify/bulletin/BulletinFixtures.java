package org.rectify.bulletin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Ledger fixtures under {@code bulletin/fixtures/} and the corpus documents they reproduce. */
final class BulletinFixtures {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  record Fixture(BulletinKind kind, LedgerSnapshot snapshot, BulletinNarrative narrative) {
    RenderProfile profile() {
      return RenderProfiles.get(narrative.profile());
    }

    BulletinDocument compose(Audience audience) {
      return BulletinComposer.compose(snapshot, narrative, profile(), kind, audience);
    }
  }

  private BulletinFixtures() {}

  static Fixture load(String id) {
    try (InputStream in = resource("bulletin/fixtures/" + id + ".json")) {
      JsonNode root = JSON.readTree(in);
      return new Fixture(
          BulletinKind.valueOf(root.get("kind").asText()),
          JSON.treeToValue(root.get("snapshot"), LedgerSnapshot.class),
          JSON.treeToValue(root.get("narrative"), BulletinNarrative.class));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String corpus(String id) {
    try (InputStream in = resource("corpus/" + id + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whitespace normalisation: no whitespace inside lines (ASCII, 全角 and no-break spaces), no empty
   * lines.
   */
  static String normalized(String text) {
    return Arrays.stream(text.split("\\R"))
        .map(line -> line.replaceAll("[\\s\\u3000\\u00a0]+", ""))
        .filter(line -> !line.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  static List<String> lines(String text) {
    return List.of(normalized(text).split("\n"));
  }

  private static InputStream resource(String path) {
    InputStream in = BulletinFixtures.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + path);
    }
    return in;
  }
}
