package org.rectify.bulletin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rectify.bulletin.BulletinDocument.Block;
import org.rectify.bulletin.BulletinDocument.BlockKind;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.bulletin.RenderProfile.BodySpec;
import org.rectify.bulletin.RenderProfile.LabelMode;
import org.rectify.bulletin.RenderProfile.LevelSpec;
import org.rectify.bulletin.RenderProfile.SectionKind;

/**
 * 通报结构: the body lines of a bulletin in order — sections, aspects, findings and sub-findings with
 * their markers and counters, the labels and measures under each finding, plans and the closing.
 * Mutable while one document is composed; headings come from the profile's {@link BulletinWording},
 * figure-bearing text from {@link BulletinFigureSentences}, which also checks the office's free
 * text.
 */
final class BulletinStructure {

  private static final Pattern TERMINAL = Pattern.compile("[。；;！？：:]$");
  private static final String COLON = "：";

  private final RenderProfile profile;
  private final BulletinFigureSentences figures;
  private final BulletinWording wording;
  private final List<Block> blocks = new ArrayList<>();
  private int findingCounter;
  private int subFindingCounter;

  BulletinStructure(
      RenderProfile profile, BulletinFigureSentences figures, BulletinWording wording) {
    this.profile = profile;
    this.figures = figures;
    this.wording = wording;
  }

  List<Block> blocks() {
    return List.copyOf(blocks);
  }

  void add(BlockKind kind, String marker, String label, String text) {
    blocks.add(new Block(kind, marker == null || marker.isEmpty() ? null : marker, label, text));
  }

  /** A paragraph of free text, after its figures were checked. */
  void checkedParagraph(String place, String text) {
    figures.checkFreeText(place, text);
    add(BlockKind.PARAGRAPH, null, null, text);
  }

  void section(int number, SectionKind kind, String level) {
    add(
        BlockKind.SECTION,
        style(profile.sectionStyle()).marker(number),
        null,
        wording.text("sectionHeading", Map.of("section", kind.name(), "level", level)));
  }

  /**
   * @param statistics sentence appended to the last paragraph, or null
   */
  void overall(BulletinNarrative narrative, String statistics) {
    List<String> items = narrative.overallSituation();
    for (int i = 0; i < items.size(); i++) {
      figures.checkFreeText("整改工作总体情况第" + (i + 1) + "段", items.get(i));
      String text = items.get(i);
      if (statistics != null && i == items.size() - 1) {
        text = text + statistics;
      }
      add(BlockKind.PARAGRAPH, style(profile.overallItemStyle()).marker(i + 1), null, text);
    }
    if (statistics != null && items.isEmpty()) {
      add(BlockKind.PARAGRAPH, null, null, statistics);
    }
  }

  /**
   * @param statistics the statistics sentence as the section's intro, or null
   */
  void problems(LedgerSnapshot snapshot, BulletinNarrative narrative, String statistics) {
    if (narrative.problemsIntro() != null) {
      checkedParagraph("问题整改情况导语", narrative.problemsIntro());
    }
    if (statistics != null) {
      add(BlockKind.PARAGRAPH, null, null, statistics);
    }
    int aspectNo = 0;
    for (AspectFacts aspect : snapshot.aspects()) {
      aspectNo++;
      LevelSpec a = profile.aspects();
      add(
          BlockKind.SUBSECTION,
          style(a.style()).marker(aspectNo),
          null,
          wording.text("aspectHeading", Map.of("heading", aspect.heading())));
      int local = 0;
      for (FindingFacts finding : aspect.findings()) {
        local++;
        LevelSpec f = profile.findings();
        String marker = f.marker(aspect.findings().size(), local, ++findingCounter);
        add(BlockKind.ITEM, marker, null, heading("findingHeading", finding));
        runInOr(f, finding);
        int subLocal = 0;
        for (FindingFacts child : finding.children()) {
          subLocal++;
          LevelSpec s = profile.subFindings();
          add(
              BlockKind.SUBITEM,
              s.marker(finding.children().size(), subLocal, ++subFindingCounter),
              null,
              heading("subFindingHeading", child));
          runInOr(s, child);
        }
      }
    }
  }

  private String heading(String function, FindingFacts finding) {
    Map<String, Object> model = new HashMap<>();
    model.put("text", finding.text());
    model.put("detail", finding.detail());
    return wording.text(function, model);
  }

  /**
   * The body on the heading's own line (run-in) when the level asks for it and there is no label,
   * else below.
   */
  private void runInOr(LevelSpec level, FindingFacts finding) {
    BodySpec b = profile.body();
    boolean unlabelled = b.mode() == LabelMode.SINGLE && (b.label() == null || b.label().isEmpty());
    if (level.runIn() && unlabelled && !finding.measures().isEmpty()) {
      Block heading = blocks.remove(blocks.size() - 1);
      String body =
          inline(
              style(b.measureStyle()),
              finding.measures().stream().map(BulletinStructure::reported).toList());
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
    if (b.mode() == LabelMode.SINGLE && !b.statusValues().isEmpty()) {
      String value = b.statusValues().getOrDefault(finding.status(), "");
      add(BlockKind.LABELLED, null, b.label() + COLON, value);
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
        labelled(b.progressLabel() + COLON, done);
      }
      List<String> next =
          finding.measures().stream().filter(m -> !m.finished()).map(MeasureFacts::text).toList();
      if (!next.isEmpty()) {
        labelled(b.nextStepsLabel() + COLON, next);
      }
      return;
    }
    String label = b.leadLabel(true);
    labelled(
        label == null ? null : label + COLON,
        finding.measures().stream().map(BulletinStructure::reported).toList());
  }

  private static String reported(MeasureFacts measure) {
    return measure.notes().isEmpty() ? measure.text() : joinedNotes(measure.notes());
  }

  /**
   * Several progress notes read as consecutive sentences: one without closing punctuation would run
   * into the next.
   */
  private static String joinedNotes(List<String> notes) {
    return notes.stream().map(BulletinStructure::terminated).collect(Collectors.joining());
  }

  private void labelled(String label, List<String> texts) {
    add(BlockKind.LABELLED, null, label, inline(style(profile.body().measureStyle()), texts));
  }

  private static String inline(NumberStyle style, List<String> texts) {
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

  void handovers(List<String> sentences) {
    if (sentences.isEmpty()) {
      add(BlockKind.PARAGRAPH, null, null, wording.text("noHandovers", Map.of()));
      return;
    }
    sentences.forEach(s -> add(BlockKind.PARAGRAPH, null, null, s));
  }

  void further(LedgerSnapshot snapshot) {
    var spec = profile.further();
    List<FindingFacts> open =
        snapshot.allFindings().stream().filter(f -> f.leaf() && !f.finished()).toList();
    if (open.isEmpty()) {
      add(BlockKind.PARAGRAPH, null, null, wording.text("allFindingsFinished", Map.of()));
      return;
    }
    int n = 0;
    for (FindingFacts finding : open) {
      n++;
      add(
          BlockKind.ITEM,
          style(spec.style()).marker(n),
          null,
          wording.text("furtherHeading", Map.of("text", finding.text())));
      List<MeasureFacts> remaining =
          finding.measures().stream().filter(m -> !m.finished()).toList();
      if (!remaining.isEmpty()) {
        labelled(
            wording.text("furtherNextStepsLabel", Map.of()) + COLON,
            remaining.stream().map(MeasureFacts::text).toList());
        String deadlineLabel = wording.text("furtherDeadlineLabel", Map.of());
        remaining.stream()
            .map(MeasureFacts::deadline)
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .ifPresent(
                d ->
                    add(
                        BlockKind.LABELLED,
                        null,
                        deadlineLabel + COLON,
                        ChineseText.date(d) + "前"));
      }
    }
  }

  void plans(BulletinNarrative narrative) {
    if (narrative.planIntro() != null) {
      checkedParagraph("下步打算导语", narrative.planIntro());
    }
    NumberStyle style =
        profile.plans() == null ? NumberStyle.CN_PAREN : style(profile.plans().style());
    for (int i = 0; i < narrative.nextSteps().size(); i++) {
      figures.checkFreeText("下步打算第" + (i + 1) + "项", narrative.nextSteps().get(i));
      add(BlockKind.PARAGRAPH, style.marker(i + 1), null, narrative.nextSteps().get(i));
    }
    if (narrative.closingRemark() != null) {
      checkedParagraph("结束语", narrative.closingRemark());
    }
  }

  /** The supervision invitation and the contact data, on one line or the contact on its own. */
  void closing(String invitation, String contact) {
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

  private static NumberStyle style(NumberStyle s) {
    return s == null ? NumberStyle.NONE : s;
  }
}
