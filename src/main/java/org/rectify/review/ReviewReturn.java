package org.rectify.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 退回记录: who returned a plan, a close-out application or a bulletin, when and why. */
@Entity
@Table(name = "review_return")
public class ReviewReturn {

  @Id private UUID id;

  private UUID findingId;

  private UUID bulletinId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReviewStep step;

  @Column(nullable = false)
  private String reason;

  @Column(nullable = false)
  private String returnedBy;

  @Column(nullable = false)
  private Instant returnedAt;

  protected ReviewReturn() {}

  private ReviewReturn(
      UUID findingId, UUID bulletinId, ReviewStep step, String reason, String returnedBy) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("退回必须说明理由");
    }
    this.id = UUID.randomUUID();
    this.findingId = findingId;
    this.bulletinId = bulletinId;
    this.step = step;
    this.reason = reason.strip();
    this.returnedBy = returnedBy;
    this.returnedAt = Instant.now();
  }

  public static ReviewReturn ofFinding(
      UUID findingId, ReviewStep step, String reason, String returnedBy) {
    return new ReviewReturn(findingId, null, step, reason, returnedBy);
  }

  public static ReviewReturn ofBulletin(UUID bulletinId, String reason, String returnedBy) {
    return new ReviewReturn(null, bulletinId, ReviewStep.BULLETIN_APPROVAL, reason, returnedBy);
  }

  public UUID getId() {
    return id;
  }

  public UUID getFindingId() {
    return findingId;
  }

  public UUID getBulletinId() {
    return bulletinId;
  }

  public ReviewStep getStep() {
    return step;
  }

  public String getReason() {
    return reason;
  }

  public String getReturnedBy() {
    return returnedBy;
  }

  public Instant getReturnedAt() {
    return returnedAt;
  }
}
