package org.rectify.bulletin;

import java.util.List;
import java.util.Map;
import org.rectify.feedback.FindingStatus;

/**
 * 版式方案: the layout switches the real bulletins vary in, as data (JSON under {@code
 * bulletin/profiles/}), so that one ledger can be printed in the style an issuing organisation
 * uses. The profile's wording (title, opening, headings, statistics sentence, invitation) is in the
 * FreeMarker functions of {@code templates/bulletin/wording/<name>.ftl} (see {@code
 * BulletinWording}).
 *
 * @param name file name without extension
 * @param label short Chinese name the office chooses the profile by
 * @param description what the profile looks like and which corpus documents it follows
 * @param dateLine date line directly under the title
 * @param signature 落款 at the end
 * @param indent characters in front of every body line (none, two spaces or {@code 　　})
 * @param sections top-level sections in order (headings from the wording)
 * @param sectionStyle numbering of the top-level sections
 * @param overallItemStyle numbering of the 总体情况 items (NONE for plain paragraphs)
 * @param aspects 方面 level
 * @param findings 问题 level
 * @param subFindings 子问题 level
 * @param body labels and measure layout under each problem
 * @param statistics where the statistics sentence goes
 * @param plans 下步打算 items
 * @param further 需要进一步整改的事项 items; only profiles with a FURTHER section set it
 * @param contactOnOwnLine contact data on a line of its own instead of after the invitation
 */
public record RenderProfile(
    String name,
    String label,
    String description,
    DateLineStyle dateLine,
    SignatureStyle signature,
    String indent,
    List<SectionKind> sections,
    NumberStyle sectionStyle,
    NumberStyle overallItemStyle,
    LevelSpec aspects,
    LevelSpec findings,
    LevelSpec subFindings,
    BodySpec body,
    StatisticsSpec statistics,
    PlanSpec plans,
    FurtherSpec further,
    boolean contactOnOwnLine) {

  public RenderProfile {
    indent = indent == null ? "" : indent;
    sections = sections == null ? List.of() : List.copyOf(sections);
  }

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

  /** Whether counters run through the whole document or restart under every parent. */
  public enum CounterScope {
    GLOBAL,
    PER_PARENT
  }

  /**
   * Numbering of one level (its heading wording is in the profile's wording file).
   *
   * @param omitMarkerWhenOnlyChild an only item under its parent is printed without a marker (002)
   * @param runIn the body follows the heading in the same paragraph (019, 029, 117: 1.针对…的问题。我中心…);
   *     only when the body has no label
   */
  public record LevelSpec(
      NumberStyle style, CounterScope scope, boolean omitMarkerWhenOnlyChild, boolean runIn) {

    /** The counter an item prints: its place under its parent or in the whole document. */
    public int counter(int local, int global) {
      return scope == CounterScope.GLOBAL ? global : local;
    }

    /**
     * The marker of the {@code local}-th of {@code siblings} items (the {@code global}-th in the
     * document), or null when an only child goes unmarked.
     */
    public String marker(int siblings, int local, int global) {
      if (omitMarkerWhenOnlyChild && siblings == 1) {
        return null;
      }
      return (style == null ? NumberStyle.NONE : style).marker(counter(local, global));
    }
  }

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

    /**
     * The label of the first paragraph under a problem: in STATUS_DEPENDENT mode 取得成效 or 进展情况 by
     * the problem's status, else the single label (null when there is none).
     */
    public String leadLabel(boolean finished) {
      if (mode == LabelMode.STATUS_DEPENDENT) {
        return finished ? achievedLabel : progressLabel;
      }
      return label == null || label.isEmpty() ? null : label;
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

  /** Where the statistics sentence (wording function {@code statistics}) is printed. */
  public record StatisticsSpec(StatisticsPlacement placement) {}

  /** 下步打算 layout. */
  public record PlanSpec(NumberStyle style) {}

  /** Numbering of the further-rectification items for problems still open. */
  public record FurtherSpec(NumberStyle style) {}
}
