package org.rectify.bulletin;

/**
 * 通报版本: the internal (党内) edition carries every finding, the public (社会) one leaves out those
 * marked 不公开.
 */
public enum Audience {
  INTERNAL("党内"),
  PUBLIC("社会");

  private final String label;

  Audience(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
