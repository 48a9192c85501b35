package org.rectify.importing;

import java.util.List;

/**
 * The layout of the 整改台账 workbook: sheet 基本信息 (one row per inspection field: 项目, 内容, 说明), sheet
 * 整改台账 (one header row, then one row per measure; a blank 方面 or 具体问题 cell means "same as the row
 * above", so merged cells work), sheet 说明.
 */
final class LedgerLayout {

  static final String INFO_SHEET = "基本信息";
  static final String LEDGER_SHEET = "整改台账";
  static final String HELP_SHEET = "说明";
  static final String LISTS_SHEET = "选项";

  /** Values of 是否公开. */
  static final List<String> YES = List.of("是", "公开");

  static final List<String> NO = List.of("否", "不公开");

  private LedgerLayout() {}

  /** The columns of 整改台账, in order (A, B, …). */
  enum Column {
    SEQUENCE("序号", false, "可选，仅供阅读；只有形如 1.2.1 的三级编号有含义：该行的问题是上方问题（如 1.2）的子问题。"),
    ASPECT("方面", true, "反馈意见的方面（如“贯彻落实党中央决策部署方面”）。同一方面的后续行可留空，表示同上。"),
    FINDING("具体问题", true, "具体问题的表述。一个问题有多条措施时，可每行重复填写或留空（表示同上）。"),
    DETAIL("问题详情", false, "可选：问题的具体表现、事实依据。"),
    UNIT("责任单位", false, "可选：牵头责任单位的名称或代码（见“选项”表）；分解交办时也可再指定。"),
    LEADER("责任领导", false, "可选：责任领导的姓名或用户名。"),
    MEASURE("整改措施", false, "可选：已制定的整改措施，每行一条；不填表示只登记问题。"),
    MEASURE_UNITS("措施责任单位", false, "可选：措施的责任单位，多个用“、”分隔；不填则为问题的责任单位。"),
    PERSON("责任人", false, "可选：措施的责任人。"),
    DEADLINE("整改时限", false, "填写了整改措施时必填：日期，如 2026-03-31 或 2026年3月31日，不能早于反馈日期。"),
    TERM("时限类型", false, "填写了整改措施时必填：立行立改、限期整改 或 长期坚持。"),
    PUBLIC("是否公开", false, "可选：是 / 否，默认“是”（在社会版通报中公开）。"),
    REASON("不公开理由", false, "“是否公开”为“否”时必填。");

    private final String header;
    private final boolean required;
    private final String help;

    Column(String header, boolean required, String help) {
      this.header = header;
      this.required = required;
      this.help = help;
    }

    String header() {
      return header;
    }

    boolean required() {
      return required;
    }

    String help() {
      return help;
    }

    int index() {
      return ordinal();
    }
  }

  /** The rows of 基本信息: label in column A, value in column B. */
  enum Info {
    LEVEL("层级", "level", true, "巡视 或 巡察"),
    TYPE("类型", "type", false, "常规、专项 或 回头看，默认常规"),
    ROUND("轮次", "roundLabel", false, "如 2022-2027年第二轮常规巡察"),
    TOPIC("专项主题", "specialTopic", false, "专项巡视巡察的主题"),
    BODY("巡视巡察主体", "inspectingBody", true, "如 区委"),
    TEAM("巡视组/巡察组", "inspectionTeam", true, "如 区委第一巡察组"),
    ORGANIZATION("被巡视巡察党组织", "inspectedOrganization", true, "全称"),
    SHORT_NAME("被巡视巡察党组织简称", "inspectedOrganizationShort", false, "可选"),
    ON_SITE_START("进驻开始日期", "onSiteStart", false, "日期，如 2025-03-12"),
    ON_SITE_END("进驻结束日期", "onSiteEnd", false, "日期，不能早于开始日期"),
    FEEDBACK_DATE("反馈日期", "feedbackDate", true, "日期，如 2025-08-22，不能早于进驻结束日期"),
    SUMMARY("反馈意见摘要", "feedback.summary", false, "可选：反馈意见原文或摘要"),
    SUGGESTIONS("整改意见", "feedback.suggestions", false, "可选：每行一条（单元格内换行）");

    private final String label;
    private final String path;
    private final boolean required;
    private final String help;

    Info(String label, String path, boolean required, String help) {
      this.label = label;
      this.path = path;
      this.required = required;
      this.help = help;
    }

    String label() {
      return label;
    }

    String path() {
      return path;
    }

    boolean required() {
      return required;
    }

    String help() {
      return help;
    }
  }

  /** Column letter of a zero-based index (A … Z, AA …). */
  static String letter(int column) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString();
  }
}
