package org.rectify.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.bulletin.NumberStyle;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.AspectHeading;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.Facts;
import org.rectify.importing.BulletinReading.FindingBody;
import org.rectify.importing.BulletinReading.FindingDetail;
import org.rectify.importing.BulletinReading.FindingHeading;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;
import org.rectify.importing.BulletinReading.Narrative;
import org.rectify.importing.BulletinReading.Part;
import org.rectify.importing.BulletinReading.Role;
import org.rectify.importing.BulletinReading.Statistics;

/**
 * 通报识别: reads a published 整改进展情况的通报 (plain text, one paragraph per line) into a {@link
 * BulletinReading}. Pure and without Spring, so the round-trip command and the 通报体检 use it as the
 * import does.
 *
 * <p>The rules follow the variants of {@code CORPUS_ANALYSIS.md} §A: the problems section is the
 * top-level section with the most numbered items (or, when the top-level sections are themselves
 * 方面, every such section); inside it the marker kinds present, in the order （一） → 1. → （1）, give
 * aspect, finding and sub-finding; a paragraph starting with a short label ending in 情况, 成效, 措施, 打算
 * … and a colon belongs to the finding above it.
 */
public final class BulletinReader {

  static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、");
  static final Pattern CN_PAREN = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]");
  static final Pattern ARABIC = Pattern.compile("^(\\d{1,3})\\s*([.．、])(?!\\d)");
  static final Pattern AR_PAREN = Pattern.compile("^[（(](\\d{1,3})[）)]");

  /**
   * A problem named in a run-in sentence at the start of its paragraph, without a number (or with
   * an ordinal 一是…): 关于“…”的问题。 / 针对…的问题。 / 着力解决…的问题。 — the problem level of bulletins that do not
   * number their problems.
   */
  static final Pattern RUN_IN =
      Pattern.compile(
          "^(?:[一二三四五六七八九十]{1,3}是)?(?:关于|针对|着力解决|着力破解|聚焦解决|解决)[^。；！]{2,120}?问题[”\"]?(?:的整改(?:落实)?情况)?[。：:；]");

  /** 反馈问题1：… as the aspect level (instead of （一）). */
  static final Pattern FEEDBACK_ITEM = Pattern.compile("^反馈问题(\\d{1,2})[：:]");

  /** A topic paragraph: 产业结构方面：… — the problem of one topic, with what was done. */
  static final Pattern TOPIC = Pattern.compile("^[\\u4e00-\\u9fa5]{2,12}方面[：:]");

  /** The whole rectification stated as done by its open remainder: 未完成整改的问题有0项. */
  static final Pattern NONE_OPEN = Pattern.compile("未完成整改的问题(?:有|为|共)?[0零](?:项|个)");

  static final Pattern INLINE_ORDINAL = Pattern.compile("(?:^|(?<=[。；]))[一二三四五六七八九十]{1,3}是");

  static final Pattern ORDINAL_SHI = Pattern.compile("^[一二三四五六七八九十]{1,3}是");
  static final Pattern LABEL =
      Pattern.compile("^([\\u4e00-\\u9fa5]{0,8}(?:情况|成效|措施|打算|任务|内容|说明|进度|原因|时限|整改))([：:])");
  static final Pattern DATE =
      Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
  static final Pattern ORG_AND_DATE =
      Pattern.compile("^([^，。；：:]{2,40}?)(\\d{4}年\\d{1,2}月\\d{1,2}日)$");
  static final Pattern CONTACT =
      Pattern.compile("^(联系电话|联系方式|电话|电子邮箱|电子信箱|邮箱|邮编|邮政编码|通信地址|通讯地址|邮政地址|邮政信箱|地\\s*址|联系人|（信封)");
  static final Pattern TITLE_END = Pattern.compile("(通报|报告|公示)$");

  static final List<String> ACHIEVED_LABELS = List.of("取得成效");
  static final List<String> PROGRESS_LABELS = List.of("进展情况", "整改进展", "下步工作打算", "下一步工作打算", "下步打算");

  private BulletinReader() {}

  /** Reads a bulletin; never throws on odd text, it reports what it could not place. */
  public static BulletinReading read(String text) {
    return new Run(text).read();
  }

  private enum Kind {
    SECTION,
    CN_PAREN,
    ARABIC,
    AR_PAREN,
    /** 反馈问题1：… — an aspect numbered as a feedback item. */
    FEEDBACK_ITEM,
    /** An un-numbered run-in problem: 一是关于“…”的问题。… / 针对…的问题。… / 着力解决…的问题。… */
    RUN_IN,
    OTHER
  }

  private record Line(String raw, String indent, String content, Kind kind, int number) {
    boolean blank() {
      return content.isEmpty();
    }
  }

  private static final class Run {
    private final List<Line> lines = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final List<String> unrecognised = new ArrayList<>();
    private final List<String> contact = new ArrayList<>();
    private final List<String> signature = new ArrayList<>();
    private final List<String> narrativeTexts = new ArrayList<>();
    private String invitation;

    Run(String text) {
      // the pre-pass: paragraphs broken by page breaks joined, PDF spaces and adverts removed
      String normalised = BulletinText.paragraphs(text);
      for (String raw : normalised.split("\n", -1)) {
        int i = 0;
        while (i < raw.length() && isSpace(raw.charAt(i))) {
          i++;
        }
        String content = raw.substring(i).strip();
        while (!content.isEmpty() && isSpace(content.charAt(content.length() - 1))) {
          content = content.substring(0, content.length() - 1);
        }
        Kind kind = Kind.OTHER;
        int number = 0;
        Matcher m;
        if ((m = SECTION.matcher(content)).find()) {
          kind = Kind.SECTION;
          number = cn(m.group(1));
        } else if ((m = CN_PAREN.matcher(content)).find()) {
          kind = Kind.CN_PAREN;
          number = cn(m.group(1));
        } else if ((m = ARABIC.matcher(content)).find()) {
          kind = Kind.ARABIC;
          number = Integer.parseInt(m.group(1));
        } else if ((m = AR_PAREN.matcher(content)).find()) {
          kind = Kind.AR_PAREN;
          number = Integer.parseInt(m.group(1));
        } else if ((m = FEEDBACK_ITEM.matcher(content)).find()) {
          kind = Kind.FEEDBACK_ITEM;
          number = Integer.parseInt(m.group(1));
        } else if (RUN_IN.matcher(content).find()) {
          kind = Kind.RUN_IN;
        }
        lines.add(new Line(raw, raw.substring(0, i), content, kind, number));
      }
      while (!lines.isEmpty() && lines.get(lines.size() - 1).blank()) {
        lines.remove(lines.size() - 1);
      }
    }

    BulletinReading read() {
      int i = 0;
      while (i < lines.size() && lines.get(i).blank()) {
        i++;
      }
      // Title: up to three lines until one ends like a title.
      int titleStart = i;
      int titleEnd = i;
      for (int k = i; k < Math.min(lines.size(), i + 3); k++) {
        if (lines.get(k).blank()) {
          break;
        }
        if (TITLE_END.matcher(lines.get(k).content()).find()) {
          titleEnd = k;
          break;
        }
      }
      StringBuilder titleText = new StringBuilder();
      for (int k = titleStart; k <= titleEnd && k < lines.size(); k++) {
        titleText.append(lines.get(k).content());
        parts.add(new Narrative(lines.get(k).raw(), Role.TITLE));
      }
      String title = titleText.toString();
      boolean looksLikeTitle =
          title.contains("关于") && (title.contains("整改") || title.contains("巡"));
      i = titleEnd + 1;
      String publication = null;
      while (i < lines.size() && lines.get(i).blank()) {
        parts.add(new Narrative(lines.get(i).raw(), Role.BLANK));
        i++;
      }
      if (i < lines.size() && DATE.matcher(lines.get(i).content()).find()) {
        publication = iso(lines.get(i).content());
        parts.add(new Narrative(lines.get(i).raw(), Role.DATE));
        i++;
      }
      // Signature at the end.
      int end = lines.size();
      List<Narrative> tail = new ArrayList<>();
      if (end > i) {
        Line last = lines.get(end - 1);
        Matcher orgDate = ORG_AND_DATE.matcher(last.content());
        if (DATE.matcher(last.content()).find()) {
          publication = iso(last.content());
          int k = end - 2;
          if (k > i
              && !lines.get(k).blank()
              && lines.get(k).content().length() <= 40
              && !lines.get(k).content().matches(".*[，。；：:].*")) {
            signature.add(lines.get(k).content());
            tail.add(new Narrative(lines.get(k).raw(), Role.SIGNATURE));
            end = k;
          } else {
            end = end - 1;
          }
          signature.add(last.content());
          tail.add(new Narrative(last.raw(), Role.SIGNATURE));
        } else if (orgDate.find() && last.kind() == Kind.OTHER) {
          publication = iso(orgDate.group(2));
          signature.add(last.content());
          tail.add(new Narrative(last.raw(), Role.SIGNATURE));
          end = end - 1;
        }
      }
      // Opening paragraph.
      String opening = null;
      while (i < end && lines.get(i).blank()) {
        parts.add(new Narrative(lines.get(i).raw(), Role.BLANK));
        i++;
      }
      if (i < end && (lines.get(i).kind() == Kind.OTHER || lines.get(i).kind() == Kind.RUN_IN)) {
        opening = lines.get(i).content();
        parts.add(new Narrative(lines.get(i).raw(), Role.OPENING));
        i++;
      }
      // Closing: invitation and contact lines end the body.
      int closing = end;
      for (int k = i; k < end; k++) {
        String c = lines.get(k).content();
        if (c.contains("欢迎") && c.contains("监督")) {
          closing = k;
          break;
        }
      }
      List<int[]> sections = sections(i, closing);
      List<int[]> problemSections = problemSections(sections);
      List<ImportedAspect> aspects = new ArrayList<>();
      if (opening != null) {
        narrativeTexts.add(opening);
      }
      Map<String, ImportedFinding> byCode = new LinkedHashMap<>();
      int partsBefore = parts.size();
      int textsBefore = narrativeTexts.size();
      int notesBefore = unrecognised.size();
      int cursor = i;
      boolean aspectsAreSections = problemSections.size() > 1;
      Builder builder = new Builder(aspects, byCode);
      for (int[] section : problemSections) {
        narrative(cursor, aspectsAreSections ? section[0] : section[0] + 1, narrativeTexts);
        int from = aspectsAreSections ? section[0] : section[0] + 1;
        builder.region(from, section[1], aspectsAreSections, lines.get(section[0]));
        cursor = section[1];
      }
      narrative(cursor, closing, narrativeTexts);
      List<int[]> runInSections = runInSections(sections);
      if (!runInSections.isEmpty() && runIns(i, closing) > leaves(aspects)) {
        // The problems are un-numbered run-in paragraphs (the few numbered items, if any, are not
        // the problem level): read those instead, in every top-level section that has them (one
        // per inspection track: 常规 / 专项).
        aspects.clear();
        byCode.clear();
        parts.subList(partsBefore, parts.size()).clear();
        narrativeTexts.subList(textsBefore, narrativeTexts.size()).clear();
        unrecognised.subList(notesBefore, unrecognised.size()).clear();
        cursor = i;
        for (int[] section : runInSections) {
          narrative(cursor, section[0] + 1, narrativeTexts);
          builder.runInRegion(section[0] + 1, section[1], lines.get(section[0]));
          cursor = section[1];
        }
        narrative(cursor, closing, narrativeTexts);
      }
      for (int k = closing; k < end; k++) {
        Line line = lines.get(k);
        if (line.blank()) {
          parts.add(new Narrative(line.raw(), Role.BLANK));
        } else if (line.content().contains("欢迎") && line.content().contains("监督")) {
          if (invitation == null) {
            invitation = line.content();
          }
          parts.add(new Narrative(line.raw(), Role.INVITATION));
        } else if (CONTACT.matcher(line.content()).find()) {
          contact.add(line.content());
          parts.add(new Narrative(line.raw(), Role.CONTACT));
        } else {
          parts.add(new Narrative(line.raw(), Role.TEXT));
        }
      }
      for (int k = end; k < lines.size(); k++) {
        if (lines.get(k).blank()) {
          parts.add(new Narrative(lines.get(k).raw(), Role.BLANK));
        }
      }
      parts.addAll(tail);
      if (invitation != null && contact.isEmpty()) {
        int at = invitation.indexOf("反映");
        String after = at < 0 ? "" : invitation.substring(at + 2).replaceFirst("^[。，,.]", "");
        if (!after.isBlank()) {
          contact.add(after.strip());
        }
      }
      StatedFigures stated = StatedFigures.read(narrativeTexts);
      // Mark the statistics paragraph so that its problem figures are re-computed.
      if (stated.sentence() != null) {
        for (int k = 0; k < parts.size(); k++) {
          if (parts.get(k) instanceof Narrative n
              && n.role() == Role.TEXT
              && n.text().contains(stated.sentence())) {
            parts.set(k, new Statistics(n.text(), stated.sentence()));
            break;
          }
        }
      }
      aspects = assignStatuses(aspects, stated, saysNoneOpen(narrativeTexts));
      Facts facts = facts(looksLikeTitle ? title : null, opening, publication);
      if (facts.feedbackDate() == null) {
        unrecognised.add("未能从开头段落识别反馈日期（或反馈日期未写年份）");
      }
      if (facts.team() == null) {
        unrecognised.add("未能识别巡视组/巡察组");
      }
      if (facts.organization() == null) {
        unrecognised.add("未能识别被巡视（察）党组织");
      }
      if (aspects.isEmpty()) {
        unrecognised.add("未能识别“具体问题整改情况”部分的方面和问题");
      }
      int withoutStatus = 0;
      for (ImportedAspect aspect : aspects) {
        for (ImportedFinding finding : aspect.findings()) {
          for (ImportedFinding leaf :
              finding.children().isEmpty() ? List.of(finding) : finding.children()) {
            if (leaf.status() == null) {
              withoutStatus++;
            }
          }
        }
      }
      if (withoutStatus > 0) {
        unrecognised.add(withoutStatus + "个具体问题的整改状态文中未写明（既无状态标签也无状态语句）");
      }
      return new BulletinReading(
          facts,
          aspects,
          parts,
          stated,
          ProfileInference.of(aspects, parts, indent()),
          contact,
          invitation,
          signature,
          unrecognised);
    }

    private void narrative(int from, int to, List<String> texts) {
      for (int k = from; k < to; k++) {
        Line line = lines.get(k);
        parts.add(
            new Narrative(
                line.raw(),
                line.blank()
                    ? Role.BLANK
                    : line.kind() == Kind.SECTION ? Role.SECTION : Role.TEXT));
        if (!line.blank()) {
          texts.add(line.content());
        }
      }
    }

    /** Top-level sections as [heading line, end exclusive). */
    private List<int[]> sections(int from, int to) {
      List<int[]> result = new ArrayList<>();
      int start = -1;
      int expected = 1;
      for (int k = from; k < to; k++) {
        Line line = lines.get(k);
        if (line.kind() == Kind.SECTION && line.number() == expected) {
          if (start >= 0) {
            result.add(new int[] {start, k});
          }
          start = k;
          expected++;
        }
      }
      if (start >= 0) {
        result.add(new int[] {start, to});
      }
      return result;
    }

    /**
     * The problems section: the one with the most numbered items; when several top-level sections
     * are themselves 方面 (一、在“…”方面), all of those.
     */
    private List<int[]> problemSections(List<int[]> sections) {
      List<int[]> aspectSections = new ArrayList<>();
      int[] best = null;
      int bestCount = 0;
      for (int[] section : sections) {
        int count = 0;
        for (int k = section[0] + 1; k < section[1]; k++) {
          Kind kind = lines.get(k).kind();
          if (kind == Kind.ARABIC || kind == Kind.AR_PAREN) {
            count++;
          }
        }
        if (count > bestCount) {
          best = section;
          bestCount = count;
        }
        if (count > 0 && lines.get(section[0]).content().contains("方面")) {
          aspectSections.add(section);
        }
      }
      if (aspectSections.size() >= 2 && aspectSections.size() * 2 > sections.size()) {
        return aspectSections;
      }
      return best == null ? List.of() : List.of(best);
    }

    private int runIns(int from, int to) {
      int n = 0;
      for (int k = from; k < to; k++) {
        if (lines.get(k).kind() == Kind.RUN_IN) {
          n++;
        }
      }
      return n;
    }

    private static int leaves(List<ImportedAspect> aspects) {
      int n = 0;
      for (ImportedAspect aspect : aspects) {
        for (ImportedFinding finding : aspect.findings()) {
          n += finding.children().isEmpty() ? 1 : finding.children().size();
        }
      }
      return n;
    }

    /** Top-level sections with at least one run-in problem paragraph. */
    private List<int[]> runInSections(List<int[]> sections) {
      List<int[]> result = new ArrayList<>();
      for (int[] section : sections) {
        for (int k = section[0] + 1; k < section[1]; k++) {
          if (lines.get(k).kind() == Kind.RUN_IN) {
            result.add(section);
            break;
          }
        }
      }
      return result;
    }

    /** Builds aspects and findings from the lines of the problems section. */
    private final class Builder {
      private final List<ImportedAspect> aspects;
      private final Map<String, ImportedFinding> byCode;
      private String aspectMarker;
      private String aspectHeading;
      private FindingStatus aspectHint;
      private List<MutableFinding> findings;

      Builder(List<ImportedAspect> aspects, Map<String, ImportedFinding> byCode) {
        this.aspects = aspects;
        this.byCode = byCode;
      }

      void region(int from, int to, boolean sectionIsAspect, Line sectionHeading) {
        boolean hasCn = false;
        boolean hasFeedbackItems = false;
        boolean hasAr = false;
        boolean hasArParen = false;
        for (int k = from; k < to; k++) {
          Kind kind = lines.get(k).kind();
          hasCn |= kind == Kind.CN_PAREN;
          hasFeedbackItems |= kind == Kind.FEEDBACK_ITEM;
          hasAr |= kind == Kind.ARABIC;
          hasArParen |= kind == Kind.AR_PAREN;
        }
        Kind aspectKind =
            sectionIsAspect
                ? Kind.SECTION
                : hasCn ? Kind.CN_PAREN : hasFeedbackItems ? Kind.FEEDBACK_ITEM : null;
        Kind findingKind = hasAr ? Kind.ARABIC : hasArParen ? Kind.AR_PAREN : null;
        Kind subKind = hasAr && hasArParen ? Kind.AR_PAREN : null;
        if (sectionIsAspect && hasCn && !hasAr) {
          findingKind = Kind.CN_PAREN;
        }
        // 1.… headings followed by topic paragraphs (产业结构方面：…): the numbered items are the aspects
        boolean topics =
            aspectKind == null
                && findingKind == Kind.ARABIC
                && !hasArParen
                && topicGroups(from, to);
        if (topics) {
          aspectKind = Kind.ARABIC;
          findingKind = null;
        }
        if (findingKind == null && !topics) {
          narrative(from, to, new ArrayList<>());
          unrecognised.add("“" + sectionHeading.content() + "”部分没有编号的问题");
          return;
        }
        MutableFinding finding = null;
        MutableFinding sub = null;
        boolean inAspect = false;
        if (aspectKind == null) {
          // One implicit aspect named after the section.
          startAspect("", strip(sectionHeading.content()), null);
          inAspect = true;
        }
        for (int k = from; k < to; k++) {
          Line line = lines.get(k);
          if (line.blank()) {
            parts.add(new Narrative(line.raw(), Role.BLANK));
            continue;
          }
          if (continuesSubList(finding, line)) {
            // （1）…（二）…（三）: a sub-problem numbered in the wrong style, not an aspect
            sub = newFinding(finding.children.size() + 1, finding, line.content());
            finding.children.add(sub);
            continue;
          }
          if (line.kind() == aspectKind) {
            finishAspect();
            String marker = markerOf(line.content());
            startAspect(marker, line.content().substring(marker.length()), null);
            parts.add(new AspectHeading(aspects.size()));
            inAspect = true;
            finding = null;
            sub = null;
            continue;
          }
          if (!inAspect) {
            parts.add(new Narrative(line.raw(), Role.TEXT));
            narrativeTexts.add(line.content());
            continue;
          }
          if (topics && line.kind() == Kind.OTHER && TOPIC.matcher(line.content()).find()) {
            finding = newFinding(findings.size() + 1, null, line.content());
            findings.add(finding);
            sub = null;
            continue;
          }
          if (line.kind() == findingKind) {
            finding = newFinding(findings.size() + 1, null, line.content());
            findings.add(finding);
            sub = null;
            continue;
          }
          if (subKind != null
              && line.kind() == subKind
              && sub == null
              && finding != null
              && statusIsLabelValue(finding)) {
            // 整改情况：<status> — the numbered paragraphs that follow are its measures.
            finding.body.add(new BodyParagraph(null, null, line.content()));
            parts.add(new FindingBody(finding.code, finding.body.size() - 1));
            continue;
          }
          if (subKind != null && line.kind() == subKind) {
            if (finding == null) {
              finding = newFinding(findings.size() + 1, null, "");
              findings.add(finding);
            }
            sub = newFinding(finding.children.size() + 1, finding, line.content());
            finding.children.add(sub);
            continue;
          }
          if (subKind == null && finding != null && isOrdinalRunIn(line)) {
            // 一是针对…的问题。 under a numbered problem: its sub-problems, written inline, one
            // paragraph each or several in one paragraph (…。二是针对…的问题。…)
            String content = line.content();
            List<Integer> starts = ordinalRunIns(content);
            for (int s = 0; s < starts.size(); s++) {
              int end = s + 1 < starts.size() ? starts.get(s + 1) : content.length();
              String sentence = content.substring(starts.get(s), end);
              String ordinal = ORDINAL_SHI.matcher(sentence).results().findFirst().get().group();
              String code = finding.code + "." + (finding.children.size() + 1);
              sub = new MutableFinding(code, ordinal, sentence.substring(ordinal.length()));
              parts.add(new FindingHeading(code));
              finding.children.add(sub);
            }
            continue;
          }
          MutableFinding current = sub != null ? sub : finding;
          Matcher label = LABEL.matcher(line.content());
          if (current == null) {
            if (label.find()) {
              unrecognised.add("问题之前的标签段落：" + shorten(line.content()));
              parts.add(new Narrative(line.raw(), Role.TEXT));
            } else if (findings.isEmpty() && !nextIsLabel(k + 1, to)) {
              // An intro paragraph of the aspect or section.
              parts.add(new Narrative(line.raw(), Role.TEXT));
            } else {
              // An un-numbered finding directly under its aspect.
              finding = newFinding(findings.size() + 1, null, line.content());
              finding.marker = "";
              findings.add(finding);
              parts.set(parts.size() - 1, new FindingHeading(finding.code));
            }
            continue;
          }
          if (label.find()) {
            current.body.add(
                new BodyParagraph(
                    label.group(1), label.group(2), line.content().substring(label.end())));
            parts.add(new FindingBody(current.code, current.body.size() - 1));
          } else if (current.body.isEmpty()
              && current.lines.size() < 3
              && line.content().length() < 60
              && !line.content().startsWith("一是")) {
            current.lines.add(line.content());
            parts.add(new FindingDetail(current.code, current.lines.size() - 1));
          } else {
            current.body.add(new BodyParagraph(null, null, line.content()));
            parts.add(new FindingBody(current.code, current.body.size() - 1));
          }
        }
        finishAspect();
      }

      /**
       * A region whose problems are run-in paragraphs ({@link Kind#RUN_IN}). Their aspects are
       * un-numbered heading lines right before a run-in problem (关于…方面问题的整改落实情况); without such
       * lines, the problems of one sub-section form an aspect named after its heading. Numbered
       * sub-section headings （一）… (organisation, problems, plans of a track) end an aspect and stay
       * text.
       */
      void runInRegion(int from, int to, Line sectionHeading) {
        String heading = strip(sectionHeading.content());
        MutableFinding finding = null;
        for (int k = from; k < to; k++) {
          Line line = lines.get(k);
          if (line.blank()) {
            parts.add(new Narrative(line.raw(), Role.BLANK));
            continue;
          }
          if (line.kind() == Kind.SECTION || line.kind() == Kind.CN_PAREN) {
            finishAspect();
            finding = null;
            heading = line.content().substring(markerOf(line.content()).length());
            parts.add(new Narrative(line.raw(), Role.TEXT));
            narrativeTexts.add(line.content());
            continue;
          }
          if (line.kind() == Kind.OTHER && isLeadAspect(line, k + 1, to)) {
            finishAspect();
            finding = null;
            startAspect("", line.content(), null);
            parts.add(new AspectHeading(aspects.size()));
            continue;
          }
          if (line.kind() == Kind.RUN_IN) {
            if (findings == null) {
              startAspect("", heading, null);
            }
            Matcher ordinal = ORDINAL_SHI.matcher(line.content());
            String marker = ordinal.find() ? ordinal.group() : "";
            String code = (aspects.size() + 1) + "." + (findings.size() + 1);
            finding = new MutableFinding(code, marker, line.content().substring(marker.length()));
            parts.add(new FindingHeading(code));
            findings.add(finding);
            continue;
          }
          if (finding == null) {
            parts.add(new Narrative(line.raw(), Role.TEXT));
            narrativeTexts.add(line.content());
            continue;
          }
          Matcher label = LABEL.matcher(line.content());
          if (label.find()) {
            finding.body.add(
                new BodyParagraph(
                    label.group(1), label.group(2), line.content().substring(label.end())));
          } else {
            finding.body.add(new BodyParagraph(null, null, line.content()));
          }
          parts.add(new FindingBody(finding.code, finding.body.size() - 1));
        }
        finishAspect();
      }

      /** A short un-numbered heading line whose next paragraph is a run-in problem. */
      private boolean isLeadAspect(Line line, int from, int to) {
        String c = line.content();
        if (c.length() > 60 || c.endsWith("。") || c.endsWith("；")) {
          return false;
        }
        for (int k = from; k < to; k++) {
          if (!lines.get(k).blank()) {
            return lines.get(k).kind() == Kind.RUN_IN;
          }
        }
        return false;
      }

      /**
       * The finding's first paragraph is a label whose whole value is a status (整改情况：未全部完成，持续推进):
       * what follows it is the measures, numbered or not, never sub-problems.
       */
      private boolean statusIsLabelValue(MutableFinding finding) {
        if (finding.body.isEmpty() || !finding.children.isEmpty()) {
          return false;
        }
        BodyParagraph first = finding.body.get(0);
        return first.label() != null
            && first.text().length() <= 20
            && phraseStatus(first.text()) != null;
      }

      /**
       * A （二） paragraph right after the finding's sub-problems （1）… that carries on their count:
       * the next sub-problem printed with the aspect's marker style. An aspect heading is a title,
       * never a paragraph ending in 。.
       */
      private boolean continuesSubList(MutableFinding finding, Line line) {
        if (finding == null || finding.children.isEmpty() || line.kind() != Kind.CN_PAREN) {
          return false;
        }
        MutableFinding first = finding.children.get(0);
        MutableFinding last = finding.children.get(finding.children.size() - 1);
        return AR_PAREN.matcher(first.marker).find()
            && numberOf(last.marker) + 1 == line.number()
            && line.content().endsWith("。");
      }

      /**
       * Every numbered item of the region is a one-sentence heading (贯彻落实…方面 / 落实…有差距。) whose next
       * paragraph is a topic paragraph (产业结构方面：…).
       */
      private boolean topicGroups(int from, int to) {
        boolean any = false;
        for (int k = from; k < to; k++) {
          Line line = lines.get(k);
          if (line.kind() != Kind.ARABIC) {
            continue;
          }
          String heading = line.content().substring(markerOf(line.content()).length());
          if (!heading.matches("[^。；]{2,60}。?")) {
            return false;
          }
          int next = k + 1;
          while (next < to && lines.get(next).blank()) {
            next++;
          }
          if (next >= to || !TOPIC.matcher(lines.get(next).content()).find()) {
            return false;
          }
          any = true;
        }
        return any;
      }

      /**
       * Where the ordinal run-in problem sentences of a paragraph start: at its start and after a
       * sentence end (…。二是针对…的问题。).
       */
      private static List<Integer> ordinalRunIns(String content) {
        List<Integer> starts = new ArrayList<>();
        Matcher ordinal = INLINE_ORDINAL.matcher(content);
        while (ordinal.find()) {
          if (RUN_IN.matcher(content.substring(ordinal.start())).find()) {
            starts.add(ordinal.start());
          }
        }
        return starts;
      }

      /** A run-in problem sentence opened by an ordinal: 一是针对…的问题。 */
      private boolean isOrdinalRunIn(Line line) {
        return line.kind() == Kind.RUN_IN && ORDINAL_SHI.matcher(line.content()).find();
      }

      private boolean nextIsLabel(int from, int to) {
        for (int k = from; k < to; k++) {
          if (!lines.get(k).blank()) {
            return LABEL.matcher(lines.get(k).content()).find();
          }
        }
        return false;
      }

      private MutableFinding newFinding(int ordinal, MutableFinding parent, String content) {
        String marker = markerOf(content);
        String code =
            parent == null ? (aspects.size() + 1) + "." + ordinal : parent.code + "." + ordinal;
        MutableFinding f = new MutableFinding(code, marker, content.substring(marker.length()));
        parts.add(new FindingHeading(code));
        return f;
      }

      private void startAspect(String marker, String heading, FindingStatus hint) {
        aspectMarker = marker;
        aspectHeading = heading;
        aspectHint = hint == null ? groupStatus(heading) : hint;
        findings = new ArrayList<>();
      }

      private void finishAspect() {
        if (findings == null) {
          return;
        }
        if (!findings.isEmpty()) {
          List<ImportedFinding> done = new ArrayList<>();
          for (MutableFinding f : findings) {
            done.add(f.freeze());
          }
          aspects.add(new ImportedAspect(aspectMarker, aspectHeading, done, aspectHint));
        } else if (aspectHeading != null) {
          unrecognised.add("方面“" + shorten(aspectHeading) + "”下没有识别出问题");
          // Keep its heading as narrative so nothing of the text is lost.
          for (int k = parts.size() - 1; k >= 0; k--) {
            if (parts.get(k) instanceof AspectHeading h && h.aspect() == aspects.size()) {
              parts.set(k, new Narrative(aspectMarker + aspectHeading, Role.TEXT));
              break;
            }
          }
        }
        findings = null;
      }
    }

    private List<ImportedAspect> assignStatuses(
        List<ImportedAspect> aspects, StatedFigures stated, boolean noneOpen) {
      Integer total = stated.get("findings");
      Integer completed = stated.get("findingsCompleted");
      boolean allDone =
          noneOpen
              || total != null
                  && total.equals(completed)
                  && stated.get("findingsOpen") == null
                  && stated.get("findingsBasic") == null;
      List<ImportedAspect> result = new ArrayList<>();
      for (ImportedAspect aspect : aspects) {
        List<ImportedFinding> findings = new ArrayList<>();
        for (ImportedFinding finding : aspect.findings()) {
          List<ImportedFinding> children = new ArrayList<>();
          for (ImportedFinding child : finding.children()) {
            children.add(status(child, aspect.statusHint(), allDone));
          }
          ImportedFinding parent =
              new ImportedFinding(
                  finding.code(),
                  finding.marker(),
                  finding.text(),
                  finding.detail(),
                  finding.lines(),
                  finding.body(),
                  children,
                  finding.status(),
                  finding.statusSource());
          findings.add(children.isEmpty() ? status(parent, aspect.statusHint(), allDone) : parent);
        }
        result.add(
            new ImportedAspect(aspect.marker(), aspect.heading(), findings, aspect.statusHint()));
      }
      return result;
    }

    /** A narrative sentence saying that no problem is left open (未完成整改的问题有0项). */
    private static boolean saysNoneOpen(List<String> texts) {
      for (String text : texts) {
        if (NONE_OPEN.matcher(text).find()) {
          return true;
        }
      }
      return false;
    }

    private static ImportedFinding status(
        ImportedFinding leaf, FindingStatus aspectHint, boolean allDone) {
      for (BodyParagraph p : leaf.body()) {
        if (p.label() != null && ACHIEVED_LABELS.contains(p.label())) {
          return leaf.withStatus(FindingStatus.COMPLETED, "标签“" + p.label() + "”");
        }
        if (p.label() != null && PROGRESS_LABELS.contains(p.label())) {
          return leaf.withStatus(FindingStatus.IN_PROGRESS, "标签“" + p.label() + "”");
        }
      }
      if (!leaf.body().isEmpty() && leaf.body().get(0).label() != null) {
        FindingStatus value = phraseStatus(leaf.body().get(0).text());
        if (value != null && leaf.body().get(0).text().length() <= 20) {
          return leaf.withStatus(value, "标签值“" + leaf.body().get(0).text() + "”");
        }
      }
      if (aspectHint != null) {
        return leaf.withStatus(aspectHint, "分组标题");
      }
      StringBuilder all = new StringBuilder();
      for (BodyParagraph p : leaf.body()) {
        all.append(p.text());
      }
      if (leaf.body().isEmpty() && leaf.detail() != null && !leaf.detail().isEmpty()) {
        // a run-in paragraph: the problem, then what was done, in one paragraph
        all.append(leaf.detail());
      } else if (leaf.body().isEmpty() && leaf.lines().isEmpty()) {
        // a one-sentence paragraph with nothing under it (（1）完成…，已完成整改。): the paragraph
        // itself tells what was done
        all.append(leaf.text());
      }
      FindingStatus phrase = lastPhraseStatus(all.toString());
      if (phrase != null) {
        return leaf.withStatus(phrase, "状态语句");
      }
      if (allDone) {
        return leaf.withStatus(FindingStatus.COMPLETED, "统计语句（文中称全部完成整改）");
      }
      return leaf;
    }

    /** The indentation most lines of the document start with. */
    private String indent() {
      Map<String, Integer> indents = new HashMap<>();
      for (Line line : lines) {
        if (!line.blank()) {
          indents.merge(line.indent(), 1, Integer::sum);
        }
      }
      return indents.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse("");
    }

    private Facts facts(String title, String opening, String publication) {
      String issuer = null;
      String round = null;
      String level = null;
      if (title != null) {
        int about = title.indexOf("关于");
        issuer = about > 0 ? title.substring(0, about) : null;
        Matcher r = ROUND.matcher(title);
        if (r.find()) {
          round = r.group(1);
        }
        level = title.contains("巡视") ? "巡视" : title.contains("巡察") ? "巡察" : null;
      }
      String team = null;
      String organization = null;
      String body = null;
      String start = null;
      String endDate = null;
      String feedback = null;
      String type = "常规";
      if (opening != null) {
        Matcher t = TEAM.matcher(opening);
        while (t.find()) {
          String candidate = t.group(1).replaceFirst("^(并|由|经)", "");
          if (!candidate.contains("轮")) {
            team = candidate;
            break;
          }
        }
        Matcher o = ORGANIZATION.matcher(opening);
        if (o.find()) {
          organization = o.group(1).replaceFirst("[（(]以下简称.*$", "");
        } else {
          Matcher o2 = ORGANIZATION_FEEDBACK.matcher(opening);
          if (o2.find()) {
            organization = o2.group(1);
          }
        }
        Matcher b = BODY.matcher(opening);
        if (b.find()) {
          body = b.group(1).replaceFirst("^中共", "").replaceFirst("(巡视|巡察)?工作$", "");
          body = body.replaceFirst("关于$", "").replaceFirst("(和|统一部署).*$", "");
        }
        if ((body == null || body.isBlank()) && team != null && !team.startsWith("第")) {
          Matcher tb = Pattern.compile("^(.{1,8}?)(?:第|巡视|巡察)").matcher(team);
          body = tb.find() ? tb.group(1) : null;
        }
        Matcher p = PERIOD.matcher(opening);
        int periodEnd = 0;
        if (p.find()) {
          int y1 = Integer.parseInt(p.group(1));
          int m1 = Integer.parseInt(p.group(2));
          int d1 = Integer.parseInt(p.group(3));
          int m2 = p.group(5) == null ? m1 : Integer.parseInt(p.group(5));
          int y2 = p.group(4) == null ? (m2 < m1 ? y1 + 1 : y1) : Integer.parseInt(p.group(4));
          int d2 = Integer.parseInt(p.group(6));
          start = isoOf(y1, m1, d1);
          endDate = isoOf(y2, m2, d2);
          periodEnd = p.end();
        }
        Matcher f = FEEDBACK.matcher(opening);
        if (f.find(periodEnd)) {
          int m = Integer.parseInt(f.group(2));
          int d = Integer.parseInt(f.group(3));
          Integer y = f.group(1) == null ? null : Integer.valueOf(f.group(1));
          if (y == null && endDate != null) {
            int endYear = Integer.parseInt(endDate.substring(0, 4));
            int endMonth = Integer.parseInt(endDate.substring(5, 7));
            y = m >= endMonth ? endYear : endYear + 1;
          }
          if (y != null) {
            feedback = isoOf(y, m, d);
          }
        }
        String all = (title == null ? "" : title) + opening;
        if (all.contains("回头看")) {
          type = "回头看";
        } else if (all.contains("专项") && !all.contains("常规")) {
          type = "专项";
        }
        if (level == null) {
          level = opening.contains("巡视") ? "巡视" : "巡察";
        }
        if (round == null) {
          Matcher r = ROUND_OPENING.matcher(opening);
          if (r.find()) {
            round = r.group(1);
          }
        }
      }
      return new Facts(
          title,
          issuer,
          body,
          team,
          organization,
          level,
          type,
          round,
          start,
          endDate,
          feedback,
          publication);
    }
  }

  static final Pattern ROUND = Pattern.compile("关于(.{2,40}?第[一二三四五六七八九十\\d]+轮(?:常规|专项)?(?:巡视|巡察))");
  static final Pattern ROUND_OPENING =
      Pattern.compile("((?:[^，。；]{0,20}?)第[一二三四五六七八九十\\d]+轮(?:常规|专项)?(?:巡视|巡察))");
  static final Pattern TEAM =
      Pattern.compile(
          "(?:^|[，。,；])(?:[^，。]{0,12}?(?:部署|安排)[，,])?((?:中共)?[\\u4e00-\\u9fa5]{0,14}?(?:巡视|巡察)[一二三四五六七八九十、]*组)");
  static final Pattern ORGANIZATION = Pattern.compile("对([^，。；]{2,40}?)(?:进行了|开展了|开展|进行|实施了)");
  static final Pattern ORGANIZATION_FEEDBACK = Pattern.compile("向([^，。；]{2,40}?)反馈");
  static final Pattern BODY = Pattern.compile("^(?:根据|按照|据)([^，。]{1,30}?)(?:的)?统一部署");
  static final Pattern PERIOD =
      Pattern.compile(
          "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:至|—|-|到)\\s*(?:(\\d{4})\\s*年)?\\s*(?:(\\d{1,2})\\s*月)?\\s*(\\d{1,2})\\s*日");
  static final Pattern FEEDBACK =
      Pattern.compile("(?:(\\d{4})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日[^。]{0,40}?反馈");

  private static final class MutableFinding {
    final String code;
    String marker;
    final String text;
    final String detail;
    final List<String> lines = new ArrayList<>();
    final List<BodyParagraph> body = new ArrayList<>();
    final List<MutableFinding> children = new ArrayList<>();

    MutableFinding(String code, String marker, String heading) {
      this.code = code;
      this.marker = marker;
      int stop = firstSentenceEnd(heading);
      this.text = heading.substring(0, stop);
      this.detail = heading.substring(stop);
    }

    ImportedFinding freeze() {
      List<ImportedFinding> frozen = new ArrayList<>();
      for (MutableFinding child : children) {
        frozen.add(child.freeze());
      }
      return new ImportedFinding(
          code, marker, text, detail, List.copyOf(lines), List.copyOf(body), frozen, null, null);
    }
  }

  /** End of the first sentence (after its 。), or the whole heading; never an empty text. */
  static int firstSentenceEnd(String heading) {
    int depth = 0;
    for (int i = 0; i < heading.length(); i++) {
      char c = heading.charAt(i);
      if (c == '“' || c == '《' || c == '（' || c == '(') {
        depth++;
      } else if ((c == '”' || c == '》' || c == '）' || c == ')') && depth > 0) {
        depth--;
      } else if (c == '。' && depth == 0 && i > 0) {
        return i + 1;
      }
    }
    return heading.length();
  }

  static FindingStatus groupStatus(String heading) {
    if (heading.matches(".*(已整改完成|已完成整改|整改完成)的问题.*")) {
      return FindingStatus.COMPLETED;
    }
    if (heading.matches(".*(正在推进整改|正在整改|尚未完成|未完成整改)的问题.*")) {
      return FindingStatus.IN_PROGRESS;
    }
    return null;
  }

  static final Pattern STATUS_PHRASE =
      Pattern.compile(
          "(已完成整改并长期坚持|已整改完成并长期坚持|完成整改并长期坚持)|(基本完成整改|整改基本完成|已基本完成)|(未全部完成|目前未完成整改|尚未完成整改|正在整改中|仍在整改|正在推进|持续推进中)|(已完成整改|已整改完成|已全部整改到位|整改已完成|已整改到位|已全部完成整改)");

  static FindingStatus phraseStatus(String text) {
    Matcher m = STATUS_PHRASE.matcher(text);
    return m.find() ? statusOf(m) : null;
  }

  static FindingStatus lastPhraseStatus(String text) {
    Matcher m = STATUS_PHRASE.matcher(text);
    FindingStatus last = null;
    while (m.find()) {
      last = statusOf(m);
    }
    return last;
  }

  private static FindingStatus statusOf(Matcher m) {
    if (m.group(1) != null) {
      return FindingStatus.COMPLETED_ONGOING;
    }
    if (m.group(2) != null) {
      return FindingStatus.BASICALLY_COMPLETED;
    }
    if (m.group(3) != null) {
      return FindingStatus.IN_PROGRESS;
    }
    return FindingStatus.COMPLETED;
  }

  static String markerOf(String content) {
    Matcher m;
    if ((m = SECTION.matcher(content)).find()
        || (m = CN_PAREN.matcher(content)).find()
        || (m = ARABIC.matcher(content)).find()
        || (m = AR_PAREN.matcher(content)).find()
        || (m = FEEDBACK_ITEM.matcher(content)).find()) {
      int end = m.end();
      while (end < content.length() && content.charAt(end) == ' ') {
        end++;
      }
      return content.substring(0, end);
    }
    return "";
  }

  static NumberStyle styleOf(String marker) {
    String m = marker.strip();
    if (FEEDBACK_ITEM.matcher(m).find()) {
      return NumberStyle.FEEDBACK_LABEL;
    }
    if (m.endsWith("、") && SECTION.matcher(m).find()) {
      return NumberStyle.CN_DUNHAO;
    }
    if (CN_PAREN.matcher(m).find()) {
      return m.startsWith("(") ? NumberStyle.CN_PAREN_ASCII : NumberStyle.CN_PAREN;
    }
    if (AR_PAREN.matcher(m).find()) {
      return m.startsWith("(") ? NumberStyle.AR_PAREN_ASCII : NumberStyle.AR_PAREN;
    }
    if (m.endsWith("．")) {
      return NumberStyle.AR_FULLDOT;
    }
    if (m.endsWith("、")) {
      return NumberStyle.AR_DUNHAO;
    }
    if (m.endsWith(".")) {
      return NumberStyle.AR_DOT;
    }
    if (ORDINAL_SHI.matcher(m).matches()) {
      return NumberStyle.CN_SHI;
    }
    return NumberStyle.NONE;
  }

  static int numberOf(String marker) {
    String digits = marker.replaceAll("[^0-9]", "");
    if (!digits.isEmpty()) {
      return Integer.parseInt(digits);
    }
    String cn = marker.replaceAll("[^一二三四五六七八九十]", "");
    return cn.isEmpty() ? 0 : cn(cn);
  }

  static int cn(String numeral) {
    String digits = "零一二三四五六七八九";
    if (numeral.equals("十")) {
      return 10;
    }
    int tenAt = numeral.indexOf('十');
    if (tenAt < 0) {
      return digits.indexOf(numeral.charAt(0));
    }
    int tens = tenAt == 0 ? 1 : digits.indexOf(numeral.charAt(0));
    int ones = tenAt == numeral.length() - 1 ? 0 : digits.indexOf(numeral.charAt(tenAt + 1));
    return tens * 10 + ones;
  }

  private static String strip(String sectionHeading) {
    return sectionHeading.substring(markerOf(sectionHeading).length());
  }

  private static String shorten(String s) {
    return s.length() <= 30 ? s : s.substring(0, 29) + "…";
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
  }

  private static String iso(String chineseDate) {
    Matcher m =
        Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日").matcher(chineseDate);
    return m.find()
        ? isoOf(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)))
        : null;
  }

  private static String isoOf(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return java.time.LocalDate.of(y, m, d).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
