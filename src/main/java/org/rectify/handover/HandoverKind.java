package org.rectify.handover;

/** What the inspection team handed over besides the feedback report. */
public enum HandoverKind {
  IMMEDIATE_ISSUE("立行立改问题", "个"),
  CASE_LEAD("问题线索", "条"),
  PETITION("信访件", "件");

  private final String label;
  private final String countWord;

  HandoverKind(String label, String countWord) {
    this.label = label;
    this.countWord = countWord;
  }

  public String label() {
    return label;
  }

  /** 量词 used when counting items of this kind. */
  public String countWord() {
    return countWord;
  }
}
