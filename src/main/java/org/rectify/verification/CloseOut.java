package org.rectify.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.rectify.feedback.Finding;

/** 销号: the audited fact that a finding is closed out, by sign-off or by a higher notice. */
@Entity
@Table(name = "close_out")
public class CloseOut {

  @Id private UUID id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "finding_id")
  private Finding finding;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CloseOutMode mode;

  private String directiveTitle;

  private String directiveDocumentNumber;

  @Column(nullable = false)
  private LocalDate closedOn;

  @Column(nullable = false)
  private String closedBy;

  private String note;

  protected CloseOut() {}

  private CloseOut(
      Finding finding, CloseOutMode mode, LocalDate closedOn, String closedBy, String note) {
    this.id = UUID.randomUUID();
    this.finding = finding;
    this.mode = mode;
    this.closedOn = closedOn;
    this.closedBy = closedBy;
    this.note = note;
  }

  public static CloseOut bySignOff(Finding finding, LocalDate on, String certifiedBy, String note) {
    return new CloseOut(finding, CloseOutMode.SIGN_OFF, on, certifiedBy, note);
  }

  /** 已作销号处理 by the notice {@code title} with document number {@code documentNumber}. */
  public static CloseOut byDirective(
      Finding finding, String title, String documentNumber, LocalDate on, String recordedBy) {
    if (documentNumber == null || documentNumber.isBlank()) {
      throw new IllegalArgumentException("按上级通知销号必须填写通知文号");
    }
    CloseOut closeOut = new CloseOut(finding, CloseOutMode.DIRECTIVE, on, recordedBy, null);
    closeOut.directiveTitle = title;
    closeOut.directiveDocumentNumber = documentNumber;
    return closeOut;
  }

  public UUID getId() {
    return id;
  }

  public Finding getFinding() {
    return finding;
  }

  public CloseOutMode getMode() {
    return mode;
  }

  public String getDirectiveTitle() {
    return directiveTitle;
  }

  public String getDirectiveDocumentNumber() {
    return directiveDocumentNumber;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public String getNote() {
    return note;
  }
}
