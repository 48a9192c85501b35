package org.rectify.rectification;

/** How money came back through rectification. */
public enum MoneyKind {
  LOSS_RECOVERED("挽回经济损失"),
  REFUNDED("清退"),
  ARREARS_RECOVERED("追缴");

  private final String label;

  MoneyKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
