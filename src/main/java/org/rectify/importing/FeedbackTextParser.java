package org.rectify.importing;

import static org.rectify.importing.FeedbackText.ASPECT;
import static org.rectify.importing.FeedbackText.PROBLEM;
import static org.rectify.importing.FeedbackText.SECTION;
import static org.rectify.importing.FeedbackText.SUB_PROBLEM;
import static org.rectify.importing.FeedbackText.SUGGESTION_LABEL;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.InspectionRegistration.FeedbackInput;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.web.InvalidInputException;

/**
 * Reads a feedback summary (反馈意见) into a registration draft. The structure is recognised from the
 * numbering the documents use (CORPUS_ANALYSIS §A.5, §A.14): sections 一、, aspects （一）, problems 1.,
 * sub-problems （1）, inline 一是…二是…; a paragraph without numbering is split into aspects by sentences
 * (or by semicolons) and into findings by clauses. The response of the inspected organisation's
 * secretary (…表示，…) is not a finding; 整改意见 become suggestions. Heuristic by nature: the result is a
 * draft, never registered directly.
 */
final class FeedbackTextParser {

  static final int MAX_SUMMARY = 20_000;

  private static final String[] NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七",
    "十八", "十九", "二十"
  };
  private static final Pattern SUGGESTION_SECTION = Pattern.compile("整改意见|意见建议|整改建议|巡[视察]建议");
  private static final Pattern IGNORED_SECTION = Pattern.compile("线索|信访|移交");
  private static final Pattern RESPONSE = Pattern.compile("^[^。；]{2,80}?表示[，：:]");
  private static final Pattern FOUND_IN = Pattern.compile("巡[视察](.{2,60}?)发现的(?:主要)?问题");
  private static final Pattern TEAM_TO =
      Pattern.compile(
          "((?:党工委|省委|市委|区委|县委|州委|旗委|党委|党组|中央)第?[一二三四五六七八九十\\d]*巡[视察][一二三四五六七八九十\\d]*组)"
              + "(?:[^，。；]{0,20}?)向([^，。；]{2,60}?)(?:党组织)?反馈");
  private static final Pattern TEAM =
      Pattern.compile(
          "((?:党工委|省委|市委|区委|县委|州委|旗委|党委|党组|中央)第?[一二三四五六七八九十\\d]*巡[视察][一二三四五六七八九十\\d]*组)");
  private static final Pattern BODY = Pattern.compile("^(党工委|省委|市委|区委|县委|州委|旗委|党委|党组|中央)");
  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

  private FeedbackTextParser() {}

  /**
   * The draft, or {@link InvalidInputException} naming {@code field} when no structure is found.
   */
  static FeedbackDraft parse(String raw, String field) {
    if (raw == null || raw.isBlank()) {
      throw InvalidInputException.of(field, "反馈意见文本是空的。");
    }
    List<String> paragraphs = FeedbackText.paragraphs(raw);
    if (paragraphs.isEmpty()) {
      throw InvalidInputException.of(field, "反馈意见文本是空的。");
    }
    if (!hasStructure(paragraphs)) {
      throw InvalidInputException.of(
          field,
          "未能识别反馈意见的结构：文本中没有“一、”“（一）”“1.”“（1）”或“一是……二是……”等标题或序号。"
              + "请粘贴含有标题的反馈意见原文，或改用 JSON/Excel 台账登记。");
    }

    List<Section> sections = sections(paragraphs);
    List<AspectInput> aspects = new ArrayList<>();
    List<String> suggestions = new ArrayList<>();
    List<String> used = new ArrayList<>();
    for (Section section : chooseSections(sections)) {
      if (section.heading() != null && SUGGESTION_SECTION.matcher(section.heading()).find()) {
        suggestions.addAll(items(section.body()));
        continue;
      }
      List<String> problems = new ArrayList<>();
      List<String> suggestionLines = null;
      for (String line : withoutResponse(section.body())) {
        Matcher label = SUGGESTION_LABEL.matcher(line);
        if (label.find()) {
          suggestionLines = new ArrayList<>();
          String rest = line.substring(label.end()).strip();
          if (!rest.isEmpty()) {
            suggestionLines.add(rest);
          }
        } else if (suggestionLines != null) {
          suggestionLines.add(line);
        } else {
          problems.add(line);
        }
      }
      if (suggestionLines != null) {
        suggestions.addAll(items(suggestionLines));
      }
      if (section.heading() != null) {
        used.add(section.heading());
      }
      used.addAll(problems);
      if (section.heading() != null
          && section.heading().contains("方面")
          && problems.stream().noneMatch(ASPECT.asPredicate())) {
        aspects.add(aspect(tidy(section.heading()), findings(problems, section.heading())));
      } else {
        aspects.addAll(aspects(section.heading(), problems));
      }
    }
    aspects.removeIf(a -> a.findings().isEmpty() || a.heading().isBlank());
    if (aspects.isEmpty()) {
      throw InvalidInputException.of(
          field, "未能从文本中识别出任何具体问题。请检查粘贴的是否为反馈意见中“主要问题”部分，或改用 JSON/Excel 台账登记。");
    }
    return draft(paragraphs, used, aspects, suggestions);
  }

  private static boolean hasStructure(List<String> paragraphs) {
    for (String p : paragraphs) {
      if (SECTION.matcher(p).find()
          || ASPECT.matcher(p).find()
          || PROBLEM.matcher(p).find()
          || SUB_PROBLEM.matcher(p).find()) {
        return true;
      }
    }
    return ordinalItems(String.join("\n", paragraphs)).size() >= 2;
  }

  private record Section(String heading, List<String> body) {}

  private static List<Section> sections(List<String> paragraphs) {
    List<Section> sections = new ArrayList<>();
    Section current = new Section(null, new ArrayList<>());
    for (String paragraph : paragraphs) {
      Matcher heading = SECTION.matcher(paragraph);
      if (heading.find()) {
        if (current.heading() != null || !current.body().isEmpty()) {
          sections.add(current);
        }
        current = new Section(paragraph.substring(heading.end()).strip(), new ArrayList<>());
      } else {
        current.body().add(paragraph);
      }
    }
    sections.add(current);
    return sections;
  }

  /**
   * Without 一、 sections the whole text; with them the sections about problems (heading names 问题 or
   * 方面) and suggestions, or every section when none names problems.
   */
  private static List<Section> chooseSections(List<Section> sections) {
    List<Section> headed = sections.stream().filter(s -> s.heading() != null).toList();
    if (headed.isEmpty()) {
      return sections;
    }
    Predicate<Section> suggestion = s -> SUGGESTION_SECTION.matcher(s.heading()).find();
    Predicate<Section> ignored =
        s -> IGNORED_SECTION.matcher(s.heading()).find() && !suggestion.test(s);
    List<Section> relevant =
        headed.stream()
            .filter(ignored.negate())
            .filter(
                s -> suggestion.test(s) || s.heading().contains("问题") || s.heading().contains("方面"))
            .toList();
    return relevant.isEmpty() ? headed.stream().filter(ignored.negate()).toList() : relevant;
  }

  /** Drops the secretary's response (…书记…表示，…) and everything after it in the section. */
  private static List<String> withoutResponse(List<String> body) {
    List<String> kept = new ArrayList<>();
    for (String line : body) {
      if (SUGGESTION_LABEL.matcher(line).find() || FeedbackText.isHeading(line)) {
        kept.add(line);
        continue;
      }
      int cut = responseStart(line);
      if (cut < 0) {
        kept.add(line);
        continue;
      }
      if (cut > 0) {
        kept.add(line.substring(0, cut));
      }
      return kept;
    }
    return kept;
  }

  private static int responseStart(String line) {
    Matcher response = RESPONSE.matcher(line);
    int start = 0;
    while (start < line.length()) {
      if (response.region(start, line.length()).lookingAt()) {
        return start;
      }
      int end = line.indexOf('。', start);
      if (end < 0) {
        return -1;
      }
      start = end + 1;
    }
    return -1;
  }

  private static List<AspectInput> aspects(String containerHeading, List<String> body) {
    List<AspectInput> aspects = new ArrayList<>();
    if (body.stream().anyMatch(ASPECT.asPredicate())) {
      for (List<String> group : groups(body, ASPECT)) {
        String line = strip(group.get(0), ASPECT);
        String[] split = firstSentence(line);
        List<String> content = new ArrayList<>();
        if (!split[1].isBlank()) {
          content.add(split[1]);
        }
        content.addAll(group.subList(1, group.size()));
        aspects.add(aspect(tidy(split[0]), findings(content, split[0])));
      }
      return aspects;
    }
    if (body.stream().anyMatch(PROBLEM.asPredicate().or(SUB_PROBLEM.asPredicate()))) {
      String heading = containerHeading == null ? "反馈问题" : containerHeading;
      aspects.add(aspect(tidy(heading), findings(body, heading)));
      return aspects;
    }
    String text = String.join("\n", body);
    List<String> items = ordinalItems(text);
    if (items.size() >= 2) {
      for (String item : items) {
        String[] split = firstSentence(item);
        List<FindingInput> findings =
            split[1].isBlank() ? clauses(split[0]) : splitFindings(split[1]);
        aspects.add(aspect(tidy(split[0]), findings));
      }
      return aspects;
    }
    List<String> segments = split(text, "。\n");
    if (segments.size() < 2) {
      segments = split(text, "；;\n");
    }
    if (segments.size() >= 2) {
      for (String segment : segments) {
        String[] split = firstClause(segment);
        List<FindingInput> findings =
            split[1].isBlank() ? List.of(finding(split[0], null)) : splitFindings(split[1]);
        aspects.add(aspect(tidy(split[0]), findings));
      }
    } else if (segments.size() == 1) {
      String heading =
          containerHeading == null ? firstClause(segments.get(0))[0] : containerHeading;
      aspects.add(aspect(tidy(heading), splitFindings(segments.get(0))));
    }
    return aspects;
  }

  private static List<FindingInput> findings(List<String> lines, String aspectHeading) {
    List<FindingInput> findings = new ArrayList<>();
    Pattern level =
        lines.stream().anyMatch(PROBLEM.asPredicate())
            ? PROBLEM
            : lines.stream().anyMatch(SUB_PROBLEM.asPredicate()) ? SUB_PROBLEM : null;
    if (level != null) {
      for (List<String> group : groups(lines, level)) {
        String[] split = firstSentence(strip(group.get(0), level));
        List<String> detail = new ArrayList<>();
        if (!split[1].isBlank()) {
          detail.add(split[1]);
        }
        List<FindingInput> subFindings = new ArrayList<>();
        List<String> rest = group.subList(1, group.size());
        if (level == PROBLEM && rest.stream().anyMatch(SUB_PROBLEM.asPredicate())) {
          int first = indexOf(rest, SUB_PROBLEM);
          detail.addAll(rest.subList(0, first));
          for (List<String> sub : groups(rest, SUB_PROBLEM)) {
            String[] subSplit = firstSentence(strip(sub.get(0), SUB_PROBLEM));
            List<String> subDetail = new ArrayList<>();
            if (!subSplit[1].isBlank()) {
              subDetail.add(subSplit[1]);
            }
            subDetail.addAll(sub.subList(1, sub.size()));
            subFindings.add(finding(subSplit[0], String.join("\n", subDetail), List.of()));
          }
        } else {
          detail.addAll(rest);
        }
        findings.add(finding(split[0], String.join("\n", detail), subFindings));
      }
    } else {
      String text = String.join("\n", lines);
      List<String> items = ordinalItems(text);
      if (items.size() >= 2) {
        for (String item : items) {
          String[] split = firstSentence(item);
          findings.add(finding(split[0], split[1]));
        }
      } else {
        findings.addAll(splitFindings(text));
      }
    }
    findings.removeIf(f -> f.text().isBlank());
    if (findings.isEmpty() && aspectHeading != null && !tidy(aspectHeading).isBlank()) {
      findings.add(finding(aspectHeading, null));
    }
    return findings;
  }

  /** Findings from a run of text: by sentences and semicolons, or else by commas. */
  private static List<FindingInput> splitFindings(String text) {
    List<String> parts = split(text, "。；;\n");
    if (parts.size() < 2) {
      parts = split(text, "。；;，,\n");
    }
    return parts.stream().map(p -> finding(p, null)).filter(f -> !f.text().isBlank()).toList();
  }

  private static List<FindingInput> clauses(String sentence) {
    return split(sentence, "。；;，,\n").stream()
        .map(p -> finding(p, null))
        .filter(f -> !f.text().isBlank())
        .toList();
  }

  /** Suggestions: numbered lines, 一是… items, or sentences. */
  private static List<String> items(List<String> lines) {
    List<String> out = new ArrayList<>();
    boolean numbered =
        lines.stream()
            .anyMatch(ASPECT.asPredicate().or(PROBLEM.asPredicate()).or(SUB_PROBLEM.asPredicate()));
    if (numbered) {
      for (String line : lines) {
        String text = tidy(stripAny(line));
        if (!text.isEmpty()) {
          out.add(text);
        }
      }
      return out;
    }
    String text = String.join("\n", lines);
    List<String> ordinals = ordinalItems(text);
    List<String> parts = ordinals.size() >= 2 ? ordinals : split(text, "。\n");
    for (String part : parts) {
      String tidy = tidy(part);
      if (!tidy.isEmpty()) {
        out.add(tidy);
      }
    }
    return out;
  }

  /**
   * 一是…二是…: the items in order, each without its ordinal; an ordinal counts only at the start of
   * the text or after 。；：. Fewer than two items: an empty list.
   */
  static List<String> ordinalItems(String text) {
    List<int[]> found = new ArrayList<>();
    int from = 0;
    for (String numeral : NUMERALS) {
      String marker = numeral + "是";
      int at = -1;
      for (int i = text.indexOf(marker, from); i >= 0; i = text.indexOf(marker, i + 1)) {
        if (i == 0 || "。；;：:\n".indexOf(text.charAt(i - 1)) >= 0) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        break;
      }
      found.add(new int[] {at, at + marker.length()});
      from = at + marker.length();
    }
    List<String> items = new ArrayList<>();
    if (found.size() < 2) {
      return items;
    }
    for (int k = 0; k < found.size(); k++) {
      int end = k + 1 < found.size() ? found.get(k + 1)[0] : text.length();
      items.add(text.substring(found.get(k)[1], end));
    }
    return items;
  }

  private static List<List<String>> groups(List<String> lines, Pattern marker) {
    List<List<String>> groups = new ArrayList<>();
    for (String line : lines) {
      if (marker.matcher(line).find()) {
        groups.add(new ArrayList<>(List.of(line)));
      } else if (!groups.isEmpty()) {
        groups.get(groups.size() - 1).add(line);
      }
    }
    return groups;
  }

  private static int indexOf(List<String> lines, Pattern marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (marker.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String line, Pattern marker) {
    Matcher m = marker.matcher(line);
    return m.find() ? line.substring(m.end()).strip() : line;
  }

  private static String stripAny(String line) {
    for (Pattern marker : List.of(ASPECT, PROBLEM, SUB_PROBLEM, FeedbackText.CIRCLED)) {
      Matcher m = marker.matcher(line);
      if (m.find()) {
        return line.substring(m.end());
      }
    }
    return line;
  }

  /** Splits at the first top-level 。: {sentence, rest}. */
  private static String[] firstSentence(String text) {
    return splitOnce(text, "。\n");
  }

  /** Splits at the first top-level ，；。: {clause, rest}. */
  private static String[] firstClause(String text) {
    return splitOnce(text, "，,；;。\n");
  }

  private static String[] splitOnce(String text, String separators) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += depthChange(c);
      if (depth <= 0 && separators.indexOf(c) >= 0) {
        return new String[] {text.substring(0, i).strip(), text.substring(i + 1).strip()};
      }
    }
    return new String[] {text.strip(), ""};
  }

  /** Splits at top-level separators (not inside quotes or brackets); drops empty parts. */
  static List<String> split(String text, String separators) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth = Math.max(0, depth + depthChange(c));
      if (depth == 0 && separators.indexOf(c) >= 0) {
        add(parts, current);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(parts, current);
    return parts;
  }

  private static void add(List<String> parts, CharSequence part) {
    String text = part.toString().strip();
    if (!text.isEmpty() && !text.replaceAll("[\\p{P}\\s]", "").isEmpty()) {
      parts.add(text);
    }
  }

  private static int depthChange(char c) {
    return switch (c) {
      case '“', '（', '《', '「', '『', '(' -> 1;
      case '”', '）', '》', '」', '』', ')' -> -1;
      default -> 0;
    };
  }

  /** Without surrounding spaces and trailing sentence punctuation. */
  static String tidy(String text) {
    if (text == null) {
      return "";
    }
    return text.strip().replaceAll("[。；;，,、：:\\s]+$", "").strip();
  }

  private static AspectInput aspect(String heading, List<FindingInput> findings) {
    return new AspectInput(heading, null, new ArrayList<>(findings));
  }

  private static FindingInput finding(String text, String detail) {
    return finding(text, detail, List.of());
  }

  private static FindingInput finding(String text, String detail, List<FindingInput> subFindings) {
    String tidyDetail = detail == null ? null : detail.strip();
    return new FindingInput(
        tidy(text),
        tidyDetail == null || tidyDetail.isEmpty() ? null : tidyDetail,
        null,
        null,
        null,
        null,
        null,
        subFindings.isEmpty() ? null : subFindings,
        null);
  }

  private static FeedbackDraft draft(
      List<String> paragraphs,
      List<String> used,
      List<AspectInput> aspects,
      List<String> suggestions) {
    String all = String.join("\n", paragraphs);
    String level = null;
    int provincial = all.indexOf("巡视");
    int municipal = all.indexOf("巡察");
    if (provincial >= 0 && (municipal < 0 || provincial < municipal)) {
      level = "PROVINCIAL";
    } else if (municipal >= 0) {
      level = "MUNICIPAL";
    }
    String team = null;
    String organization = null;
    Matcher teamTo = TEAM_TO.matcher(all);
    if (teamTo.find()) {
      team = teamTo.group(1);
      organization = teamTo.group(2);
    } else {
      Matcher teamOnly = TEAM.matcher(all);
      if (teamOnly.find()) {
        team = teamOnly.group(1);
      }
    }
    if (organization == null) {
      Matcher found = FOUND_IN.matcher(all);
      if (found.find()) {
        organization = found.group(1);
      }
    }
    String body = null;
    if (team != null) {
      Matcher prefix = BODY.matcher(team);
      if (prefix.find()) {
        body = prefix.group(1);
      }
    }
    String type = all.contains("专项巡") ? "SPECIAL" : all.contains("回头看") ? "FOLLOW_UP" : null;
    String feedbackDate = feedbackDate(paragraphs);
    String summary = String.join("\n", used);
    if (summary.length() > MAX_SUMMARY) {
      summary = summary.substring(0, MAX_SUMMARY);
    }

    InspectionRegistration registration =
        new InspectionRegistration(
            level,
            type,
            null,
            null,
            body,
            team,
            organization,
            null,
            null,
            null,
            feedbackDate,
            null,
            new FeedbackInput(summary, aspects, suggestions.isEmpty() ? null : suggestions),
            null);

    int findings = 0;
    for (AspectInput aspect : aspects) {
      for (FindingInput finding : aspect.findings()) {
        findings += 1 + (finding.subFindings() == null ? 0 : finding.subFindings().size());
      }
    }
    List<String> warnings = new ArrayList<>();
    warnings.add(
        "方面和具体问题是按文本的标题和序号推断的（" + aspects.size() + " 个方面、" + findings + " 个具体问题），请逐条核对后再登记。");
    missing(warnings, level, "层级（level：PROVINCIAL 巡视 / MUNICIPAL 巡察）");
    missing(warnings, body, "巡视巡察主体（inspectingBody，如 省委、区委）");
    missing(warnings, team, "巡视组/巡察组（inspectionTeam）");
    missing(warnings, organization, "被巡视巡察党组织（inspectedOrganization）");
    missing(warnings, feedbackDate, "反馈日期（feedbackDate，yyyy-MM-dd）");
    return new FeedbackDraft(registration, warnings, aspects.size(), findings, suggestions.size());
  }

  private static void missing(List<String> warnings, String value, String what) {
    if (value == null) {
      warnings.add("未能从文本中识别出" + what + "，请补充。");
    }
  }

  /** The first complete date in a sentence that speaks of 反馈. */
  private static String feedbackDate(List<String> paragraphs) {
    for (String paragraph : paragraphs) {
      for (String sentence : split(paragraph, "。；;")) {
        if (!sentence.contains("反馈")) {
          continue;
        }
        Matcher date = DATE.matcher(sentence);
        if (date.find()) {
          try {
            return LocalDate.of(
                    Integer.parseInt(date.group(1)),
                    Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(3)))
                .toString();
          } catch (DateTimeException e) {
            return null;
          }
        }
      }
    }
    return null;
  }
}
