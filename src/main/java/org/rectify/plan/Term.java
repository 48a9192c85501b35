package org.rectify.plan;

/** 整改时限类型. */
public enum Term {
  IMMEDIATE("立行立改"),
  TIME_BOUND("限期整改"),
  LONG_TERM("长期坚持");

  private final String label;

  Term(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
