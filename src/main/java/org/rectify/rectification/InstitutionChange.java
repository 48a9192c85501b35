package org.rectify.rectification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.rectify.plan.Measure;

/** 建章立制: an institution (制度) made or revised as the outcome of a measure. */
@Entity
@Table(name = "institution_change")
public class InstitutionChange {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measure_id")
  private Measure measure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InstitutionAction action;

  @Column(nullable = false)
  private String title;

  private String documentNumber;

  private LocalDate issuedOn;

  protected InstitutionChange() {}

  public InstitutionChange(
      Measure measure,
      InstitutionAction action,
      String title,
      String documentNumber,
      LocalDate issuedOn) {
    this.id = UUID.randomUUID();
    this.measure = measure;
    this.action = action;
    this.title = title;
    this.documentNumber = documentNumber;
    this.issuedOn = issuedOn;
  }

  public UUID getId() {
    return id;
  }

  public Measure getMeasure() {
    return measure;
  }

  public InstitutionAction getAction() {
    return action;
  }

  public String getTitle() {
    return title;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }
}
