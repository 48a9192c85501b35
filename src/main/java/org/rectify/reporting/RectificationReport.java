package org.rectify.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.rectify.inspection.Inspection;

/**
 * 整改情况报告: what the office filed when the report deadline came, and the stage bulletin it started,
 * if any.
 */
@Entity
@Table(name = "rectification_report")
public class RectificationReport {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  /** 报告摘要 or the report's document number and title. */
  @Column(nullable = false)
  private String summary;

  private UUID stageBulletinId;

  @Column(nullable = false)
  private String submittedBy;

  @Column(nullable = false)
  private Instant submittedAt;

  protected RectificationReport() {}

  RectificationReport(
      Inspection inspection, String summary, UUID stageBulletinId, String submittedBy) {
    this.id = UUID.randomUUID();
    this.inspection = inspection;
    this.summary = summary;
    this.stageBulletinId = stageBulletinId;
    this.submittedBy = submittedBy;
    this.submittedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public Inspection getInspection() {
    return inspection;
  }

  public String getSummary() {
    return summary;
  }

  public UUID getStageBulletinId() {
    return stageBulletinId;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
