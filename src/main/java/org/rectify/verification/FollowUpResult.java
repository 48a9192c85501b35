package org.rectify.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 回头看结果: whether a closed-out long-term finding relapsed (反弹), and the finding reopening it. */
@Entity
@Table(name = "follow_up_check")
public class FollowUpResult {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID findingId;

  @Column(nullable = false)
  private boolean relapsed;

  @Column(nullable = false)
  private String note;

  @Column(nullable = false)
  private String checkedBy;

  @Column(nullable = false)
  private Instant checkedAt;

  private UUID reopenedFindingId;

  protected FollowUpResult() {}

  public FollowUpResult(UUID findingId, boolean relapsed, String note, String checkedBy) {
    if (note == null || note.isBlank()) {
      throw new IllegalArgumentException("回头看必须填写检查情况");
    }
    this.id = UUID.randomUUID();
    this.findingId = findingId;
    this.relapsed = relapsed;
    this.note = note.strip();
    this.checkedBy = checkedBy;
    this.checkedAt = Instant.now();
  }

  void reopenedAs(UUID findingId) {
    this.reopenedFindingId = findingId;
  }

  public UUID getId() {
    return id;
  }

  public UUID getFindingId() {
    return findingId;
  }

  public boolean isRelapsed() {
    return relapsed;
  }

  public String getNote() {
    return note;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public UUID getReopenedFindingId() {
    return reopenedFindingId;
  }
}
