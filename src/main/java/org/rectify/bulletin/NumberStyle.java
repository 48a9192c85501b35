package org.rectify.bulletin;

/** 编号样式: the markers Chinese official documents put in front of headings and items. */
public enum NumberStyle {
  CN_DUNHAO("一、"),
  CN_PAREN("（一）"),
  CN_PAREN_ASCII("(一)"),
  AR_DOT("1."),
  AR_FULLDOT("1．"),
  AR_DUNHAO("1、"),
  AR_PAREN("（1）"),
  AR_PAREN_ASCII("(1)"),
  CIRCLED("①"),
  CN_SHI("一是"),
  /** 反馈问题1： (corpus 026, aspect level). */
  FEEDBACK_LABEL("反馈问题1："),
  NONE("");

  private final String example;

  NumberStyle(String example) {
    this.example = example;
  }

  public String example() {
    return example;
  }

  /** The marker for the n-th item (1-based). */
  public String marker(int n) {
    return switch (this) {
      case CN_DUNHAO -> ChineseText.numeral(n) + "、";
      case CN_PAREN -> "（" + ChineseText.numeral(n) + "）";
      case CN_PAREN_ASCII -> "(" + ChineseText.numeral(n) + ")";
      case AR_DOT -> n + ".";
      case AR_FULLDOT -> n + "．";
      case AR_DUNHAO -> n + "、";
      case AR_PAREN -> "（" + n + "）";
      case AR_PAREN_ASCII -> "(" + n + ")";
      case CIRCLED -> ChineseText.circled(n);
      case CN_SHI -> ChineseText.numeral(n) + "是";
      case FEEDBACK_LABEL -> "反馈问题" + n + "：";
      case NONE -> "";
    };
  }
}
