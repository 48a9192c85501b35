package org.rectify.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.rectify.inspection.Inspection;

/** 移交事项: an on-site immediate-fix item, a case lead or a petition, tracked with its own status. */
@Entity
@Table(name = "handover")
public class Handover {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HandoverKind kind;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private HandoverStatus status = HandoverStatus.RECEIVED;

  private String result;

  protected Handover() {}

  public Handover(Inspection inspection, HandoverKind kind, int ordinal, String title) {
    this.id = UUID.randomUUID();
    this.inspection = inspection;
    this.kind = kind;
    this.ordinal = ordinal;
    this.title = title;
  }

  public void startHandling() {
    this.status = HandoverStatus.IN_HANDLING;
  }

  public void conclude(String result) {
    this.status = HandoverStatus.CONCLUDED;
    this.result = result;
  }

  public UUID getId() {
    return id;
  }

  public Inspection getInspection() {
    return inspection;
  }

  public HandoverKind getKind() {
    return kind;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getTitle() {
    return title;
  }

  public HandoverStatus getStatus() {
    return status;
  }

  public String getResult() {
    return result;
  }
}
