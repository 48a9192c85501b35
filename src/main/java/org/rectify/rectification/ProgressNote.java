package org.rectify.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.rectify.plan.Measure;

/** 整改进展: a dated note of what was done on a measure. */
@Entity
@Table(name = "progress_note")
public class ProgressNote {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measure_id")
  private Measure measure;

  @Column(nullable = false)
  private String text;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private Instant createdAt;

  protected ProgressNote() {}

  public ProgressNote(Measure measure, String text, String author) {
    this.id = UUID.randomUUID();
    this.measure = measure;
    this.text = text;
    this.author = author;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public Measure getMeasure() {
    return measure;
  }

  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
