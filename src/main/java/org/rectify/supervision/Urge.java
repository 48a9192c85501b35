package org.rectify.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 催办: a short urge from a supervisor or the office to the unit carrying out a measure (and, if
 * asked, its lead official). At most one per measure and day ({@code urged_on} is unique with the
 * measure); the unit answers it with a progress note.
 */
@Entity
@Table(name = "urge")
public class Urge {

  static final int MAX_TEXT = 500;

  @Id private UUID id;

  @Column(nullable = false)
  private UUID measureId;

  @Column(nullable = false)
  private String text;

  @Column(nullable = false)
  private String urgedBy;

  @Column(nullable = false)
  private Instant urgedAt;

  @Column(nullable = false)
  private LocalDate urgedOn;

  @Column(nullable = false)
  private boolean toLeadOfficial;

  protected Urge() {}

  Urge(
      UUID measureId,
      String text,
      String urgedBy,
      Instant urgedAt,
      LocalDate urgedOn,
      boolean toLeadOfficial) {
    this.id = UUID.randomUUID();
    this.measureId = measureId;
    this.text = text;
    this.urgedBy = urgedBy;
    this.urgedAt = urgedAt;
    this.urgedOn = urgedOn;
    this.toLeadOfficial = toLeadOfficial;
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

  public String getUrgedBy() {
    return urgedBy;
  }

  public Instant getUrgedAt() {
    return urgedAt;
  }

  public LocalDate getUrgedOn() {
    return urgedOn;
  }

  public boolean isToLeadOfficial() {
    return toLeadOfficial;
  }
}
