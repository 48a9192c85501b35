package org.rectify.bulletin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报定稿与预览: renders a bulletin from the current ledger (preview) and, at publication, freezes the
 * internal and the public edition into {@link BulletinEdition} rows.
 */
@Service
public class BulletinEditions {

  private static final ObjectMapper SOURCE_JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private final LedgerSnapshotSource ledger;
  private final BulletinEditionRepository editions;
  private final BulletinRenderer renderer;
  private final ProfileChoice profiles;
  private final Clock clock;

  BulletinEditions(
      LedgerSnapshotSource ledger,
      BulletinEditionRepository editions,
      ProfileChoice profiles,
      Clock clock) {
    this.ledger = ledger;
    this.editions = editions;
    this.profiles = profiles;
    this.clock = clock;
    this.renderer = new BulletinRenderer();
  }

  /** What the published data of one edition consisted of (stored as JSON next to the outputs). */
  public record Source(
      BulletinKind kind,
      Audience audience,
      RenderProfile profile,
      BulletinNarrative narrative,
      LedgerSnapshot snapshot) {}

  /** The three outputs of one edition. */
  public record Rendered(BulletinDocument document, String text, String html, byte[] docx) {}

  /** Renders the bulletin from today's ledger without storing anything. */
  @Transactional(readOnly = true)
  public Rendered preview(Bulletin bulletin, Audience audience) {
    return render(source(bulletin, audience, LocalDate.now(clock)), renderer);
  }

  static Rendered render(Source source, BulletinRenderer renderer) {
    BulletinDocument doc =
        BulletinComposer.compose(
            source.snapshot(),
            source.narrative(),
            source.profile(),
            source.kind(),
            source.audience());
    return new Rendered(doc, renderer.text(doc), renderer.html(doc), renderer.docx(doc));
  }

  Source source(Bulletin bulletin, Audience audience, LocalDate asOf) {
    BulletinNarrative narrative = bulletin.getNarrative();
    UUID inspectionId = bulletin.getInspection().getId();
    return new Source(
        bulletin.getKind(),
        audience,
        profiles.resolve(narrative.profile(), inspectionId),
        narrative,
        ledger.snapshot(inspectionId, asOf));
  }

  /**
   * Renders and stores both editions; called inside the publishing transaction, so a failed render
   * publishes nothing.
   */
  @Transactional
  public List<BulletinEdition> freeze(Bulletin bulletin, String by) {
    if (!editions.findByBulletinId(bulletin.getId()).isEmpty()) {
      throw new IllegalStateException("通报已定稿，不能再次发布：" + bulletin.getId());
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
    List<BulletinEdition> frozen = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      Source source = source(bulletin, audience, today);
      Rendered rendered = render(source, renderer);
      frozen.add(
          editions.save(
              new BulletinEdition(
                  bulletin.getId(),
                  bulletin.getInspection().getId(),
                  rendered.document(),
                  by,
                  now,
                  today,
                  renderer.templateVersion(),
                  json(source),
                  rendered.text().getBytes(StandardCharsets.UTF_8),
                  rendered.html().getBytes(StandardCharsets.UTF_8),
                  rendered.docx())));
    }
    return frozen;
  }

  @Transactional(readOnly = true)
  public List<BulletinEdition> ofBulletin(UUID bulletinId) {
    return editions.findByBulletinId(bulletinId);
  }

  /**
   * Reads a stored source back (to re-render it for comparison, never to replace what was
   * published).
   */
  public static Source readSource(byte[] json) {
    try {
      return SOURCE_JSON.readValue(json, Source.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("定稿数据损坏", e);
    }
  }

  static byte[] json(Source source) {
    try {
      return SOURCE_JSON.writeValueAsString(source).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
