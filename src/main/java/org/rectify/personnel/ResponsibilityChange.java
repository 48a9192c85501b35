package org.rectify.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.rectify.organization.OpenWorkItem;

/**
 * 责任变更: one responsibility a hand-over moved — who held it until when, and who holds it since. The
 * ledger shows the current holder; these rows keep who was responsible when.
 */
@Entity
@Table(name = "responsibility_change")
public class ResponsibilityChange {

  @Id private UUID id;

  @Column(nullable = false)
  private UUID handoverId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OpenWorkItem.Kind kind;

  private UUID findingId;

  private UUID measureId;

  private String taskName;

  @Column(nullable = false)
  private String fromOfficial;

  @Column(nullable = false)
  private String fromName;

  @Column(nullable = false)
  private String toOfficial;

  @Column(nullable = false)
  private String toName;

  @Column(nullable = false)
  private Instant changedAt;

  protected ResponsibilityChange() {}

  ResponsibilityChange(
      UUID handoverId,
      OpenWorkItem.Kind kind,
      UUID findingId,
      UUID measureId,
      String taskName,
      String fromOfficial,
      String fromName,
      String toOfficial,
      String toName,
      Instant changedAt) {
    this.id = UUID.randomUUID();
    this.handoverId = handoverId;
    this.kind = kind;
    this.findingId = findingId;
    this.measureId = measureId;
    this.taskName =
        taskName == null || taskName.length() <= 500 ? taskName : taskName.substring(0, 500);
    this.fromOfficial = fromOfficial;
    this.fromName = fromName;
    this.toOfficial = toOfficial;
    this.toName = toName;
    this.changedAt = changedAt;
  }

  public UUID getHandoverId() {
    return handoverId;
  }

  public OpenWorkItem.Kind getKind() {
    return kind;
  }

  public UUID getFindingId() {
    return findingId;
  }

  public UUID getMeasureId() {
    return measureId;
  }

  public String getTaskName() {
    return taskName;
  }

  public String getFromOfficial() {
    return fromOfficial;
  }

  public String getFromName() {
    return fromName;
  }

  public String getToOfficial() {
    return toOfficial;
  }

  public String getToName() {
    return toName;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
