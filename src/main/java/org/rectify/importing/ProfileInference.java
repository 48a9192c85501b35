package org.rectify.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rectify.bulletin.NumberStyle;
import org.rectify.bulletin.RenderProfile;
import org.rectify.bulletin.RenderProfile.BodySpec;
import org.rectify.bulletin.RenderProfile.CounterScope;
import org.rectify.bulletin.RenderProfile.DateLineStyle;
import org.rectify.bulletin.RenderProfile.FurtherSpec;
import org.rectify.bulletin.RenderProfile.LabelMode;
import org.rectify.bulletin.RenderProfile.LevelSpec;
import org.rectify.bulletin.RenderProfile.PlanSpec;
import org.rectify.bulletin.RenderProfile.SectionKind;
import org.rectify.bulletin.RenderProfile.SignatureStyle;
import org.rectify.bulletin.RenderProfile.StatisticsPlacement;
import org.rectify.bulletin.RenderProfile.StatisticsSpec;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.AspectHeading;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.FindingHeading;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;
import org.rectify.importing.BulletinReading.Narrative;
import org.rectify.importing.BulletinReading.Part;
import org.rectify.importing.BulletinReading.Role;
import org.rectify.importing.BulletinReading.Statistics;

/**
 * 版式推断: the {@link RenderProfile} a published bulletin was written in, read off the document —
 * numbering style and counter scope per level, body labels, where the statistics sentence sits, the
 * sections in order, date line, signature and contact layout. The same profile type the product
 * renders its own bulletins with; the reprint of an imported bulletin uses it.
 */
final class ProfileInference {

  private static final List<String> NEXT_STEP_LABELS = List.of("下步工作打算", "下一步工作打算", "下步打算");

  private ProfileInference() {}

  static RenderProfile of(List<ImportedAspect> aspects, List<Part> parts, String indent) {
    Numbering numbering = Numbering.of(aspects);
    BodySpec body = body(aspects);
    List<SectionKind> sections = sections(parts);
    String family = family(numbering, body);
    return new RenderProfile(
        family,
        "沿用导入通报的版式",
        "从导入的通报推断的版式：编号、标签、各部分顺序按原文，措辞沿用 " + family,
        parts.stream().anyMatch(p -> role(p) == Role.DATE)
            ? DateLineStyle.ZERO_PADDED
            : DateLineStyle.NONE,
        signature(parts),
        indent,
        sections,
        sectionStyle(parts),
        firstItemStyle(parts, SectionKind.OVERALL),
        new LevelSpec(numbering.aspectStyle, CounterScope.PER_PARENT, false, false),
        new LevelSpec(
            numbering.findingStyle,
            numbering.findingsGlobal ? CounterScope.GLOBAL : CounterScope.PER_PARENT,
            numbering.onlyChildUnmarked,
            runIn(aspects)),
        new LevelSpec(
            numbering.subStyle,
            numbering.subsGlobal ? CounterScope.GLOBAL : CounterScope.PER_PARENT,
            false,
            false),
        body,
        new StatisticsSpec(statistics(parts)),
        new PlanSpec(firstItemStyle(parts, SectionKind.PLAN)),
        sections.contains(SectionKind.FURTHER) ? new FurtherSpec(NumberStyle.AR_DOT) : null,
        parts.stream().anyMatch(p -> role(p) == Role.CONTACT));
  }

  /** Numbering facts of the three levels. */
  private static final class Numbering {
    NumberStyle aspectStyle = NumberStyle.NONE;
    NumberStyle findingStyle;
    NumberStyle subStyle;
    boolean findingsGlobal;
    boolean subsGlobal;
    boolean onlyChildUnmarked;

    static Numbering of(List<ImportedAspect> aspects) {
      Numbering n = new Numbering();
      Map<NumberStyle, Integer> findingStyles = new HashMap<>();
      Map<NumberStyle, Integer> subStyles = new HashMap<>();
      int lastFinding = 0;
      int lastSub = 0;
      boolean markedSiblings = false;
      for (ImportedAspect aspect : aspects) {
        if (n.aspectStyle == NumberStyle.NONE && !aspect.marker().isEmpty()) {
          n.aspectStyle = BulletinReader.styleOf(aspect.marker());
        }
        if (aspect.findings().size() == 1 && aspect.findings().get(0).marker().isEmpty()) {
          n.onlyChildUnmarked = true;
        }
        boolean firstInAspect = true;
        for (ImportedFinding f : aspect.findings()) {
          if (!f.marker().isEmpty()) {
            markedSiblings |= aspect.findings().size() > 1;
            findingStyles.merge(BulletinReader.styleOf(f.marker()), 1, Integer::sum);
            int number = BulletinReader.numberOf(f.marker());
            if (firstInAspect && lastFinding > 0 && number == lastFinding + 1 && number > 1) {
              n.findingsGlobal = true;
            }
            firstInAspect = false;
            lastFinding = number;
          }
          boolean firstInParent = true;
          for (ImportedFinding s : f.children()) {
            if (!s.marker().isEmpty()) {
              subStyles.merge(BulletinReader.styleOf(s.marker()), 1, Integer::sum);
              int number = BulletinReader.numberOf(s.marker());
              if (firstInParent && lastSub > 0 && number == lastSub + 1 && number > 1) {
                n.subsGlobal = true;
              }
              firstInParent = false;
              lastSub = number;
            }
          }
        }
      }
      // an unmarked only child is a layout rule only where its numbered siblings elsewhere show it
      n.onlyChildUnmarked &= markedSiblings;
      n.findingStyle = dominant(findingStyles);
      n.subStyle = dominant(subStyles);
      return n;
    }
  }

  /**
   * Labels under the problems: 取得成效 / 进展情况 by status when the document uses them, else the label
   * most problems open with; status values printed after the label (整改情况：已完成) kept.
   */
  private static BodySpec body(List<ImportedAspect> aspects) {
    String achieved = null;
    String progress = null;
    String nextSteps = null;
    Map<String, Integer> leadLabels = new HashMap<>();
    Map<FindingStatus, String> statusValues = new HashMap<>();
    Map<NumberStyle, Integer> enumerations = new HashMap<>();
    int bodies = 0;
    for (ImportedAspect aspect : aspects) {
      for (ImportedFinding f : aspect.findings()) {
        for (ImportedFinding leaf : f.children().isEmpty() ? List.of(f) : f.children()) {
          for (BodyParagraph p : leaf.body()) {
            if (p.label() == null) {
              continue;
            }
            if (BulletinReader.ACHIEVED_LABELS.contains(p.label()) && achieved == null) {
              achieved = p.label();
            } else if (NEXT_STEP_LABELS.contains(p.label())) {
              nextSteps = nextSteps == null ? p.label() : nextSteps;
            } else if (BulletinReader.PROGRESS_LABELS.contains(p.label()) && progress == null) {
              progress = p.label();
            }
          }
          leaf.body().stream()
              .filter(p -> p.label() != null)
              .findFirst()
              .ifPresent(p -> leadLabels.merge(p.label(), 1, Integer::sum));
          if (leaf.statusSource() != null
              && leaf.statusSource().startsWith("标签值")
              && !leaf.body().isEmpty()) {
            statusValues.putIfAbsent(leaf.status(), leaf.body().get(0).text());
          }
          if (!leaf.body().isEmpty()) {
            bodies++;
            String all = String.join("", leaf.body().stream().map(BodyParagraph::text).toList());
            if (all.contains("一是") && all.contains("二是")) {
              enumerations.merge(NumberStyle.CN_SHI, 1, Integer::sum);
            } else if (all.contains("①") && all.contains("②")) {
              enumerations.merge(NumberStyle.CIRCLED, 1, Integer::sum);
            }
          }
        }
      }
    }
    // measures are enumerated in a style when at least a third of the bodies enumerate in it
    NumberStyle measures = dominant(enumerations);
    if (enumerations.getOrDefault(measures, 0) * 3 < bodies) {
      measures = NumberStyle.NONE;
    }
    if (achieved != null || progress != null) {
      return new BodySpec(
          LabelMode.STATUS_DEPENDENT,
          null,
          achieved == null ? "取得成效" : achieved,
          progress == null ? "进展情况" : progress,
          nextSteps == null ? "下步工作打算" : nextSteps,
          measures,
          Map.of());
    }
    String label =
        leadLabels.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    return new BodySpec(LabelMode.SINGLE, label, null, null, null, measures, statusValues);
  }

  /** Run-in: most problems carry their text in the heading's own paragraph and nothing below. */
  private static boolean runIn(List<ImportedAspect> aspects) {
    int leaves = 0;
    int runIn = 0;
    for (ImportedAspect aspect : aspects) {
      for (ImportedFinding f : aspect.findings()) {
        for (ImportedFinding leaf : f.children().isEmpty() ? List.of(f) : f.children()) {
          leaves++;
          if (leaf.body().isEmpty() && !leaf.detail().isBlank()) {
            runIn++;
          }
        }
      }
    }
    return leaves > 0 && runIn * 2 > leaves;
  }

  /** The wording family nearest to the document, whose wording a new bulletin would use. */
  private static String family(Numbering numbering, BodySpec body) {
    if (body.mode() == LabelMode.STATUS_DEPENDENT) {
      return "status-labels";
    }
    if (body.label() == null) {
      return "plain-paragraphs";
    }
    if (numbering.findingsGlobal) {
      return "global-numbering";
    }
    return body.measureStyle() == NumberStyle.CN_SHI ? "shi-measures" : "standard";
  }

  private static SignatureStyle signature(List<Part> parts) {
    long lines = parts.stream().filter(p -> role(p) == Role.SIGNATURE).count();
    return lines >= 2
        ? SignatureStyle.TWO_LINES
        : lines == 1 ? SignatureStyle.SAME_LINE : SignatureStyle.NONE;
  }

  /**
   * The top-level sections in order, by what their headings speak of. The three every bulletin
   * written with the profile has (总体情况, 问题, 下步打算) are added in their usual place when the document
   * has no heading for them, so that a new bulletin in this layout loses none of its parts.
   */
  private static List<SectionKind> sections(List<Part> parts) {
    List<SectionKind> sections = new java.util.ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (role(parts.get(i)) == Role.SECTION) {
        sectionKind(((Narrative) parts.get(i)).text(), sections, parts, i);
      }
    }
    if (!sections.contains(SectionKind.OVERALL)) {
      sections.add(0, SectionKind.OVERALL);
    }
    if (!sections.contains(SectionKind.PROBLEMS)) {
      sections.add(1, SectionKind.PROBLEMS);
    }
    if (!sections.contains(SectionKind.PLAN)) {
      sections.add(SectionKind.PLAN);
    }
    return sections;
  }

  /**
   * What the section heading at {@code index} is; adds it to {@code seen} (the sections before it)
   * when new.
   */
  private static SectionKind sectionKind(
      String heading, List<SectionKind> seen, List<Part> parts, int index) {
    SectionKind kind;
    if (heading.contains("移交") || heading.contains("线索") || heading.contains("信访")) {
      kind = SectionKind.HANDOVERS;
    } else if (heading.contains("进一步") || heading.contains("未完成") || heading.contains("持续整改")) {
      kind = SectionKind.FURTHER;
    } else if (heading.contains("下步")
        || heading.contains("下一步")
        || heading.contains("今后")
        || heading.contains("打算")
        || heading.contains("后续")) {
      kind = SectionKind.PLAN;
    } else if (seen.contains(SectionKind.PROBLEMS) || !problemsFollow(parts, index)) {
      kind = seen.isEmpty() ? SectionKind.OVERALL : SectionKind.PLAN;
    } else {
      kind = SectionKind.PROBLEMS;
    }
    if (!seen.contains(kind)) {
      seen.add(kind);
    }
    return kind;
  }

  /** Whether problems are printed after this section heading and before the next one. */
  private static boolean problemsFollow(List<Part> parts, int from) {
    for (int i = from + 1; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (role(p) == Role.SECTION) {
        return false;
      }
      if (p instanceof AspectHeading || p instanceof FindingHeading) {
        return true;
      }
    }
    return false;
  }

  private static NumberStyle sectionStyle(List<Part> parts) {
    return parts.stream()
        .filter(p -> role(p) == Role.SECTION)
        .map(p -> lineStyle(((Narrative) p).text().strip()))
        .findFirst()
        .orElse(NumberStyle.NONE);
  }

  /** Statistics at the top of the problems (after their section heading) or in the overview. */
  private static StatisticsPlacement statistics(List<Part> parts) {
    boolean sectionSeen = false;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p instanceof Statistics) {
        return sectionSeen && problemsFollow(parts, i)
            ? StatisticsPlacement.PROBLEMS_INTRO
            : StatisticsPlacement.OVERALL_APPEND;
      }
      if (role(p) == Role.SECTION) {
        sectionSeen = true;
      }
    }
    return StatisticsPlacement.NONE;
  }

  /**
   * The marker style of the first numbered paragraph in the section of {@code kind} (an intro
   * without a marker is skipped), NONE when its paragraphs are not numbered.
   */
  private static NumberStyle firstItemStyle(List<Part> parts, SectionKind kind) {
    List<SectionKind> seen = new java.util.ArrayList<>();
    boolean inside = false;
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (role(p) == Role.SECTION) {
        inside = sectionKind(((Narrative) p).text(), seen, parts, i) == kind;
      } else if (inside && (role(p) == Role.TEXT || p instanceof Statistics)) {
        NumberStyle style = lineStyle(text(p));
        if (style != NumberStyle.NONE) {
          return style;
        }
      } else if (inside && !(p instanceof Narrative)) {
        return NumberStyle.NONE;
      }
    }
    return NumberStyle.NONE;
  }

  /** The style of the marker a paragraph starts with, NONE when it has none. */
  private static NumberStyle lineStyle(String text) {
    for (var marker :
        List.of(
            BulletinReader.SECTION,
            BulletinReader.CN_PAREN,
            BulletinReader.ARABIC,
            BulletinReader.AR_PAREN,
            BulletinReader.ORDINAL_SHI)) {
      var m = marker.matcher(text);
      if (m.find()) {
        return BulletinReader.styleOf(m.group());
      }
    }
    return NumberStyle.NONE;
  }

  private static String text(Part part) {
    return part instanceof Narrative n ? n.text().strip() : ((Statistics) part).text().strip();
  }

  private static Role role(Part part) {
    return part instanceof Narrative n ? n.role() : null;
  }

  private static NumberStyle dominant(Map<NumberStyle, Integer> counts) {
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(NumberStyle.NONE);
  }
}
