package org.rectify.reporting;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.rectify.security.CurrentViewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The office's reporting steps of an inspection: the rectification report and stage bulletins. */
@RestController
class ReportingController {

  private final ReportingService reporting;
  private final CurrentViewer viewer;

  ReportingController(ReportingService reporting, CurrentViewer viewer) {
    this.reporting = reporting;
    this.viewer = viewer;
  }

  @PostMapping("/api/inspections/{id}/stage-bulletins")
  ResponseEntity<Map<String, UUID>> startStageBulletin(@PathVariable UUID id) {
    UUID bulletinId = reporting.startStageBulletin(id, viewer.get());
    return ResponseEntity.created(URI.create("/api/bulletins/" + bulletinId))
        .body(Map.of("bulletinId", bulletinId));
  }

  @PostMapping("/api/inspections/{id}/rectification-report")
  @ResponseStatus(HttpStatus.CREATED)
  ReportView submitReport(@PathVariable UUID id, @RequestBody ReportSubmission submission) {
    return ReportView.of(reporting.submitReport(id, submission, viewer.get().username()));
  }

  /** What the office filed. */
  record ReportView(
      UUID id, String summary, UUID stageBulletinId, String submittedBy, Instant submittedAt) {
    static ReportView of(RectificationReport report) {
      return new ReportView(
          report.getId(),
          report.getSummary(),
          report.getStageBulletinId(),
          report.getSubmittedBy(),
          report.getSubmittedAt());
    }
  }
}
