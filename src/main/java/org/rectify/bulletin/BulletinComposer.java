package org.rectify.bulletin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.bulletin.BulletinDocument.Block;
import org.rectify.bulletin.BulletinDocument.BlockKind;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.HandoverFacts;
import org.rectify.bulletin.LedgerSnapshot.InspectionFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.bulletin.RenderProfile.BodySpec;
import org.rectify.bulletin.RenderProfile.Clause;
import org.rectify.bulletin.RenderProfile.CounterScope;
import org.rectify.bulletin.RenderProfile.Item;
import org.rectify.bulletin.RenderProfile.LabelMode;
import org.rectify.bulletin.RenderProfile.LevelSpec;
import org.rectify.bulletin.RenderProfile.SectionSpec;
import org.rectify.bulletin.RenderProfile.StatisticsPlacement;
import org.rectify.handover.HandoverKind;

/**
 * 通报排版: turns a ledger snapshot, the office's narrative and a render profile into a {@link
 * BulletinDocument}. Pure function, no I/O.
 *
 * <p>Slots: title {@code {issuer} {scope} {level} {statusWord} {kindWord}}; opening {@code
 * {authority} {period} {team} {unit} {organization} {typePhrase} {type} {roundLabel} {level}
 * {feedbackDate} {feedbackDateShort}}; statistics: every name of {@link LedgerFigures#METRICS} plus
 * {@code {level} {withheldFindings} {statedClause}}.
 */
public final class BulletinComposer {

  private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)}");
  private static final Pattern TERMINAL = Pattern.compile("[。；;！？：:]$");

  /** Figures phrased in free text that must agree with the ledger. */
  private static final Map<Pattern, String> CHECKED_PHRASES = checkedPhrases();

  private BulletinComposer() {}

  public static BulletinDocument compose(
      LedgerSnapshot fullSnapshot,
      BulletinNarrative narrative,
      RenderProfile profile,
      BulletinKind kind,
      Audience audience) {
    LedgerSnapshot snapshot =
        audience == Audience.PUBLIC ? fullSnapshot.publicPart() : fullSnapshot;
    InspectionFacts inspection = snapshot.inspection();
    Map<String, Object> computed = LedgerFigures.compute(snapshot);
    int allLeaves = (int) LedgerFigures.compute(fullSnapshot).get("findings");
    computed.put("withheldFindings", allLeaves - (int) computed.get("findings"));
    Map<String, Object> figures = new LinkedHashMap<>(computed);
    List<String> discrepancies = new ArrayList<>();
    narrative
        .statedFigures()
        .forEach(
            (metric, value) -> {
              if (!computed.containsKey(metric)) {
                throw new IllegalArgumentException("未知的统计项：" + metric);
              }
              if (!value.equals(computed.get(metric))) {
                discrepancies.add(
                    LedgerFigures.METRICS.getOrDefault(metric, metric)
                        + "：原文"
                        + value
                        + "，台账"
                        + computed.get(metric));
              }
              figures.put(metric, value);
            });
    figures.put("level", inspection.level());
    figures.put("statedClause", narrative.statedClause() == null ? "" : narrative.statedClause());

    Composition c = new Composition(profile, figures);
    // title
    Map<String, Object> titleSlots = new HashMap<>();
    titleSlots.put("issuer", inspection.organization());
    titleSlots.put("scope", narrative.titleScope() == null ? "" : narrative.titleScope());
    titleSlots.put("level", inspection.level());
    titleSlots.put(
        "statusWord",
        kind == BulletinKind.FINAL
            ? profile.title().finalStatusWord()
            : profile.title().stageStatusWord());
    titleSlots.put("kindWord", profile.title().kindWord());
    String title = fill(profile.title().template(), titleSlots);
    List<String> titleLines = new ArrayList<>();
    Integer cut = narrative.titleBreakAfter();
    if (cut != null && cut > 0 && cut < title.length()) {
      titleLines.add(title.substring(0, cut));
      titleLines.add(title.substring(cut));
    } else {
      titleLines.add(title);
    }
    String dateLine =
        profile.dateLine() == RenderProfile.DateLineStyle.ZERO_PADDED
                && narrative.signatureDate() != null
            ? ChineseText.zeroPaddedDate(narrative.signatureDate())
            : null;

    // opening
    String opening =
        narrative.opening() != null
            ? narrative.opening()
            : fill(profile.opening(), openingSlots(inspection));
    c.checkFreeText("开头段", opening);
    c.add(BlockKind.PARAGRAPH, null, null, opening);

    int sectionNo = 0;
    for (SectionSpec section : profile.sections()) {
      sectionNo++;
      c.add(
          BlockKind.SECTION,
          profile.sectionStyle().marker(sectionNo),
          null,
          fill(section.heading(), Map.of("level", inspection.level())));
      switch (section.kind()) {
        case OVERALL -> c.overall(narrative);
        case PROBLEMS -> c.problems(snapshot, narrative);
        case HANDOVERS -> c.handovers(snapshot);
        case FURTHER -> c.further(snapshot);
        case PLAN -> c.plans(narrative);
      }
    }
    c.closing(narrative, inspection);

    List<String> signature = new ArrayList<>();
    if (narrative.signatureOrganization() != null || narrative.signatureDate() != null) {
      String org =
          narrative.signatureOrganization() == null ? "" : narrative.signatureOrganization();
      String date =
          narrative.signatureDate() == null ? "" : ChineseText.date(narrative.signatureDate());
      switch (profile.signature()) {
        case TWO_LINES -> {
          signature.add(org);
          signature.add(date);
        }
        case SAME_LINE -> signature.add(org + date);
        case NONE -> {}
      }
    }
    c.verifyStatistics();
    return new BulletinDocument(
        title,
        List.copyOf(titleLines),
        dateLine,
        List.copyOf(c.blocks),
        List.copyOf(signature),
        profile.indent(),
        audience,
        inspection.organization(),
        narrative.signatureDate(),
        profile.name(),
        List.copyOf(discrepancies));
  }

  private static Map<String, Object> openingSlots(InspectionFacts inspection) {
    Map<String, Object> s = new HashMap<>();
    s.put("authority", inspection.inspectingBody());
    s.put("period", ChineseText.period(inspection.onSiteStart(), inspection.onSiteEnd()));
    s.put("team", inspection.inspectionTeam());
    s.put(
        "unit",
        inspection.organizationShort() == null
            ? inspection.organization()
            : inspection.organizationShort());
    s.put("organization", inspection.organization());
    s.put("type", inspection.type());
    s.put("roundLabel", inspection.roundLabel() == null ? "" : inspection.roundLabel());
    s.put("typePhrase", typePhrase(inspection));
    s.put("level", inspection.level());
    s.put("feedbackDate", ChineseText.date(inspection.feedbackDate()));
    boolean sameYear =
        inspection.onSiteStart() != null
            && inspection.onSiteStart().getYear() == inspection.feedbackDate().getYear();
    s.put(
        "feedbackDateShort",
        sameYear
            ? ChineseText.monthDay(inspection.feedbackDate())
            : ChineseText.date(inspection.feedbackDate()));
    return s;
  }

  /**
   * 轮次+类型 as in 进行了2022-2027年第二轮常规巡察: the ledger's round label may already end with the type (and
   * the level word), which must not be printed twice.
   */
  static String typePhrase(InspectionFacts inspection) {
    String round = inspection.roundLabel() == null ? "" : inspection.roundLabel().strip();
    if (round.endsWith(inspection.level())) {
      round = round.substring(0, round.length() - inspection.level().length());
    }
    return round.endsWith(inspection.type()) ? round : round + inspection.type();
  }

  /** Replaces every {@code {slot}}; a slot the map does not know is a profile error. */
  static String fill(String template, Map<String, Object> slots) {
    if (template == null) {
      return "";
    }
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (!slots.containsKey(name)) {
        throw new IllegalStateException("版式模板使用了未知的占位符 {" + name + "}：" + template);
      }
      Object value = slots.get(name);
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? "" : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * {@code a>0}, {@code a==b}, {@code a<b}, {@code a!=b}, or a bare name meaning non-zero /
   * non-empty.
   */
  static boolean holds(String condition, Map<String, Object> figures) {
    if (condition == null || condition.isBlank()) {
      return true;
    }
    Matcher m = Pattern.compile("\\s*(\\w+)\\s*(==|!=|>|<)\\s*(\\w+)\\s*").matcher(condition);
    if (!m.matches()) {
      Object v = value(condition.trim(), figures);
      return v instanceof Number n
          ? n.doubleValue() != 0
          : v != null && !String.valueOf(v).isEmpty();
    }
    double a = number(m.group(1), figures);
    double b = number(m.group(3), figures);
    return switch (m.group(2)) {
      case "==" -> a == b;
      case "!=" -> a != b;
      case ">" -> a > b;
      default -> a < b;
    };
  }

  private static double number(String token, Map<String, Object> figures) {
    if (token.chars().allMatch(Character::isDigit)) {
      return Double.parseDouble(token);
    }
    Object v = value(token, figures);
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalStateException("统计条件中的 " + token + " 不是数字");
  }

  private static Object value(String name, Map<String, Object> figures) {
    if (!figures.containsKey(name)) {
      throw new IllegalStateException("统计条件使用了未知的统计项：" + name);
    }
    return figures.get(name);
  }

  private static Map<Pattern, String> checkedPhrases() {
    Map<Pattern, String> p = new LinkedHashMap<>();
    p.put(Pattern.compile("(?<!\\d)(\\d+)(?:项|条)整改措施"), "measures");
    p.put(Pattern.compile("(?<!另有)(?<!\\d)(\\d+)个具体问题"), "findings");
    p.put(Pattern.compile("另有(\\d+)个(?:具体)?问题"), "withheldFindings");
    p.put(Pattern.compile("(?<!\\d)(\\d+)个方面"), "aspects");
    p.put(Pattern.compile("[已己](?:经)?完成落实(\\d+)项"), "measuresCompleted");
    p.put(Pattern.compile("已完成整改(\\d+)个"), "findingsFinishedOrCompleted");
    return p;
  }

  /** Mutable state while one document is composed. */
  private static final class Composition {
    private final RenderProfile profile;
    private final Map<String, Object> figures;
    private final List<Block> blocks = new ArrayList<>();
    private String statisticsSentence;
    private int findingCounter;
    private int subFindingCounter;

    Composition(RenderProfile profile, Map<String, Object> figures) {
      this.profile = profile;
      this.figures = figures;
    }

    void add(BlockKind kind, String marker, String label, String text) {
      blocks.add(new Block(kind, marker == null || marker.isEmpty() ? null : marker, label, text));
    }

    void overall(BulletinNarrative narrative) {
      List<String> items = new ArrayList<>(narrative.overallSituation());
      String stats =
          profile.statistics() != null
                  && profile.statistics().placement() == StatisticsPlacement.OVERALL_APPEND
              ? statistics()
              : null;
      if (stats != null && stats.isEmpty()) {
        stats = null;
      }
      for (int i = 0; i < items.size(); i++) {
        checkFreeText("整改工作总体情况第" + (i + 1) + "段", items.get(i));
        String text = items.get(i);
        if (stats != null && i == items.size() - 1) {
          text = text + stats;
        }
        add(BlockKind.PARAGRAPH, style(profile.overallItemStyle()).marker(i + 1), null, text);
      }
      if (stats != null && items.isEmpty()) {
        add(BlockKind.PARAGRAPH, null, null, stats);
      }
    }

    void problems(LedgerSnapshot snapshot, BulletinNarrative narrative) {
      if (narrative.problemsIntro() != null) {
        checkFreeText("问题整改情况导语", narrative.problemsIntro());
        add(BlockKind.PARAGRAPH, null, null, narrative.problemsIntro());
      }
      if (profile.statistics() != null
          && profile.statistics().placement() == StatisticsPlacement.PROBLEMS_INTRO
          && !statistics().isEmpty()) {
        add(BlockKind.PARAGRAPH, null, null, statistics());
      }
      int aspectNo = 0;
      for (AspectFacts aspect : snapshot.aspects()) {
        aspectNo++;
        LevelSpec a = profile.aspects();
        add(
            BlockKind.SUBSECTION,
            style(a.style()).marker(aspectNo),
            null,
            fill(a.heading(), Map.of("heading", aspect.heading())));
        int local = 0;
        for (FindingFacts finding : aspect.findings()) {
          local++;
          LevelSpec f = profile.findings();
          String marker = marker(f, aspect.findings().size(), local, ++findingCounter);
          add(BlockKind.ITEM, marker, null, heading(f, finding));
          runInOr(f, finding);
          int subLocal = 0;
          for (FindingFacts child : finding.children()) {
            subLocal++;
            LevelSpec s = profile.subFindings();
            add(
                BlockKind.SUBITEM,
                marker(s, finding.children().size(), subLocal, ++subFindingCounter),
                null,
                heading(s, child));
            runInOr(s, child);
          }
        }
      }
    }

    private String marker(LevelSpec level, int siblings, int local, int global) {
      if (level.omitMarkerWhenOnlyChild() && siblings == 1) {
        return null;
      }
      return style(level.style()).marker(level.scope() == CounterScope.GLOBAL ? global : local);
    }

    private String heading(LevelSpec level, FindingFacts finding) {
      Map<String, Object> slots = new HashMap<>();
      slots.put("text", finding.text());
      slots.put("detail", finding.detail() == null ? "" : finding.detail());
      return fill(level.heading() == null ? "{text}{detail}" : level.heading(), slots);
    }

    /**
     * The body on the heading's own line (run-in) when the level asks for it and there is no label,
     * else below.
     */
    private void runInOr(LevelSpec level, FindingFacts finding) {
      BodySpec b = profile.body();
      boolean unlabelled =
          b.mode() == LabelMode.SINGLE && (b.label() == null || b.label().isEmpty());
      if (level.runIn() && unlabelled && !finding.measures().isEmpty()) {
        Block heading = blocks.remove(blocks.size() - 1);
        String body =
            inline(
                style(b.measureStyle()),
                finding.measures().stream().map(Composition::reported).toList());
        blocks.add(
            new Block(heading.kind(), heading.marker(), heading.label(), heading.text() + body));
        return;
      }
      body(finding);
    }

    private void body(FindingFacts finding) {
      if (finding.measures().isEmpty()) {
        return;
      }
      BodySpec b = profile.body();
      String colon = "：";
      if (b.mode() == LabelMode.SINGLE && !b.statusValues().isEmpty()) {
        String value = b.statusValues().getOrDefault(finding.status(), "");
        add(BlockKind.LABELLED, null, b.label() + colon, value);
        NumberStyle style = style(b.measureStyle());
        List<MeasureFacts> list = finding.measures();
        for (int i = 0; i < list.size(); i++) {
          add(BlockKind.PARAGRAPH, style.marker(i + 1), null, terminated(reported(list.get(i))));
        }
        return;
      }
      if (b.mode() == LabelMode.STATUS_DEPENDENT && !finding.finished()) {
        List<String> done =
            finding.measures().stream()
                .filter(m -> !m.notes().isEmpty())
                .map(m -> joinedNotes(m.notes()))
                .toList();
        if (!done.isEmpty()) {
          labelled(b.progressLabel() + colon, done);
        }
        List<String> next =
            finding.measures().stream().filter(m -> !m.finished()).map(MeasureFacts::text).toList();
        if (!next.isEmpty()) {
          labelled(b.nextStepsLabel() + colon, next);
        }
        return;
      }
      String label = b.mode() == LabelMode.STATUS_DEPENDENT ? b.achievedLabel() : b.label();
      labelled(
          label == null || label.isEmpty() ? null : label + colon,
          finding.measures().stream().map(Composition::reported).toList());
    }

    private static String reported(MeasureFacts measure) {
      return measure.notes().isEmpty() ? measure.text() : joinedNotes(measure.notes());
    }

    /**
     * Several progress notes read as consecutive sentences: one without closing punctuation would
     * run into the next.
     */
    private static String joinedNotes(List<String> notes) {
      return notes.stream()
          .map(Composition::terminated)
          .collect(java.util.stream.Collectors.joining());
    }

    private void labelled(String label, List<String> texts) {
      add(BlockKind.LABELLED, null, label, inline(style(profile.body().measureStyle()), texts));
    }

    private String inline(NumberStyle style, List<String> texts) {
      if (texts.size() == 1) {
        return terminated(texts.get(0));
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < texts.size(); i++) {
        out.append(style.marker(i + 1)).append(terminated(texts.get(i)));
      }
      return out.toString();
    }

    private static String terminated(String text) {
      String t = text.strip();
      return TERMINAL.matcher(t).find() ? t : t + "。";
    }

    void handovers(LedgerSnapshot snapshot) {
      if (snapshot.handovers().isEmpty()) {
        add(BlockKind.PARAGRAPH, null, null, "无。");
        return;
      }
      String level = String.valueOf(figures.get("level"));
      for (HandoverKind kind : HandoverKind.values()) {
        List<HandoverFacts> items =
            snapshot.handovers().stream().filter(h -> h.kind() == kind).toList();
        if (items.isEmpty()) {
          continue;
        }
        String w = kind.countWord();
        long done = items.stream().filter(h -> h.status().isConcluded()).count();
        String doneWord = kind == HandoverKind.IMMEDIATE_ISSUE ? "已完成整改" : "已办结";
        StringBuilder s = new StringBuilder(level + "移交的" + items.size() + w + kind.label() + "，");
        if (done == items.size()) {
          s.append(kind == HandoverKind.IMMEDIATE_ISSUE ? "已全部完成整改" : "已全部办结");
        } else {
          s.append(doneWord)
              .append(done)
              .append(w)
              .append("，正在办理")
              .append(items.size() - done)
              .append(w);
        }
        int persons =
            items.stream()
                .flatMap(h -> h.sanctions().stream())
                .mapToInt(x -> x.personCount())
                .sum();
        if (persons > 0) {
          s.append("，处理").append(persons).append("人");
        }
        add(BlockKind.PARAGRAPH, null, null, s + "。");
      }
    }

    void further(LedgerSnapshot snapshot) {
      var spec = profile.further();
      List<FindingFacts> open =
          snapshot.allFindings().stream().filter(f -> f.leaf() && !f.finished()).toList();
      if (open.isEmpty()) {
        add(BlockKind.PARAGRAPH, null, null, "反馈问题已全部完成整改。");
        return;
      }
      int n = 0;
      for (FindingFacts finding : open) {
        n++;
        add(
            BlockKind.ITEM,
            style(spec.style()).marker(n),
            null,
            fill(
                spec.heading() == null ? "{text}" : spec.heading(),
                Map.of("text", finding.text())));
        List<MeasureFacts> remaining =
            finding.measures().stream().filter(m -> !m.finished()).toList();
        if (!remaining.isEmpty()) {
          labelled(
              spec.nextStepsLabel() + "：", remaining.stream().map(MeasureFacts::text).toList());
          if (spec.deadlineLabel() != null) {
            remaining.stream()
                .map(MeasureFacts::deadline)
                .filter(d -> d != null)
                .max(java.util.Comparator.naturalOrder())
                .ifPresent(
                    d ->
                        add(
                            BlockKind.LABELLED,
                            null,
                            spec.deadlineLabel() + "：",
                            ChineseText.date(d) + "前"));
          }
        }
      }
    }

    void plans(BulletinNarrative narrative) {
      if (narrative.planIntro() != null) {
        checkFreeText("下步打算导语", narrative.planIntro());
        add(BlockKind.PARAGRAPH, null, null, narrative.planIntro());
      }
      NumberStyle style =
          profile.plans() == null ? NumberStyle.CN_PAREN : style(profile.plans().style());
      for (int i = 0; i < narrative.nextSteps().size(); i++) {
        checkFreeText("下步打算第" + (i + 1) + "项", narrative.nextSteps().get(i));
        add(BlockKind.PARAGRAPH, style.marker(i + 1), null, narrative.nextSteps().get(i));
      }
      if (narrative.closingRemark() != null) {
        checkFreeText("结束语", narrative.closingRemark());
        add(BlockKind.PARAGRAPH, null, null, narrative.closingRemark());
      }
    }

    void closing(BulletinNarrative narrative, InspectionFacts inspection) {
      String invitation =
          narrative.invitation() != null
              ? narrative.invitation()
              : fill(
                  profile.invitation(),
                  Map.of(
                      "level",
                      inspection.level(),
                      "unit",
                      inspection.organizationShort() == null
                          ? inspection.organization()
                          : inspection.organizationShort()));
      String contact = narrative.contact();
      if (invitation.isEmpty() && contact == null) {
        return;
      }
      if (contact != null && profile.contactOnOwnLine()) {
        add(BlockKind.PARAGRAPH, null, null, invitation);
        for (String line : contact.split("\n")) {
          add(BlockKind.PARAGRAPH, null, null, line);
        }
      } else {
        add(BlockKind.PARAGRAPH, null, null, invitation + (contact == null ? "" : contact));
      }
    }

    /** The statistics sentence, composed once. */
    String statistics() {
      if (statisticsSentence != null) {
        return statisticsSentence;
      }
      var spec = profile.statistics();
      List<String> clauses = new ArrayList<>();
      for (Clause clause : spec.clauses()) {
        if (!holds(clause.when(), figures)) {
          continue;
        }
        List<String> items = new ArrayList<>();
        for (Item item : clause.items()) {
          if (holds(item.when(), figures)) {
            items.add(fill(item.text(), figures));
          }
        }
        if (!items.isEmpty()) {
          clauses.add(String.join(clause.joiner(), items));
        }
      }
      statisticsSentence =
          clauses.isEmpty()
              ? ""
              : nz(spec.prefix()) + String.join(nz(spec.separator()), clauses) + nz(spec.end());
      return statisticsSentence;
    }

    /** The sentence's own figures must read back as the figures it was built from. */
    void verifyStatistics() {
      if (statisticsSentence != null) {
        checkFreeText("统计语句", statisticsSentence);
      }
    }

    /**
     * Free text written by the office (or a statistics template) may name figures; the ones this
     * check knows must equal the ledger's (or an import's stated figures).
     */
    void checkFreeText(String place, String text) {
      if (text == null) {
        return;
      }
      for (var entry : CHECKED_PHRASES.entrySet()) {
        Matcher m = entry.getKey().matcher(text);
        while (m.find()) {
          int printed = Integer.parseInt(m.group(1));
          String metric = entry.getValue();
          boolean ok =
              metric.equals("findingsFinishedOrCompleted")
                  ? printed == (int) figures.get("findingsFinished")
                      || printed == (int) figures.get("findingsCompleted")
                  : printed == ((Number) figures.get(metric)).intValue();
          if (!ok) {
            throw new FigureMismatchException(
                place
                    + "中的“"
                    + m.group()
                    + "”与台账不符（台账："
                    + LedgerFigures.METRICS.getOrDefault(metric, "已完成整改")
                    + " "
                    + (metric.equals("findingsFinishedOrCompleted")
                        ? figures.get("findingsFinished")
                        : figures.get(metric))
                    + "）");
          }
        }
      }
    }

    private static NumberStyle style(NumberStyle s) {
      return s == null ? NumberStyle.NONE : s;
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }
}
