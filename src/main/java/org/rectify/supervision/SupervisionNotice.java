package org.rectify.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 督办: a supervisor's notice urging an overdue measure to be carried out. */
@Entity
@Table(name = "supervision_notice")
public class SupervisionNotice {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID measureId;

  @Column(nullable = false)
  private String text;

  @Column(nullable = false)
  private String issuedBy;

  @Column(nullable = false)
  private Instant issuedAt;

  protected SupervisionNotice() {}

  public SupervisionNotice(UUID measureId, String text, String issuedBy) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("督办意见不能为空");
    }
    this.id = UUID.randomUUID();
    this.measureId = measureId;
    this.text = text.strip();
    this.issuedBy = issuedBy;
    this.issuedAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public UUID getMeasureId() {
    return measureId;
  }

  public String getText() {
    return text;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }
}
