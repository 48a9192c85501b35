package org.rectify.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** 巡视类别: one track of a combined inspection, e.g. 常规巡视 and 营商环境专项巡视. */
@Entity
@Table(name = "track")
public class Track {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "inspection_id")
  private Inspection inspection;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false)
  private String name;

  protected Track() {}

  Track(Inspection inspection, int ordinal, String name) {
    this.id = UUID.randomUUID();
    this.inspection = inspection;
    this.ordinal = ordinal;
    this.name = name;
  }

  public UUID getId() {
    return id;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getName() {
    return name;
  }
}
