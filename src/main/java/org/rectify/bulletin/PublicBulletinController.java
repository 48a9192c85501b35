package org.rectify.bulletin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.rectify.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 通报公开网站 (no login): lists the published public (社会) editions by organisation and date and serves
 * each exactly as frozen — HTML to read, text and Word to download. Internal editions and anything
 * unpublished do not exist here.
 *
 * <p>A published edition never changes, so it is served as immutable: its SHA-256 is a strong
 * {@code ETag} ({@code 304} on {@code If-None-Match}), {@code Cache-Control: public, max-age=…,
 * immutable}, from memory ({@link PublicSiteCache}), without a session or CSRF cookie (see {@code
 * security.SecurityConfig}). The list changes when an edition is published: a short max-age and an
 * ETag over its bytes. A reverse proxy or CDN in front can cache both (docs/public-site.md).
 */
@Controller
class PublicBulletinController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private final PublicSiteCache cache;
  private final CacheControl editionCaching;
  private final CacheControl listCaching;

  PublicBulletinController(
      PublicSiteCache cache,
      @Value("${rectify.public.site.edition-max-age:P1D}") Duration editionMaxAge,
      @Value("${rectify.public.site.list-max-age:PT1M}") Duration listMaxAge) {
    this.cache = cache;
    this.editionCaching = CacheControl.maxAge(editionMaxAge).cachePublic().immutable();
    this.listCaching = CacheControl.maxAge(listMaxAge).cachePublic();
  }

  @GetMapping({"/public", "/public/"})
  String home() {
    return "redirect:/public/bulletins";
  }

  @GetMapping("/public/bulletins")
  ResponseEntity<byte[]> list() {
    PublicSiteCache.ListPage page = cache.list();
    // With an ETag on a GET, Spring answers 304 (empty body) when If-None-Match matches.
    return ResponseEntity.ok()
        .contentType(HTML)
        .eTag(page.sha256())
        .cacheControl(listCaching)
        .body(page.html());
  }

  @GetMapping("/public/bulletins/{id}")
  ResponseEntity<byte[]> html(@PathVariable UUID id) {
    PublicSiteCache.Frozen edition = published(id);
    return ResponseEntity.ok()
        .contentType(HTML)
        .eTag(edition.htmlSha256())
        .cacheControl(editionCaching)
        .header("X-Content-SHA256", edition.htmlSha256())
        .body(edition.html());
  }

  @GetMapping("/public/bulletins/{id}/text")
  ResponseEntity<byte[]> text(@PathVariable UUID id) {
    PublicSiteCache.Frozen edition = published(id);
    return download(
        edition,
        edition.text(),
        edition.textSha256(),
        new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8),
        ".txt");
  }

  @GetMapping("/public/bulletins/{id}/docx")
  ResponseEntity<byte[]> docx(@PathVariable UUID id) {
    PublicSiteCache.Frozen edition = published(id);
    return download(edition, edition.docx(), edition.docxSha256(), DOCX, ".docx");
  }

  private ResponseEntity<byte[]> download(
      PublicSiteCache.Frozen edition,
      byte[] body,
      String sha256,
      MediaType type,
      String extension) {
    ContentDisposition disposition =
        ContentDisposition.attachment()
            .filename(edition.title() + extension, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(type)
        .eTag(sha256)
        .cacheControl(editionCaching)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-SHA256", sha256)
        .body(body);
  }

  private PublicSiteCache.Frozen published(UUID id) {
    return cache.edition(id).orElseThrow(() -> new NotFoundException("未找到已公开的通报：" + id));
  }
}
