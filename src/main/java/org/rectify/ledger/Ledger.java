package org.rectify.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rectify.feedback.FindingSource;
import org.rectify.feedback.FindingStatus;
import org.rectify.feedback.LedgerCounts;
import org.rectify.feedback.LedgerCounts.CountedFinding;
import org.rectify.feedback.LedgerCounts.CountedMeasure;
import org.rectify.handover.HandoverKind;
import org.rectify.handover.HandoverStatus;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.plan.MeasureStatus;
import org.rectify.plan.Term;
import org.rectify.rectification.InstitutionAction;
import org.rectify.rectification.MoneyKind;
import org.rectify.rectification.Sanction;
import org.rectify.security.Viewer;
import org.rectify.verification.CloseOutMode;

/**
 * 整改台账 as read once by {@link LedgerReader}: the inspection, its aspects, findings with their
 * sub-findings, measures with progress, evidence and outputs, close-outs and hand-overs — plain,
 * immutable values. The ledger page ({@link LedgerView}), the forms' {@link FindingContext}, the
 * bulletin snapshot and the Excel export are projections of it; leaf findings and totals are
 * counted by {@link LedgerCounts}, the one definition.
 *
 * @param summary 反馈意见摘要 (may be null)
 */
public record Ledger(
    InspectionEntry inspection,
    String summary,
    List<AspectEntry> aspects,
    List<String> suggestions,
    List<HandoverEntry> handovers) {

  public Ledger {
    aspects = List.copyOf(aspects);
    suggestions = List.copyOf(suggestions);
    handovers = List.copyOf(handovers);
  }

  /** Every finding and sub-finding, in reading order. */
  public List<FindingEntry> allFindings() {
    List<FindingEntry> all = new ArrayList<>();
    for (AspectEntry aspect : aspects) {
      for (FindingEntry finding : aspect.findings()) {
        all.add(finding);
        all.addAll(finding.children());
      }
    }
    return all;
  }

  public Optional<FindingEntry> finding(UUID id) {
    return allFindings().stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** 合计 over the findings of this ledger (of what it holds: see {@link #visibleTo}). */
  public Totals totals() {
    List<FindingEntry> topLevel = aspects.stream().flatMap(a -> a.findings().stream()).toList();
    int overdue =
        (int)
            allFindings().stream()
                .flatMap(f -> f.measures().stream())
                .filter(MeasureEntry::overdue)
                .count();
    return Totals.of(LedgerCounts.of(topLevel), overdue);
  }

  /**
   * The part of the ledger a viewer may see. Office, leaders, supervisors and administrators see
   * all of it; unit staff the leaf findings their unit is responsible for or shares a measure of,
   * with the parent findings above them (a parent is shown with its visible sub-findings only), and
   * no hand-overs.
   */
  public Ledger visibleTo(Viewer viewer) {
    if (viewer.seesAllUnits()) {
      return this;
    }
    List<AspectEntry> kept = new ArrayList<>();
    for (AspectEntry aspect : aspects) {
      List<FindingEntry> findings = new ArrayList<>();
      for (FindingEntry finding : aspect.findings()) {
        if (finding.leaf()) {
          if (finding.concerns(viewer)) {
            findings.add(finding);
          }
        } else {
          List<FindingEntry> children =
              finding.children().stream().filter(c -> c.concerns(viewer)).toList();
          if (!children.isEmpty()) {
            findings.add(finding.withChildren(children));
          }
        }
      }
      if (!findings.isEmpty()) {
        kept.add(new AspectEntry(aspect.ordinal(), aspect.heading(), aspect.track(), findings));
      }
    }
    return new Ledger(inspection, summary, kept, suggestions, List.of());
  }

  /** 巡视巡察 facts. */
  public record InspectionEntry(
      UUID id,
      InspectionLevel level,
      InspectionType type,
      String roundLabel,
      String specialTopic,
      String inspectingBody,
      String inspectionTeam,
      String inspectedOrganization,
      String inspectedOrganizationShort,
      LocalDate onSiteStart,
      LocalDate onSiteEnd,
      LocalDate feedbackDate,
      List<String> tracks) {
    public InspectionEntry {
      tracks = List.copyOf(tracks);
    }
  }

  /** 方面. */
  public record AspectEntry(
      int ordinal, String heading, String track, List<FindingEntry> findings) {
    public AspectEntry {
      findings = List.copyOf(findings);
    }
  }

  /** A unit as the ledger names it. */
  public record UnitRef(UUID id, String code, String name) {}

  /** An official as the ledger names them. */
  public record OfficialRef(String username, String displayName) {}

  /**
   * 具体问题 with its sub-findings and measures.
   *
   * @param label how task names show it, e.g. 【1.2.1】落实“第一议题”不到位
   * @param aspect the heading of its aspect
   */
  public record FindingEntry(
      UUID id,
      String code,
      String label,
      String aspect,
      String text,
      String detail,
      FindingSource source,
      FindingStatus status,
      UnitRef unit,
      OfficialRef lead,
      boolean publiclyDisclosed,
      String nondisclosureReason,
      UUID reopenedFromId,
      CloseOutEntry closeOut,
      List<MeasureEntry> measures,
      List<FindingEntry> children)
      implements CountedFinding {

    public FindingEntry {
      measures = List.copyOf(measures);
      children = List.copyOf(children);
    }

    /** Its unit is the viewer's, or the viewer's unit shares one of its measures. */
    boolean concerns(Viewer viewer) {
      if (unit != null && viewer.maySee(unit.id())) {
        return true;
      }
      return measures.stream()
          .flatMap(m -> m.units().stream())
          .anyMatch(u -> viewer.maySee(u.id()));
    }

    FindingEntry withChildren(List<FindingEntry> kept) {
      return new FindingEntry(
          id,
          code,
          label,
          aspect,
          text,
          detail,
          source,
          status,
          unit,
          lead,
          publiclyDisclosed,
          nondisclosureReason,
          reopenedFromId,
          closeOut,
          measures,
          kept);
    }

    /** The same finding in another status (what-if views and tests of the projections). */
    public FindingEntry withStatus(FindingStatus other) {
      return new FindingEntry(
          id,
          code,
          label,
          aspect,
          text,
          detail,
          source,
          other,
          unit,
          lead,
          publiclyDisclosed,
          nondisclosureReason,
          reopenedFromId,
          closeOut,
          measures,
          children);
    }
  }

  /** 整改措施 with what was reported about it. */
  public record MeasureEntry(
      UUID id,
      int ordinal,
      String text,
      List<UnitRef> units,
      String responsiblePerson,
      String leadOfficial,
      LocalDate deadline,
      Term term,
      MeasureStatus status,
      boolean overdue,
      LocalDate completedOn,
      List<NoteEntry> progress,
      List<EvidenceEntry> evidence,
      List<InstitutionEntry> institutions,
      List<MoneyEntry> money,
      List<SanctionEntry> sanctions)
      implements CountedMeasure {

    public MeasureEntry {
      units = List.copyOf(units);
      progress = List.copyOf(progress);
      evidence = List.copyOf(evidence);
      institutions = List.copyOf(institutions);
      money = List.copyOf(money);
      sanctions = List.copyOf(sanctions);
    }

    @Override
    public boolean completed() {
      return status.isCompleted();
    }

    /** The last 整改进展 reported, if any. */
    public Optional<NoteEntry> latestProgress() {
      return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(progress.size() - 1));
    }
  }

  /** 整改进展, oldest first. */
  public record NoteEntry(String text, String author, Instant createdAt) {}

  /** 佐证材料, oldest first. */
  public record EvidenceEntry(
      UUID id,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  /** 建章立制. */
  public record InstitutionEntry(
      InstitutionAction action, String title, String documentNumber, LocalDate issuedOn) {}

  /** 挽回/清退/追缴. */
  public record MoneyEntry(MoneyKind kind, BigDecimal amount, String note) {}

  /** 问责. */
  public record SanctionEntry(Sanction sanction, int personCount, String note) {}

  /** 销号. */
  public record CloseOutEntry(
      CloseOutMode mode,
      LocalDate closedOn,
      String closedBy,
      String directiveTitle,
      String directiveDocumentNumber) {}

  /** 移交事项. */
  public record HandoverEntry(
      UUID id,
      HandoverKind kind,
      int ordinal,
      String title,
      HandoverStatus status,
      String result) {}

  /** 合计: the counts of {@link LedgerCounts} and the overdue measures. */
  public record Totals(
      int findings,
      int findingsFinished,
      int measures,
      int measuresCompleted,
      int measuresOverdue) {

    static Totals of(LedgerCounts counts, int overdue) {
      return new Totals(
          counts.findings(),
          counts.findingsFinished(),
          counts.measures(),
          counts.measuresCompleted(),
          overdue);
    }
  }
}
