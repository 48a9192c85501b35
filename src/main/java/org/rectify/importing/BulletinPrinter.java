package org.rectify.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.rectify.bulletin.NumberStyle;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.AspectHeading;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.FindingBody;
import org.rectify.importing.BulletinReading.FindingDetail;
import org.rectify.importing.BulletinReading.FindingHeading;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;
import org.rectify.importing.BulletinReading.Layout;
import org.rectify.importing.BulletinReading.Narrative;
import org.rectify.importing.BulletinReading.Part;
import org.rectify.importing.BulletinReading.Statistics;

/**
 * 按台账重排通报: prints an imported bulletin again, in its own inferred layout, from a ledger — the
 * aspects and findings with their <em>current</em> statuses and texts. Narrative paragraphs (title,
 * opening, overall items, plans, closing) are printed as imported; every finding's marker is
 * numbered again from the ledger's order in the document's numbering style and scope; a label that
 * depends on status (取得成效 / 进展情况) follows the ledger's status; the problem figures of the
 * statistics sentence (方面, 具体问题, 已完成, 基本完成, 未完成) are counted from the ledger. Figures the ledger
 * cannot count (措施, 制度, money) stay as the document stated them.
 */
public final class BulletinPrinter {

  private BulletinPrinter() {}

  /** The text edition, one paragraph per line. */
  public static String print(BulletinReading reading, List<ImportedAspect> ledger) {
    Map<String, ImportedFinding> byCode = new HashMap<>();
    Map<String, String> markers = new HashMap<>();
    Layout layout = reading.layout();
    int global = 0;
    int globalSub = 0;
    for (ImportedAspect aspect : ledger) {
      int perAspect = 0;
      for (ImportedFinding f : aspect.findings()) {
        byCode.put(f.code(), f);
        if (!f.marker().isEmpty()) {
          global++;
          perAspect++;
          markers.put(
              f.code(),
              style(layout.findingStyle(), f).marker(layout.findingsGlobal() ? global : perAspect));
        } else {
          markers.put(f.code(), "");
        }
        int perParent = 0;
        for (ImportedFinding s : f.children()) {
          byCode.put(s.code(), s);
          if (!s.marker().isEmpty()) {
            globalSub++;
            perParent++;
            markers.put(
                s.code(),
                style(layout.subStyle(), s).marker(layout.subsGlobal() ? globalSub : perParent));
          } else {
            markers.put(s.code(), "");
          }
        }
      }
    }
    Counts counts = Counts.of(ledger);
    String indent = layout.indent();
    StringBuilder out = new StringBuilder();
    for (Part part : reading.parts()) {
      String line;
      if (part instanceof Narrative n) {
        line = n.text();
      } else if (part instanceof Statistics st) {
        int at = st.text().indexOf(st.sentence());
        line =
            at < 0
                ? st.text()
                : st.text().substring(0, at)
                    + rewriteStatistics(st.sentence(), counts)
                    + st.text().substring(at + st.sentence().length());
      } else if (part instanceof AspectHeading h) {
        ImportedAspect aspect = ledger.get(h.aspect());
        String marker =
            aspect.marker().isEmpty()
                ? ""
                : styleOfAspect(layout, aspect).marker(h.aspect() + 1) + spacing(aspect.marker());
        line = indent + marker + aspect.heading();
      } else if (part instanceof FindingHeading h) {
        ImportedFinding f = byCode.get(h.code());
        line = indent + markers.get(h.code()) + spacing(f.marker()) + f.heading();
      } else if (part instanceof FindingDetail d) {
        line = indent + byCode.get(d.code()).lines().get(d.line());
      } else {
        FindingBody b = (FindingBody) part;
        ImportedFinding f = byCode.get(b.code());
        BodyParagraph p = f.body().get(b.paragraph());
        line =
            p.label() == null
                ? indent + p.text()
                : indent + label(layout, f, p) + p.colon() + p.text();
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static NumberStyle styleOfAspect(Layout layout, ImportedAspect aspect) {
    NumberStyle own = BulletinReader.styleOf(aspect.marker());
    return own == NumberStyle.NONE ? layout.aspectStyle() : own;
  }

  /** The level's style; an item printed in another style (a stray （1） among (1)) keeps its own. */
  private static NumberStyle style(NumberStyle level, ImportedFinding f) {
    NumberStyle own = BulletinReader.styleOf(f.marker());
    return own == NumberStyle.NONE ? level : own;
  }

  private static String spacing(String marker) {
    int i = marker.length();
    while (i > 0 && marker.charAt(i - 1) == ' ') {
      i--;
    }
    return marker.substring(i);
  }

  private static String label(Layout layout, ImportedFinding f, BodyParagraph p) {
    boolean statusLabel =
        BulletinReader.ACHIEVED_LABELS.contains(p.label())
            || BulletinReader.PROGRESS_LABELS.contains(p.label());
    if (!layout.statusLabels() || !statusLabel || f.status() == null) {
      return p.label();
    }
    boolean first = f.body().stream().filter(x -> x.label() != null).findFirst().orElse(null) == p;
    if (!first) {
      return p.label();
    }
    return f.status().isFinished() ? layout.achievedLabel() : layout.progressLabel();
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
  static String rewriteStatistics(String paragraph, Counts counts) {
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
    clause = replaceNumber(clause, StatedFigures.COMPLETED, counts.finished());
    clause = replaceNumber(clause, StatedFigures.BASIC, counts.basic());
    clause = replaceNumber(clause, StatedFigures.OPEN, counts.open());
    Matcher all = StatedFigures.ALL_COMPLETED.matcher(clause);
    if (all.find() && counts.finished() < counts.findings()) {
      clause =
          clause.substring(0, all.start())
              + "已完成整改"
              + counts.finished()
              + "个"
              + clause.substring(all.end());
    }
    if (!hadOpen && counts.open() > 0) {
      Matcher done = StatedFigures.COMPLETED.matcher(clause);
      if (done.find()) {
        clause =
            clause.substring(0, done.end())
                + "、未完成整改"
                + counts.open()
                + "个"
                + clause.substring(done.end());
      } else {
        clause = clause + "，未完成整改" + counts.open() + "个";
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
