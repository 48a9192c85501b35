package org.rectify.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** 整改意见/意见建议: a recommendation of the inspection team. */
@Entity
@Table(name = "suggestion")
public class Suggestion {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "feedback_id")
  private Feedback feedback;

  @Column(nullable = false)
  private int ordinal;

  @Column(nullable = false)
  private String text;

  protected Suggestion() {}

  Suggestion(Feedback feedback, int ordinal, String text) {
    this.id = UUID.randomUUID();
    this.feedback = feedback;
    this.ordinal = ordinal;
    this.text = text;
  }

  public UUID getId() {
    return id;
  }

  public int getOrdinal() {
    return ordinal;
  }

  public String getText() {
    return text;
  }
}
