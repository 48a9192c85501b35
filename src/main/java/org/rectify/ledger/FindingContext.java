package org.rectify.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * 问题档案: what a form shows about one finding — its aspect and text, owners, measures with their
 * progress, evidence and extension requests, the close-out applications, every return with its
 * reason, and the close-out. People appear by user name; {@code people} gives each one's name as
 * the forms show it (e.g. 王整改).
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
    CloseOutContext closeOut,
    List<HandoverContext> handovers,
    Map<String, String> people) {

  /** Every user name this context mentions. */
  Set<String> usernames() {
    Stream<String> names =
        Stream.of(
                Stream.of(leadOfficial, closeOut == null ? null : closeOut.closedBy()),
                measures.stream()
                    .flatMap(
                        m ->
                            Stream.of(
                                    m.progress().stream().map(Ledger.NoteEntry::author),
                                    m.evidence().stream().map(Ledger.EvidenceEntry::uploadedBy),
                                    m.extensionRequests().stream()
                                        .flatMap(x -> Stream.of(x.requestedBy(), x.decidedBy())),
                                    m.supervisionNotices().stream().map(NoticeContext::issuedBy))
                                .flatMap(s -> s)),
                closeOutApplications.stream()
                    .flatMap(a -> Stream.of(a.appliedBy(), a.confirmedBy(), a.certifiedBy())),
                returns.stream().map(ReturnContext::returnedBy))
            .flatMap(s -> s);
    return names
        .filter(Objects::nonNull)
        .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
  }

  FindingContext withPeople(Map<String, String> names) {
    return new FindingContext(
        id,
        code,
        label,
        aspect,
        text,
        detail,
        source,
        status,
        statusLabel,
        responsibleUnit,
        responsibleUnitName,
        leadOfficial,
        reopenedFromId,
        measures,
        closeOutApplications,
        returns,
        closeOut,
        handovers,
        Map.copyOf(names));
  }

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
      List<Ledger.NoteEntry> progress,
      List<Ledger.EvidenceEntry> evidence,
      List<ExtensionContext> extensionRequests,
      List<NoticeContext> supervisionNotices) {}

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

  /**
   * 工作交接 of this finding: who held a responsibility (责任领导, 措施责任人, a task) until {@code at}, and who
   * holds it since.
   */
  public record HandoverContext(
      String kind,
      String kindLabel,
      UUID measureId,
      String taskName,
      String from,
      String fromName,
      String to,
      String toName,
      String reason,
      Instant at) {}

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
