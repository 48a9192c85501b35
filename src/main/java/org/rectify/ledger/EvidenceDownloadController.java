package org.rectify.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.rectify.feedback.Finding;
import org.rectify.rectification.Evidence;
import org.rectify.rectification.EvidenceContentRepository;
import org.rectify.rectification.EvidenceRepository;
import org.rectify.security.CurrentViewer;
import org.rectify.security.Viewer;
import org.rectify.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * 佐证材料下载: the stored bytes of one evidence file, always as an attachment and never sniffed, so that
 * an uploaded HTML or SVG file cannot run in the app's origin. Unit staff get only their unit's
 * files (404 otherwise, like the finding context).
 */
@RestController
@Tag(name = "整改落实")
class EvidenceDownloadController {

  private final EvidenceRepository evidence;
  private final EvidenceContentRepository contents;
  private final CurrentViewer viewer;

  EvidenceDownloadController(
      EvidenceRepository evidence, EvidenceContentRepository contents, CurrentViewer viewer) {
    this.evidence = evidence;
    this.contents = contents;
    this.viewer = viewer;
  }

  @GetMapping("/api/evidence/{evidenceId}")
  @Operation(summary = "下载佐证材料（附件方式）")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> download(@PathVariable UUID evidenceId) {
    Viewer who = viewer.get();
    Evidence file =
        evidence
            .findById(evidenceId)
            .filter(
                e -> {
                  Finding finding = e.getMeasure().getFinding();
                  return who.maySee(
                      finding.getResponsibleUnit() == null
                          ? null
                          : finding.getResponsibleUnit().getId());
                })
            .orElseThrow(() -> new NotFoundException("未找到佐证材料：" + evidenceId));
    byte[] bytes =
        contents
            .findById(evidenceId)
            .orElseThrow(() -> new NotFoundException("佐证材料的内容缺失：" + evidenceId))
            .getContent();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDisposition(
        ContentDisposition.attachment()
            .filename(file.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
            .build());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setContentLength(bytes.length);
    return ResponseEntity.ok().headers(headers).body(bytes);
  }
}
