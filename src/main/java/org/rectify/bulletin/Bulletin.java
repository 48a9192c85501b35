package org.rectify.bulletin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import java.util.UUID;
import org.rectify.inspection.Inspection;

/**
 * 通报: one edition for an inspection, drafted by the office, approved by a leader, then published.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BulletinKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BulletinStatus status = BulletinStatus.DRAFTING;

  /** {@link BulletinNarrative} as JSON. */
  @Column(nullable = false)
  private String narrative;

  private String returnReason;

  @Column(nullable = false)
  private String draftedBy;

  private String approvedBy;
  private Instant approvedAt;
  private String publishedBy;
  private Instant publishedAt;

  @Column(nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected Bulletin() {}

  public Bulletin(Inspection inspection, BulletinKind kind, String draftedBy) {
    this.id = UUID.randomUUID();
    this.inspection = inspection;
    this.kind = kind;
    this.draftedBy = draftedBy;
    this.narrative = write(BulletinNarrative.empty());
    this.createdAt = Instant.now();
  }

  /**
   * The office's draft. Figures and generated text are never typed: a narrative that overrides them
   * (stated figures, stated clause, opening, invitation) is refused.
   */
  public void redraft(BulletinKind kind, BulletinNarrative narrative, String by) {
    requireStatus(BulletinStatus.DRAFTING);
    if (narrative != null && !narrative.overrides().isEmpty()) {
      throw new IllegalArgumentException("通报的数字和生成的文字不能手工填写：" + narrative.overrides());
    }
    this.kind = kind;
    this.narrative = write(narrative);
    this.draftedBy = by;
  }

  public void submit() {
    requireStatus(BulletinStatus.DRAFTING);
    this.status = BulletinStatus.AWAITING_APPROVAL;
  }

  /** 审定. */
  public void approve(String leader) {
    requireStatus(BulletinStatus.AWAITING_APPROVAL);
    this.status = BulletinStatus.APPROVED;
    this.approvedBy = leader;
    this.approvedAt = Instant.now();
    this.returnReason = null;
  }

  /** 退回: back to drafting, always with a reason. */
  public void returnForRevision(String reason) {
    requireStatus(BulletinStatus.AWAITING_APPROVAL);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("退回必须说明理由");
    }
    this.status = BulletinStatus.DRAFTING;
    this.returnReason = reason;
  }

  public void markPublished(String by) {
    requireStatus(BulletinStatus.APPROVED);
    this.status = BulletinStatus.PUBLISHED;
    this.publishedBy = by;
    this.publishedAt = Instant.now();
  }

  private void requireStatus(BulletinStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("通报当前状态为" + status.label() + "，不能执行此操作");
    }
  }

  private static String write(BulletinNarrative narrative) {
    try {
      return JSON.writeValueAsString(narrative);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public BulletinNarrative getNarrative() {
    try {
      return JSON.readValue(narrative, BulletinNarrative.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("通报正文数据损坏：" + id, e);
    }
  }

  public UUID getId() {
    return id;
  }

  public Inspection getInspection() {
    return inspection;
  }

  public BulletinKind getKind() {
    return kind;
  }

  public BulletinStatus getStatus() {
    return status;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getApprovedAt() {
    return approvedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
