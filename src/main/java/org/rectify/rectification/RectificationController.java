package org.rectify.rectification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.rectify.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Working on a measure: progress notes, evidence, completion, extension requests. */
@RestController
@RequestMapping("/api/measures/{measureId}")
@Tag(name = "整改落实")
class RectificationController {

  private final RectificationService rectification;

  RectificationController(RectificationService rectification) {
    this.rectification = rectification;
  }

  record ProgressBody(String text) {}

  record ExtensionBody(String newDeadline, String reason) {}

  record DecisionBody(Boolean approved, String reason) {}

  @PostMapping("/progress")
  @Operation(summary = "报送整改进展")
  Map<String, Object> progress(
      @PathVariable UUID measureId, @RequestBody ProgressBody body, Principal caller) {
    ProgressNote note = rectification.addProgressNote(measureId, body.text(), caller.getName());
    return Map.of("measureId", measureId, "progressNoteId", note.getId());
  }

  @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上传佐证材料")
  Map<String, Object> evidence(
      @PathVariable UUID measureId,
      @RequestPart(name = "file", required = false) MultipartFile file,
      Principal caller) {
    if (file == null) {
      throw InvalidInputException.of("file", "必须选择要上传的文件");
    }
    Evidence saved;
    try (InputStream content = file.getInputStream()) {
      saved =
          rectification.addEvidence(
              measureId, file.getOriginalFilename(), content, caller.getName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        "measureId",
        measureId,
        "evidenceId",
        saved.getId(),
        "sha256",
        saved.getSha256(),
        "sizeBytes",
        saved.getSizeBytes());
  }

  @PostMapping("/completion")
  @Operation(summary = "完成落实")
  Map<String, Object> complete(@PathVariable UUID measureId, Principal caller) {
    rectification.completeMeasure(measureId, caller.getName());
    return Map.of("measureId", measureId, "completed", true);
  }

  @PostMapping("/extension-requests")
  @Operation(summary = "申请延期")
  Map<String, Object> requestExtension(
      @PathVariable UUID measureId, @RequestBody ExtensionBody body, Principal caller) {
    ExtensionRequest request =
        rectification.requestExtension(
            measureId, body.newDeadline(), body.reason(), caller.getName());
    return Map.of("measureId", measureId, "extensionRequestId", request.getId());
  }

  @PostMapping("/extension-decision")
  @Operation(summary = "审批延期申请：批准，或写明理由不予批准")
  Map<String, Object> decideExtension(
      @PathVariable UUID measureId, @RequestBody DecisionBody body, Principal caller) {
    if (body.approved() == null) {
      throw InvalidInputException.of("approved", "必须选择批准（true）或不批准（false）");
    }
    rectification.decideExtension(measureId, body.approved(), body.reason(), caller.getName());
    return Map.of("measureId", measureId, "approved", body.approved());
  }
}
