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
import java.math.BigDecimal;
import java.util.UUID;
import org.rectify.plan.Measure;

/** 挽回经济损失/清退/追缴: an amount in 元 recovered by a measure. */
@Entity
@Table(name = "money_recovery")
public class MoneyRecovery {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "measure_id")
  private Measure measure;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MoneyKind kind;

  /** In 元. */
  @Column(nullable = false)
  private BigDecimal amount;

  private String note;

  protected MoneyRecovery() {}

  public MoneyRecovery(Measure measure, MoneyKind kind, BigDecimal amount, String note) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("金额必须大于零");
    }
    this.id = UUID.randomUUID();
    this.measure = measure;
    this.kind = kind;
    this.amount = amount;
    this.note = note;
  }

  public UUID getId() {
    return id;
  }

  public Measure getMeasure() {
    return measure;
  }

  public MoneyKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getNote() {
    return note;
  }
}
