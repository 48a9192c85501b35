package org.rectify.bulletin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rectify.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 通报公开网站 (no login): lists the published public (社会) editions by organisation and date and serves
 * each exactly as frozen — HTML to read, text and Word to download. Internal editions and anything
 * unpublished do not exist here.
 */
@Controller
class PublicBulletinController {

  static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final BulletinEditionRepository editions;

  PublicBulletinController(BulletinEditionRepository editions) {
    this.editions = editions;
  }

  @GetMapping({"/public", "/public/"})
  String home() {
    return "redirect:/public/bulletins";
  }

  @GetMapping("/public/bulletins")
  @Transactional(readOnly = true)
  String list(Model model) {
    Map<String, List<Map<String, String>>> byOrganization = new LinkedHashMap<>();
    for (BulletinEdition edition :
        editions.findByAudienceOrderByOrganizationAscBulletinDateDesc(Audience.PUBLIC)) {
      byOrganization
          .computeIfAbsent(edition.getOrganization(), k -> new ArrayList<>())
          .add(
              Map.of(
                  "id", edition.getId().toString(),
                  "title", edition.getTitle(),
                  "date", ChineseText.date(edition.getBulletinDate())));
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    byOrganization.forEach(
        (organization, items) ->
            groups.add(Map.of("organization", organization, "editions", items)));
    model.addAttribute("groups", groups);
    return "pages/public/bulletins";
  }

  @GetMapping("/public/bulletins/{id}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> html(@PathVariable UUID id) {
    BulletinEdition edition = published(id);
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("X-Content-SHA256", edition.getHtmlSha256())
        .body(edition.getHtmlContent());
  }

  @GetMapping("/public/bulletins/{id}/text")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> text(@PathVariable UUID id) {
    BulletinEdition edition = published(id);
    return download(
        edition,
        edition.getTextContent(),
        edition.getTextSha256(),
        new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8),
        ".txt");
  }

  @GetMapping("/public/bulletins/{id}/docx")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> docx(@PathVariable UUID id) {
    BulletinEdition edition = published(id);
    return download(edition, edition.getDocxContent(), edition.getDocxSha256(), DOCX, ".docx");
  }

  private static ResponseEntity<byte[]> download(
      BulletinEdition edition, byte[] body, String sha256, MediaType type, String extension) {
    ContentDisposition disposition =
        ContentDisposition.attachment()
            .filename(edition.getTitle() + extension, StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-SHA256", sha256)
        .body(body);
  }

  private BulletinEdition published(UUID id) {
    return editions
        .findByIdAndAudience(id, Audience.PUBLIC)
        .orElseThrow(() -> new NotFoundException("未找到已公开的通报：" + id));
  }
}
