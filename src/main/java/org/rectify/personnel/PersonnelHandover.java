package org.rectify.personnel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 工作交接: one hand-over of a departing or moving official's open work. */
@Entity
@Table(name = "personnel_handover")
public class PersonnelHandover {

  @Id private UUID id;

  @Column(nullable = false)
  private String fromOfficial;

  @Column(nullable = false)
  private String reason;

  @Column(nullable = false)
  private String handedBy;

  @Column(nullable = false)
  private Instant handedAt;

  protected PersonnelHandover() {}

  PersonnelHandover(String fromOfficial, String reason, String handedBy, Instant handedAt) {
    this.id = UUID.randomUUID();
    this.fromOfficial = fromOfficial;
    this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
    this.handedBy = handedBy;
    this.handedAt = handedAt;
  }

  public UUID getId() {
    return id;
  }

  public String getFromOfficial() {
    return fromOfficial;
  }

  public String getReason() {
    return reason;
  }

  public String getHandedBy() {
    return handedBy;
  }

  public Instant getHandedAt() {
    return handedAt;
  }
}
