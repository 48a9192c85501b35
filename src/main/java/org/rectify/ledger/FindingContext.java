package org.rectify.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 问题档案: what a form shows about one finding — its aspect and text, owners, measures with their
 * progress, evidence and extension requests, the close-out applications, every return with its
 * reason, and the close-out.
 */
public record FindingContext(
    UUID id,
    String code,
    String label,
    String aspect,
    String text,
    String detail,
    String source,
    String status,
    String statusLabel,
    String responsibleUnit,
    String responsibleUnitName,
    String leadOfficial,
    UUID reopenedFromId,
    List<MeasureContext> measures,
    List<ApplicationContext> closeOutApplications,
    List<ReturnContext> returns,
    CloseOutContext closeOut) {

  public record MeasureContext(
      UUID id,
      int ordinal,
      String text,
      List<String> units,
      String responsiblePerson,
      LocalDate deadline,
      String term,
      String termLabel,
      String status,
      String statusLabel,
      boolean overdue,
      LocalDate completedOn,
      List<NoteContext> progress,
      List<EvidenceContext> evidence,
      List<ExtensionContext> extensionRequests,
      List<NoticeContext> supervisionNotices) {}

  public record NoteContext(String text, String author, Instant createdAt) {}

  public record EvidenceContext(
      UUID id,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  public record ExtensionContext(
      UUID id,
      LocalDate currentDeadline,
      LocalDate requestedDeadline,
      String reason,
      String requestedBy,
      String status,
      String statusLabel,
      String decisionReason,
      String decidedBy) {}

  public record NoticeContext(String text, String issuedBy, Instant issuedAt) {}

  public record ApplicationContext(
      UUID id,
      String selfCheck,
      String status,
      String statusLabel,
      String appliedBy,
      Instant appliedAt,
      String confirmedBy,
      String certifiedBy) {}

  public record ReturnContext(
      String step, String stepLabel, String reason, String returnedBy, Instant returnedAt) {}

  public record CloseOutContext(
      String mode,
      String modeLabel,
      LocalDate closedOn,
      String closedBy,
      String directiveTitle,
      String directiveDocumentNumber) {}
}
