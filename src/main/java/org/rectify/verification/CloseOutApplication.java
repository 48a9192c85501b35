package org.rectify.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * 销号申请: the unit's self-check (部门自审), then the lead official's confirmation (责任领导确认), then the
 * office's certification (审核认定). A return ends the application; the unit applies anew.
 */
@Entity
@Table(name = "close_out_application")
public class CloseOutApplication {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID findingId;

  @Column(nullable = false)
  private String selfCheck;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationStatus status = ApplicationStatus.APPLIED;

  @Column(nullable = false)
  private String appliedBy;

  @Column(nullable = false)
  private Instant appliedAt;

  private String confirmedBy;

  private Instant confirmedAt;

  private String certifiedBy;

  private Instant certifiedAt;

  @Version private int version;

  protected CloseOutApplication() {}

  public CloseOutApplication(UUID findingId, String selfCheck, String appliedBy) {
    if (selfCheck == null || selfCheck.isBlank()) {
      throw new IllegalArgumentException("申请销号必须填写部门自审意见");
    }
    this.id = UUID.randomUUID();
    this.findingId = findingId;
    this.selfCheck = selfCheck.strip();
    this.appliedBy = appliedBy;
    this.appliedAt = Instant.now();
  }

  /** 责任领导确认. */
  public void confirm(String by) {
    require(ApplicationStatus.APPLIED);
    status = ApplicationStatus.CONFIRMED;
    confirmedBy = by;
    confirmedAt = Instant.now();
  }

  /** 审核认定. */
  public void certify(String by) {
    require(ApplicationStatus.CONFIRMED);
    status = ApplicationStatus.CERTIFIED;
    certifiedBy = by;
    certifiedAt = Instant.now();
  }

  /** 退回: by the lead official or the office; the reason is kept in the returns table. */
  public void returnForRevision() {
    if (status != ApplicationStatus.APPLIED && status != ApplicationStatus.CONFIRMED) {
      throw new IllegalStateException("销号申请已" + status.label() + "，不能退回");
    }
    status = ApplicationStatus.RETURNED;
  }

  private void require(ApplicationStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("销号申请当前为" + status.label() + "，应为" + expected.label());
    }
  }

  public UUID getId() {
    return id;
  }

  public UUID getFindingId() {
    return findingId;
  }

  public String getSelfCheck() {
    return selfCheck;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public String getAppliedBy() {
    return appliedBy;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public String getCertifiedBy() {
    return certifiedBy;
  }

  public Instant getCertifiedAt() {
    return certifiedAt;
  }
}
