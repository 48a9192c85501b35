package org.rectify.bulletin;

import java.util.List;
import java.util.Map;
import org.rectify.feedback.FindingStatus;

/**
 * 版式方案: everything the real bulletins vary in, as data (JSON under {@code bulletin/profiles/}), so
 * that one ledger can be printed in the style an issuing organisation uses.
 *
 * <p>Text templates use {@code {slot}} placeholders; the slots are listed in {@link
 * BulletinComposer}.
 *
 * @param name file name without extension
 * @param description what the profile looks like and which corpus documents it follows
 * @param title how the title is assembled
 * @param dateLine date line directly under the title
 * @param signature 落款 at the end
 * @param indent characters in front of every body line (none, two spaces or {@code 　　})
 * @param opening opening paragraph template
 * @param sections top-level sections in order
 * @param sectionStyle numbering of the top-level sections
 * @param overallItemStyle numbering of the 总体情况 items (NONE for plain paragraphs)
 * @param aspects 方面 level
 * @param findings 问题 level
 * @param subFindings 子问题 level
 * @param body labels and measure layout under each problem
 * @param statistics the statistics sentence
 * @param plans 下步打算 items
 * @param further 需要进一步整改的事项 items
 * @param invitation supervision invitation sentence; the contact text follows on the same line or
 *     on its own
 * @param contactOnOwnLine contact data on a line of its own instead of after the invitation
 */
public record RenderProfile(
    String name,
    String description,
    TitleSpec title,
    DateLineStyle dateLine,
    SignatureStyle signature,
    String indent,
    String opening,
    List<SectionSpec> sections,
    NumberStyle sectionStyle,
    NumberStyle overallItemStyle,
    LevelSpec aspects,
    LevelSpec findings,
    LevelSpec subFindings,
    BodySpec body,
    StatisticsSpec statistics,
    PlanSpec plans,
    FurtherSpec further,
    String invitation,
    boolean contactOnOwnLine) {

  public RenderProfile {
    indent = indent == null ? "" : indent;
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

  /**
   * Title parts: {@code <issuer>关于<scope><level><statusWord>情况的<kindWord>}.
   *
   * @param template e.g. {@code {issuer}关于{scope}{level}{statusWord}情况的{kindWord}}
   * @param stageStatusWord status word of a stage bulletin (整改进展, 整改阶段性进展 …)
   * @param finalStatusWord status word of the final bulletin (整改落实完成, 整改 …)
   * @param kindWord 通报, 报告, 公示
   */
  public record TitleSpec(
      String template, String stageStatusWord, String finalStatusWord, String kindWord) {}

  /** Whether a date line follows the title. */
  public enum DateLineStyle {
    NONE,
    ZERO_PADDED
  }

  /** 落款 layout. */
  public enum SignatureStyle {
    NONE,
    TWO_LINES,
    SAME_LINE
  }

  /** A top-level section. */
  public enum SectionKind {
    OVERALL,
    PROBLEMS,
    HANDOVERS,
    FURTHER,
    PLAN
  }

  /** One top-level section with its heading text. */
  public record SectionSpec(SectionKind kind, String heading) {}

  /** Whether counters run through the whole document or restart under every parent. */
  public enum CounterScope {
    GLOBAL,
    PER_PARENT
  }

  /**
   * Numbering and heading form of one level.
   *
   * @param heading template, slots {@code {text}} and {@code {detail}} (aspects: {@code {heading}})
   * @param omitMarkerWhenOnlyChild an only item under its parent is printed without a marker (002)
   * @param runIn the body follows the heading in the same paragraph (019, 029, 117: 1.针对…的问题。我中心…);
   *     only when the body has no label
   */
  public record LevelSpec(
      NumberStyle style,
      CounterScope scope,
      String heading,
      boolean omitMarkerWhenOnlyChild,
      boolean runIn) {}

  /** How the body under a problem is labelled. */
  public enum LabelMode {
    /** One label for every problem, e.g. 整改情况. */
    SINGLE,
    /** 取得成效 for finished problems, 进展情况 + 下步工作打算 for open ones (001, 002). */
    STATUS_DEPENDENT
  }

  /**
   * Labels and measure layout.
   *
   * @param label the single label (SINGLE mode)
   * @param achievedLabel label of finished problems (STATUS_DEPENDENT)
   * @param progressLabel label of what was done on open problems (STATUS_DEPENDENT)
   * @param nextStepsLabel label of what is still to do on open problems (STATUS_DEPENDENT)
   * @param measureStyle marker in front of each measure's text when there are several
   * @param statusValues the finding's status printed as the label's value (023: 整改情况：未全部完成，持续推进),
   *     measures then follow as paragraphs; a status missing from the map prints the label alone
   */
  public record BodySpec(
      LabelMode mode,
      String label,
      String achievedLabel,
      String progressLabel,
      String nextStepsLabel,
      NumberStyle measureStyle,
      Map<FindingStatus, String> statusValues) {
    public BodySpec {
      statusValues = statusValues == null ? Map.of() : Map.copyOf(statusValues);
    }
  }

  /** Where the statistics sentence goes. */
  public enum StatisticsPlacement {
    NONE,
    /** At the end of the last 总体情况 paragraph, same line. */
    OVERALL_APPEND,
    /** Own paragraph at the top of the problems section. */
    PROBLEMS_INTRO
  }

  /**
   * The statistics sentence: clauses joined by {@code separator}, each clause's items joined by
   * {@code joiner}; items print only when their condition holds.
   */
  public record StatisticsSpec(
      StatisticsPlacement placement,
      String prefix,
      String separator,
      String end,
      List<Clause> clauses) {
    public StatisticsSpec {
      clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
  }

  /**
   * @param when condition for the whole clause ({@code metric>0}, {@code a==b}, {@code a<b}, or a
   *     slot name meaning "present")
   */
  public record Clause(String when, String joiner, List<Item> items) {
    public Clause {
      items = items == null ? List.of() : List.copyOf(items);
      joiner = joiner == null ? "，" : joiner;
    }
  }

  /** One piece of a clause. */
  public record Item(String when, String text) {}

  /** 下步打算 layout. */
  public record PlanSpec(NumberStyle style) {}

  /**
   * Further-rectification items for problems still open.
   *
   * @param heading template for the item heading, slot {@code {text}}
   * @param nextStepsLabel label before the unfinished measures
   * @param deadlineLabel label before the latest deadline (null: not printed)
   */
  public record FurtherSpec(
      NumberStyle style, String heading, String nextStepsLabel, String deadlineLabel) {}
}
