package org.rectify.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.BulletinDocument;
import org.rectify.bulletin.BulletinDocument.Block;
import org.rectify.bulletin.BulletinDocument.BlockKind;
import org.rectify.bulletin.BulletinRenderer;
import org.rectify.bulletin.BulletinWording;
import org.rectify.bulletin.NumberStyle;
import org.rectify.bulletin.RenderProfile;
import org.rectify.bulletin.RenderProfile.LabelMode;
import org.rectify.bulletin.RenderProfile.LevelSpec;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.AspectHeading;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.FindingBody;
import org.rectify.importing.BulletinReading.FindingDetail;
import org.rectify.importing.BulletinReading.FindingHeading;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;
import org.rectify.importing.BulletinReading.Narrative;
import org.rectify.importing.BulletinReading.Part;
import org.rectify.importing.BulletinReading.Statistics;

/**
 * 按台账重排通报: an imported bulletin composed again from a ledger — the aspects and findings with their
 * <em>current</em> statuses and texts — into the product's {@link BulletinDocument}, in the {@link
 * RenderProfile} inferred from the document, and laid out by the product's FreeMarker templates
 * ({@link BulletinRenderer}), like every bulletin Rectify writes.
 *
 * <p>From the ledger and the profile: every finding's marker (the level's style and counter scope,
 * {@link LevelSpec#marker}), the first label under a finding when labels follow status (取得成效 /
 * 进展情况, {@link RenderProfile.BodySpec#leadLabel}), and the problem figures of the statistics
 * sentence (方面, 具体问题, 已完成, 基本完成, 未完成). Kept as the document printed them: the paragraphs the ledger
 * does not model (title, opening, overall items, plans, closing), each finding's text and body, and
 * figures the ledger cannot count (措施, 制度, money).
 */
public final class BulletinReprint {

  private static final BulletinRenderer RENDERER = new BulletinRenderer();

  private BulletinReprint() {}

  /** The text edition, one paragraph per line, through the product's text template. */
  public static String text(BulletinReading reading, List<ImportedAspect> ledger) {
    return RENDERER.text(document(reading, ledger));
  }

  /** The document, ready for any of the product's templates (text, HTML, Word). */
  public static BulletinDocument document(BulletinReading reading, List<ImportedAspect> ledger) {
    RenderProfile profile = reading.profile();
    Map<String, ImportedFinding> byCode = new HashMap<>();
    for (ImportedAspect aspect : ledger) {
      for (ImportedFinding f : aspect.findings()) {
        byCode.put(f.code(), f);
        f.children().forEach(s -> byCode.put(s.code(), s));
      }
    }
    Map<String, String> markers = markers(ledger, profile);
    Counts counts = Counts.of(ledger);
    List<String> title = new ArrayList<>();
    String dateLine = null;
    List<String> signature = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (Part part : reading.parts()) {
      if (part instanceof Narrative n) {
        String text = n.text().strip();
        switch (n.role()) {
          case TITLE -> title.add(text);
          case DATE -> dateLine = text;
          case SIGNATURE -> signature.add(text);
          case BLANK -> {}
          case SECTION -> blocks.add(block(BlockKind.SECTION, null, null, text));
          default -> blocks.add(block(BlockKind.PARAGRAPH, null, null, text));
        }
      } else if (part instanceof Statistics st) {
        blocks.add(block(BlockKind.PARAGRAPH, null, null, statistics(st, counts, profile)));
      } else if (part instanceof AspectHeading h) {
        ImportedAspect aspect = ledger.get(h.aspect());
        String marker =
            aspect.marker().isEmpty()
                ? null
                : marker(profile.aspects(), aspect.marker(), h.aspect() + 1, h.aspect() + 1);
        blocks.add(block(BlockKind.SUBSECTION, marker, null, aspect.heading()));
      } else if (part instanceof FindingHeading h) {
        boolean sub = h.code().chars().filter(c -> c == '.').count() > 1;
        blocks.add(
            block(
                sub ? BlockKind.SUBITEM : BlockKind.ITEM,
                markers.get(h.code()),
                null,
                byCode.get(h.code()).heading()));
      } else if (part instanceof FindingDetail d) {
        blocks.add(
            block(BlockKind.PARAGRAPH, null, null, byCode.get(d.code()).lines().get(d.line())));
      } else {
        FindingBody b = (FindingBody) part;
        ImportedFinding f = byCode.get(b.code());
        BodyParagraph p = f.body().get(b.paragraph());
        blocks.add(
            p.label() == null
                ? block(BlockKind.PARAGRAPH, null, null, p.text())
                : block(BlockKind.LABELLED, null, label(profile, f, p) + p.colon(), p.text()));
      }
    }
    return new BulletinDocument(
        String.join("", title),
        List.copyOf(title),
        dateLine,
        List.copyOf(blocks),
        List.copyOf(signature),
        profile.indent(),
        Audience.PUBLIC,
        reading.facts().issuer(),
        reading.facts().publicationDate() == null
            ? null
            : LocalDate.parse(reading.facts().publicationDate()),
        profile.name(),
        List.of());
  }

  /**
   * Every numbered finding's marker, numbered again in the ledger's order by the profile's levels;
   * a finding the document printed without a marker stays without one.
   */
  private static Map<String, String> markers(List<ImportedAspect> ledger, RenderProfile profile) {
    Map<String, String> markers = new HashMap<>();
    int global = 0;
    int globalSub = 0;
    for (ImportedAspect aspect : ledger) {
      int perAspect = 0;
      for (ImportedFinding f : aspect.findings()) {
        markers.put(
            f.code(),
            f.marker().isEmpty()
                ? ""
                : marker(profile.findings(), f.marker(), ++perAspect, ++global));
        int perParent = 0;
        for (ImportedFinding s : f.children()) {
          markers.put(
              s.code(),
              s.marker().isEmpty()
                  ? ""
                  : marker(profile.subFindings(), s.marker(), ++perParent, ++globalSub));
        }
      }
    }
    return markers;
  }

  /** The statistics paragraph with its sentence's problem figures counted from the ledger. */
  private static String statistics(Statistics st, Counts counts, RenderProfile profile) {
    int at = st.text().indexOf(st.sentence());
    String text =
        at < 0
            ? st.text()
            : st.text().substring(0, at)
                + rewriteStatistics(st.sentence(), counts, profile)
                + st.text().substring(at + st.sentence().length());
    return text.strip();
  }

  private static Block block(BlockKind kind, String marker, String label, String text) {
    return new Block(kind, marker == null || marker.isEmpty() ? null : marker, label, text);
  }

  /**
   * The level's marker for the item's counter; an item the document printed in another style (a
   * stray （1） among (1)) keeps its own style, and the spacing after the printed marker is kept.
   */
  private static String marker(LevelSpec level, String printed, int local, int global) {
    NumberStyle own = BulletinReader.styleOf(printed);
    NumberStyle style = own == NumberStyle.NONE ? level.style() : own;
    return style.marker(level.counter(local, global)) + spacing(printed);
  }

  private static String spacing(String marker) {
    int i = marker.length();
    while (i > 0 && marker.charAt(i - 1) == ' ') {
      i--;
    }
    return marker.substring(i);
  }

  private static String label(RenderProfile profile, ImportedFinding f, BodyParagraph p) {
    boolean statusLabel =
        BulletinReader.ACHIEVED_LABELS.contains(p.label())
            || BulletinReader.PROGRESS_LABELS.contains(p.label());
    if (profile.body().mode() != LabelMode.STATUS_DEPENDENT || !statusLabel || f.status() == null) {
      return p.label();
    }
    boolean first = f.body().stream().filter(x -> x.label() != null).findFirst().orElse(null) == p;
    return first ? profile.body().leadLabel(f.status().isFinished()) : p.label();
  }

  /**
   * Problem counts of a ledger: leaves only (a finding with sub-findings counts its sub-findings).
   */
  record Counts(int aspects, int findings, int finished, int basic, int open) {
    static Counts of(List<ImportedAspect> ledger) {
      int findings = 0;
      int finished = 0;
      int basic = 0;
      int open = 0;
      for (ImportedAspect aspect : ledger) {
        for (ImportedFinding f : aspect.findings()) {
          for (ImportedFinding leaf : f.children().isEmpty() ? List.of(f) : f.children()) {
            findings++;
            FindingStatus status = leaf.status();
            if (status != null && status.isFinished()) {
              finished++;
            } else if (status == FindingStatus.BASICALLY_COMPLETED) {
              basic++;
            } else {
              open++;
            }
          }
        }
      }
      return new Counts(ledger.size(), findings, finished, basic, open);
    }
  }

  /**
   * The statistics paragraph with its problem clause counted from the ledger: the stated wording is
   * kept, only the numbers change; an open count is added when the ledger has open findings and the
   * document had none, 已全部完成整改 becomes a count when not all are finished.
   */
  static String rewriteStatistics(String paragraph, Counts counts, RenderProfile profile) {
    BulletinWording wording = new BulletinWording(profile.name());
    Matcher findings = StatedFigures.FINDINGS.matcher(paragraph);
    if (!findings.find()) {
      return paragraph;
    }
    StringBuilder out = new StringBuilder(paragraph.substring(0, findings.start()));
    int base = findings.start();
    StringBuilder head = new StringBuilder(findings.group());
    head.replace(
        findings.start(2) - base, findings.end(2) - base, String.valueOf(counts.findings()));
    if (findings.group(1) != null) {
      head.replace(
          findings.start(1) - base, findings.end(1) - base, String.valueOf(counts.aspects()));
    }
    out.append(head);
    String rest = paragraph.substring(findings.end());
    int clauseEnd = indexOfAny(rest, "；;。");
    String clause = clauseEnd < 0 ? rest : rest.substring(0, clauseEnd);
    String after = clauseEnd < 0 ? "" : rest.substring(clauseEnd);
    boolean hadOpen = StatedFigures.OPEN.matcher(clause).find();
    boolean hadCompletedCount = StatedFigures.COMPLETED.matcher(clause).find();
    clause = replaceNumber(clause, StatedFigures.COMPLETED, counts.finished());
    clause = replaceNumber(clause, StatedFigures.BASIC, counts.basic());
    clause = replaceNumber(clause, StatedFigures.OPEN, counts.open());
    Matcher all = StatedFigures.ALL_COMPLETED.matcher(clause);
    // 已全部完成整改 as the whole statement (not after a count: …中的10个已经全部整改完毕)
    if (!hadCompletedCount && all.find() && counts.finished() < counts.findings()) {
      clause =
          clause.substring(0, all.start())
              + wording.text("completedCount", Map.of("count", counts.finished()))
              + clause.substring(all.end());
    }
    if (!hadOpen && counts.open() > 0) {
      Matcher done = StatedFigures.COMPLETED.matcher(clause);
      if (done.find()) {
        clause =
            clause.substring(0, done.end())
                + "、"
                + wording.text("openCount", Map.of("count", counts.open()))
                + clause.substring(done.end());
      } else {
        clause = clause + "，" + wording.text("openCount", Map.of("count", counts.open()));
      }
    }
    return out.append(clause).append(after).toString();
  }

  private static String replaceNumber(String clause, java.util.regex.Pattern pattern, int value) {
    Matcher m = pattern.matcher(clause);
    if (!m.find()) {
      return clause;
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return clause.substring(0, m.start(g)) + value + clause.substring(m.end(g));
      }
    }
    return clause;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
