package org.rectify.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rectify.feedback.FindingStatus;
import org.rectify.feedback.LedgerCounts;
import org.rectify.feedback.LedgerCounts.CountedFinding;
import org.rectify.feedback.LedgerCounts.CountedMeasure;
import org.rectify.handover.HandoverKind;
import org.rectify.handover.HandoverStatus;
import org.rectify.plan.MeasureStatus;
import org.rectify.rectification.InstitutionAction;
import org.rectify.rectification.MoneyKind;
import org.rectify.rectification.Sanction;

/**
 * 台账快照: everything a bulletin may print, copied out of the ledger as plain values (no JPA), so that
 * a published edition can store exactly the data it was rendered from.
 *
 * @param asOf the day the snapshot was taken (截至 date)
 */
public record LedgerSnapshot(
    InspectionFacts inspection,
    List<AspectFacts> aspects,
    List<HandoverFacts> handovers,
    LocalDate asOf) {

  public LedgerSnapshot {
    aspects = aspects == null ? List.of() : List.copyOf(aspects);
    handovers = handovers == null ? List.of() : List.copyOf(handovers);
  }

  /**
   * The same snapshot without the findings marked 不公开 (and what hangs from them): the 社会 edition.
   */
  public LedgerSnapshot publicPart() {
    List<AspectFacts> kept = new ArrayList<>();
    for (AspectFacts aspect : aspects) {
      List<FindingFacts> findings =
          aspect.findings().stream()
              .filter(FindingFacts::publiclyDisclosed)
              .map(FindingFacts::publicPart)
              .toList();
      if (!findings.isEmpty()) {
        kept.add(new AspectFacts(aspect.ordinal(), aspect.heading(), findings));
      }
    }
    return new LedgerSnapshot(inspection, kept, handovers, asOf);
  }

  /** Every finding and sub-finding in reading order. */
  public List<FindingFacts> allFindings() {
    List<FindingFacts> all = new ArrayList<>();
    for (AspectFacts aspect : aspects) {
      for (FindingFacts finding : aspect.findings()) {
        all.add(finding);
        all.addAll(finding.children());
      }
    }
    return all;
  }

  /** 巡视巡察 facts the opening paragraph and the title are made of. */
  public record InspectionFacts(
      String level,
      String type,
      String roundLabel,
      String inspectingBody,
      String inspectionTeam,
      String organization,
      String organizationShort,
      LocalDate onSiteStart,
      LocalDate onSiteEnd,
      LocalDate feedbackDate) {}

  /** 方面. */
  public record AspectFacts(int ordinal, String heading, List<FindingFacts> findings) {
    public AspectFacts {
      findings = findings == null ? List.of() : List.copyOf(findings);
    }
  }

  /**
   * 具体问题 with its sub-findings and measures; leaf (具体问题) and finished as {@link LedgerCounts}
   * defines them.
   *
   * @param nondisclosureReason why it is 不公开 (only in the internal edition's data)
   */
  public record FindingFacts(
      String code,
      String text,
      String detail,
      FindingStatus status,
      boolean publiclyDisclosed,
      String nondisclosureReason,
      List<FindingFacts> children,
      List<MeasureFacts> measures)
      implements CountedFinding {

    public FindingFacts {
      children = children == null ? List.of() : List.copyOf(children);
      measures = measures == null ? List.of() : List.copyOf(measures);
    }

    FindingFacts publicPart() {
      return new FindingFacts(
          code,
          text,
          detail,
          status,
          true,
          null,
          children.stream().filter(FindingFacts::publiclyDisclosed).toList(),
          measures);
    }
  }

  /**
   * 整改措施 with what was reported about it.
   *
   * @param deadline 整改时限 (printed only for items that still need work)
   * @param notes 整改进展 texts, oldest first; the bulletin prints them as what was achieved
   */
  public record MeasureFacts(
      int ordinal,
      String text,
      MeasureStatus status,
      LocalDate deadline,
      List<String> notes,
      List<InstitutionFacts> institutions,
      List<MoneyFacts> money,
      List<SanctionFacts> sanctions)
      implements CountedMeasure {

    public MeasureFacts {
      notes = notes == null ? List.of() : List.copyOf(notes);
      institutions = institutions == null ? List.of() : List.copyOf(institutions);
      money = money == null ? List.of() : List.copyOf(money);
      sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
    }

    /** Carried out (已完成落实). */
    @Override
    public boolean completed() {
      return status != null && status.isCompleted();
    }

    /** No work left: carried out, or ended by its finding's 已作销号处理. */
    public boolean finished() {
      return status != null && status.isFinished();
    }
  }

  /** 制度: made or revised. */
  public record InstitutionFacts(InstitutionAction action, String title) {}

  /** 挽回/清退/追缴 amount in 元. */
  public record MoneyFacts(MoneyKind kind, BigDecimal amount) {}

  /** 问责: persons dealt with in one way. */
  public record SanctionFacts(Sanction sanction, int personCount) {}

  /** 移交事项 (问题线索, 信访件, 立行立改问题). */
  public record HandoverFacts(
      HandoverKind kind, String title, HandoverStatus status, List<SanctionFacts> sanctions) {
    public HandoverFacts {
      sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
    }
  }
}
