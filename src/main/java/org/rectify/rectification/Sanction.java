package org.rectify.rectification;

/** 问责方式, grouped as the bulletins report them. */
public enum Sanction {
  CRITICISM_EDUCATION("批评教育", SanctionCategory.ORGANISATIONAL),
  REMINDER_TALK("谈话提醒", SanctionCategory.ORGANISATIONAL),
  ADMONITION_TALK("诫勉谈话", SanctionCategory.ORGANISATIONAL),
  ORDERED_SELF_CRITICISM("责令作出检查", SanctionCategory.ORGANISATIONAL),
  NOTICE_OF_CRITICISM("通报批评", SanctionCategory.ORGANISATIONAL),
  PARTY_WARNING("党内警告", SanctionCategory.PARTY_DISCIPLINE),
  PARTY_SERIOUS_WARNING("党内严重警告", SanctionCategory.PARTY_DISCIPLINE),
  PARTY_PROBATION("留党察看", SanctionCategory.PARTY_DISCIPLINE),
  PARTY_EXPULSION("开除党籍", SanctionCategory.PARTY_DISCIPLINE),
  GOVERNMENT_SANCTION("政务处分", SanctionCategory.GOVERNMENT),
  CASE_FILED("立案审查调查", SanctionCategory.CASE);

  private final String label;
  private final SanctionCategory category;

  Sanction(String label, SanctionCategory category) {
    this.label = label;
    this.category = category;
  }

  public String label() {
    return label;
  }

  public SanctionCategory category() {
    return category;
  }

  /** 处理类别. */
  public enum SanctionCategory {
    ORGANISATIONAL("组织处理"),
    PARTY_DISCIPLINE("党纪处分"),
    GOVERNMENT("政务处分"),
    CASE("立案审查调查");

    private final String label;

    SanctionCategory(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
