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
import java.util.UUID;
import org.rectify.handover.Handover;
import org.rectify.plan.Measure;

/** 问责: persons sanctioned, as the outcome of a measure or of a handed-over case lead. */
@Entity
@Table(name = "accountability_action")
public class AccountabilityAction {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "measure_id")
  private Measure measure;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "handover_id")
  private Handover handover;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sanction sanction;

  @Column(nullable = false)
  private int personCount;

  private String note;

  protected AccountabilityAction() {}

  private AccountabilityAction(
      Measure measure, Handover handover, Sanction sanction, int personCount, String note) {
    if (personCount < 1) {
      throw new IllegalArgumentException("问责人数必须至少为1");
    }
    this.id = UUID.randomUUID();
    this.measure = measure;
    this.handover = handover;
    this.sanction = sanction;
    this.personCount = personCount;
    this.note = note;
  }

  public static AccountabilityAction forMeasure(
      Measure measure, Sanction sanction, int personCount, String note) {
    return new AccountabilityAction(measure, null, sanction, personCount, note);
  }

  public static AccountabilityAction forHandover(
      Handover handover, Sanction sanction, int personCount, String note) {
    return new AccountabilityAction(null, handover, sanction, personCount, note);
  }

  public UUID getId() {
    return id;
  }

  public Measure getMeasure() {
    return measure;
  }

  public Handover getHandover() {
    return handover;
  }

  public Sanction getSanction() {
    return sanction;
  }

  public int getPersonCount() {
    return personCount;
  }

  public String getNote() {
    return note;
  }
}
