package org.rectify.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.rectify.plan.Measure;

/** 延期申请: a unit asks the office to move a measure's deadline; the office approves or rejects it. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measure_id")
  private Measure measure;

  @Column(nullable = false)
  private LocalDate currentDeadline;

  @Column(nullable = false)
  private LocalDate requestedDeadline;

  @Column(nullable = false)
  private String reason;

  @Column(nullable = false)
  private String requestedBy;

  @Column(nullable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExtensionStatus status = ExtensionStatus.PENDING;

  private String decisionReason;

  private String decidedBy;

  private Instant decidedAt;

  @Version private int version;

  protected ExtensionRequest() {}

  public ExtensionRequest(
      Measure measure, LocalDate requestedDeadline, String reason, String requestedBy) {
    if (!requestedDeadline.isAfter(measure.getDeadline())) {
      throw new IllegalArgumentException("申请的新时限必须晚于原时限 " + measure.getDeadline());
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("延期申请必须说明理由");
    }
    this.id = UUID.randomUUID();
    this.measure = measure;
    this.currentDeadline = measure.getDeadline();
    this.requestedDeadline = requestedDeadline;
    this.reason = reason.strip();
    this.requestedBy = requestedBy;
    this.requestedAt = Instant.now();
  }

  public void approve(String by, String note) {
    decide(ExtensionStatus.APPROVED, by, note);
  }

  /** 不予延期: a reason is mandatory. */
  public void reject(String by, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("不批准延期必须说明理由");
    }
    decide(ExtensionStatus.REJECTED, by, reason);
  }

  void withdraw() {
    if (status == ExtensionStatus.PENDING) {
      status = ExtensionStatus.WITHDRAWN;
    }
  }

  private void decide(ExtensionStatus outcome, String by, String note) {
    if (status != ExtensionStatus.PENDING) {
      throw new IllegalStateException("该延期申请已" + status.label());
    }
    this.status = outcome;
    this.decidedBy = by;
    this.decisionReason = note == null || note.isBlank() ? null : note.strip();
    this.decidedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public Measure getMeasure() {
    return measure;
  }

  public LocalDate getCurrentDeadline() {
    return currentDeadline;
  }

  public LocalDate getRequestedDeadline() {
    return requestedDeadline;
  }

  public String getReason() {
    return reason;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public ExtensionStatus getStatus() {
    return status;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
