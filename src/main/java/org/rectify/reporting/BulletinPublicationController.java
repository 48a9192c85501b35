package org.rectify.reporting;

import java.util.UUID;
import org.rectify.security.CurrentViewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 起草通报 and 审定通报 over the JSON API, and the bulletin record. */
@RestController
class BulletinPublicationController {

  private final BulletinPublicationService publication;
  private final CurrentViewer viewer;

  BulletinPublicationController(BulletinPublicationService publication, CurrentViewer viewer) {
    this.publication = publication;
    this.viewer = viewer;
  }

  @GetMapping("/api/bulletins/{id}")
  BulletinView get(@PathVariable UUID id) {
    return publication.view(id, viewer.get());
  }

  /** The rendered draft as HTML; the CSP keeps the page inert (no scripts) in the app's origin. */
  @GetMapping(
      path = "/api/bulletins/{id}/preview",
      produces = org.springframework.http.MediaType.TEXT_HTML_VALUE)
  org.springframework.http.ResponseEntity<String> preview(@PathVariable UUID id) {
    return org.springframework.http.ResponseEntity.ok()
        .header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        .header("X-Content-Type-Options", "nosniff")
        .contentType(
            new org.springframework.http.MediaType(
                "text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .body(publication.previewHtml(id, viewer.get()));
  }

  @PostMapping("/api/bulletins/{id}/draft")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void draft(@PathVariable UUID id, @RequestBody BulletinDraft draft) {
    publication.draft(id, draft, viewer.get().username());
  }

  @PostMapping("/api/bulletins/{id}/approval")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void decide(@PathVariable UUID id, @RequestBody BulletinApproval approval) {
    publication.decide(id, approval, viewer.get().username());
  }
}
