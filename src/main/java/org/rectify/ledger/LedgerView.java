package org.rectify.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 整改台账: an inspection's findings × measures × owners × deadlines × status, as one document; the
 * ledger page's projection of {@link Ledger}. The totals count what this viewer may see.
 */
public record LedgerView(
    InspectionView inspection,
    List<AspectView> aspects,
    List<String> suggestions,
    List<HandoverView> handovers,
    Ledger.Totals totals) {

  public record InspectionView(
      UUID id,
      String level,
      String type,
      String roundLabel,
      String specialTopic,
      String inspectingBody,
      String inspectionTeam,
      String inspectedOrganization,
      String inspectedOrganizationShort,
      LocalDate onSiteStart,
      LocalDate onSiteEnd,
      LocalDate feedbackDate,
      List<String> tracks) {}

  public record AspectView(int ordinal, String heading, String track, List<FindingView> findings) {}

  public record FindingView(
      UUID id,
      String code,
      String text,
      String detail,
      String source,
      String status,
      String statusLabel,
      String responsibleUnit,
      String responsibleUnitName,
      String leadOfficial,
      String leadOfficialName,
      boolean publiclyDisclosed,
      String nondisclosureReason,
      CloseOutView closeOut,
      List<MeasureView> measures,
      List<FindingView> subFindings) {}

  public record MeasureView(
      UUID id,
      int ordinal,
      String text,
      List<String> responsibleUnits,
      String responsiblePerson,
      String leadOfficial,
      LocalDate deadline,
      String term,
      String termLabel,
      String status,
      String statusLabel,
      boolean overdue,
      LocalDate completedOn,
      List<Ledger.NoteEntry> progress,
      List<Ledger.EvidenceEntry> evidence,
      Outputs outputs) {}

  public record Outputs(
      List<InstitutionView> institutions,
      List<MoneyView> money,
      List<SanctionView> accountability) {}

  public record InstitutionView(
      String action, String title, String documentNumber, LocalDate issuedOn) {}

  public record MoneyView(String kind, BigDecimal amount, String note) {}

  public record SanctionView(String sanction, String sanctionLabel, int personCount, String note) {}

  public record CloseOutView(
      String mode,
      LocalDate closedOn,
      String closedBy,
      String directiveTitle,
      String directiveDocumentNumber) {}

  public record HandoverView(
      UUID id,
      String kind,
      String kindLabel,
      int ordinal,
      String title,
      String status,
      String statusLabel,
      String result) {}
}
