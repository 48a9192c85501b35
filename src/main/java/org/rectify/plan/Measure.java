package org.rectify.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.rectify.feedback.Finding;
import org.rectify.organization.Official;
import org.rectify.organization.Unit;

/** 整改措施: what a responsible unit will do about a finding, by whom and by when. */
@Entity
@Table(name = "measure")
public class Measure {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "finding_id")
  private Finding finding;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false)
  private String text;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_official_id")
  private Official leadOfficial;

  @ManyToMany
  @JoinTable(
      name = "measure_unit",
      joinColumns = @JoinColumn(name = "measure_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  @OrderBy("code")
  private Set<Unit> responsibleUnits = new LinkedHashSet<>();

  private String responsiblePerson;

  @Column(nullable = false)
  private LocalDate deadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Term term;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MeasureStatus status = MeasureStatus.DRAFT;

  @Column(nullable = false)
  private boolean overdue;

  private LocalDate completedOn;

  /**
   * The inspection the measure belongs to, kept on the row so the supervision desk filters by it.
   */
  @Column(nullable = false)
  private UUID inspectionId;

  /** The day of the latest 调度 progress call. */
  private LocalDate progressCalledOn;

  /** The day of the latest progress note. */
  private LocalDate progressReportedOn;

  @Version private int version;

  protected Measure() {}

  public Measure(
      Finding finding,
      int ordinal,
      String text,
      Set<Unit> responsibleUnits,
      String responsiblePerson,
      LocalDate deadline,
      Term term) {
    if (responsibleUnits == null || responsibleUnits.isEmpty()) {
      throw new IllegalArgumentException("整改措施至少需要一个责任单位");
    }
    this.id = UUID.randomUUID();
    this.finding = finding;
    this.ordinal = ordinal;
    this.text = text;
    this.responsibleUnits.addAll(responsibleUnits);
    this.responsiblePerson = responsiblePerson;
    this.deadline = deadline;
    this.term = term;
    this.leadOfficial = finding.getLeadOfficial();
    this.inspectionId = finding.getAspect().getFeedback().getInspection().getId();
  }

  /** The office approved the plan: the measure is now being carried out. */
  public void approve() {
    if (status == MeasureStatus.DRAFT) {
      status = MeasureStatus.IN_PROGRESS;
    }
  }

  public void complete(LocalDate on) {
    this.status =
        term == Term.LONG_TERM ? MeasureStatus.COMPLETED_ONGOING : MeasureStatus.COMPLETED;
    this.completedOn = on;
    this.overdue = false;
  }

  /**
   * 已作销号处理: the finding was closed by a higher notice; a measure not yet carried out ends with it
   * (it is neither open nor counted as carried out).
   */
  public void closeByDirective() {
    if (!status.isFinished()) {
      this.status = MeasureStatus.CLOSED_BY_DIRECTIVE;
      this.overdue = false;
    }
  }

  /** The deadline passed with the measure unfinished. */
  public void markOverdue() {
    if (!status.isFinished()) {
      this.overdue = true;
    }
  }

  /** 延期: an approved extension moves the deadline and lifts the overdue flag. */
  public void extendDeadline(LocalDate newDeadline) {
    if (!newDeadline.isAfter(deadline)) {
      throw new IllegalArgumentException("延期后的时限必须晚于原时限 " + deadline);
    }
    this.deadline = newDeadline;
    this.overdue = false;
  }

  /** 工作交接: another person is 责任人 from now on. */
  public void handOverTo(String responsiblePerson) {
    this.responsiblePerson = responsiblePerson;
  }

  /** A 调度 progress call asked the unit for a progress note on {@code day}. */
  public void progressCalled(LocalDate day) {
    if (progressCalledOn == null || day.isAfter(progressCalledOn)) {
      this.progressCalledOn = day;
    }
  }

  /** The unit reported progress on {@code day} (a progress note). */
  public void progressReported(LocalDate day) {
    if (progressReportedOn == null || day.isAfter(progressReportedOn)) {
      this.progressReportedOn = day;
    }
  }

  /** The latest 调度 call has no progress note on or after its day. */
  public boolean isProgressCallUnanswered() {
    return progressCalledOn != null
        && (progressReportedOn == null || progressReportedOn.isBefore(progressCalledOn));
  }

  public void leadBy(Official official) {
    this.leadOfficial = official;
  }

  public UUID getId() {
    return id;
  }

  public Finding getFinding() {
    return finding;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getText() {
    return text;
  }

  public Official getLeadOfficial() {
    return leadOfficial;
  }

  public Set<Unit> getResponsibleUnits() {
    return Collections.unmodifiableSet(responsibleUnits);
  }

  public String getResponsiblePerson() {
    return responsiblePerson;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public Term getTerm() {
    return term;
  }

  public MeasureStatus getStatus() {
    return status;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public UUID getInspectionId() {
    return inspectionId;
  }

  public LocalDate getProgressCalledOn() {
    return progressCalledOn;
  }

  public LocalDate getProgressReportedOn() {
    return progressReportedOn;
  }
}
