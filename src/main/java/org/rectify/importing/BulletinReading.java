package org.rectify.importing;

import java.util.ArrayList;
import java.util.List;
import org.rectify.bulletin.RenderProfile;
import org.rectify.feedback.FindingStatus;

/**
 * 通报识别结果: what {@link BulletinReader} recognised in one published bulletin — the inspection's
 * facts, the ledger it describes (aspects → findings → sub-findings with status and the text under
 * each), the figures the document states, and the document's own layout (every paragraph in order,
 * either kept as narrative or pointing at a ledger entry), so that the bulletin can be printed
 * again from the ledger.
 *
 * @param facts inspection facts from the title and the opening paragraph
 * @param aspects 方面 with their findings, in document order
 * @param parts every paragraph of the document in order
 * @param stated the figures the document states (never the ledger's)
 * @param profile the render profile inferred from the document (numbering, labels, sections)
 * @param contact contact lines (phone, e-mail, address), as printed
 * @param invitation the supervision invitation sentence, when present
 * @param signature 落款 lines
 * @param unrecognised what the reader saw but could not place, in Chinese
 */
public record BulletinReading(
    Facts facts,
    List<ImportedAspect> aspects,
    List<Part> parts,
    StatedFigures stated,
    RenderProfile profile,
    List<String> contact,
    String invitation,
    List<String> signature,
    List<String> unrecognised) {

  /** True when the text has the shape of a bulletin: a title and at least one finding. */
  public boolean isBulletin() {
    return facts.title() != null && leafCount() > 0;
  }

  /** 具体问题 as the statistics count them: findings without sub-findings. */
  public int leafCount() {
    int n = 0;
    for (ImportedAspect aspect : aspects) {
      for (ImportedFinding finding : aspect.findings()) {
        n += finding.children().isEmpty() ? 1 : finding.children().size();
      }
    }
    return n;
  }

  /** Every finding and sub-finding in reading order. */
  public List<ImportedFinding> allFindings() {
    List<ImportedFinding> all = new ArrayList<>();
    for (ImportedAspect aspect : aspects) {
      for (ImportedFinding finding : aspect.findings()) {
        all.add(finding);
        all.addAll(finding.children());
      }
    }
    return all;
  }

  /**
   * Inspection facts.
   *
   * @param title the title, lines joined
   * @param issuer the issuing organisation (发文单位) from the title
   * @param inspectingBody 巡视巡察主体 (区委, 市委, 省委 …)
   * @param team 巡视组/巡察组
   * @param organization the inspected organisation
   * @param level 巡视 or 巡察
   * @param type 常规, 专项 or 回头看
   * @param round the round as printed (十四届市委第十三轮巡察 …)
   * @param onSiteStart first day on site (ISO), or null
   * @param onSiteEnd last day on site (ISO), or null
   * @param feedbackDate feedback date (ISO), or null when the document omits it or its year
   * @param publicationDate the date under the title or in the signature (ISO), or null
   */
  public record Facts(
      String title,
      String issuer,
      String inspectingBody,
      String team,
      String organization,
      String level,
      String type,
      String round,
      String onSiteStart,
      String onSiteEnd,
      String feedbackDate,
      String publicationDate) {}

  /** 方面. {@code statusHint} is set when the heading groups findings by status (009). */
  public record ImportedAspect(
      String marker, String heading, List<ImportedFinding> findings, FindingStatus statusHint) {}

  /**
   * 具体问题 or sub-finding.
   *
   * @param code position {@code a.f[.s]}, 1-based
   * @param marker the marker as printed (1. （3） …), empty when un-numbered
   * @param text the problem statement (first sentence of the heading)
   * @param detail the rest of the heading line after the first sentence (may be empty)
   * @param lines unlabelled lines between the heading and the first labelled paragraph
   * @param body paragraphs under it (measures, progress, effect), each with its label
   * @param status the status the document gives it, or null
   * @param statusSource how the status was found (标签, 状态语句, 分组标题, 统计语句), or null
   */
  public record ImportedFinding(
      String code,
      String marker,
      String text,
      String detail,
      List<String> lines,
      List<BodyParagraph> body,
      List<ImportedFinding> children,
      FindingStatus status,
      String statusSource) {

    public ImportedFinding withStatus(FindingStatus newStatus, String source) {
      return new ImportedFinding(
          code, marker, text, detail, lines, body, children, newStatus, source);
    }

    /** The heading as printed after its marker. */
    public String heading() {
      return text + detail;
    }

    /** The detail the ledger keeps: the rest of the heading and the unlabelled lines. */
    public String ledgerDetail() {
      List<String> all = new ArrayList<>();
      if (!detail.isBlank()) {
        all.add(detail);
      }
      all.addAll(lines);
      return all.isEmpty() ? null : String.join("\n", all);
    }
  }

  /** One paragraph under a finding: label (整改情况, 取得成效 …; null when unlabelled) and text. */
  public record BodyParagraph(String label, String colon, String text) {}

  /** One paragraph of the document, in order. */
  public sealed interface Part {}

  /** A paragraph kept as printed: title, opening, overall items, plans, closing. */
  public record Narrative(String text, Role role) implements Part {}

  /**
   * The paragraph holding the statistics sentence; that sentence's problem figures are computed
   * again when printed.
   */
  public record Statistics(String text, String sentence) implements Part {}

  /** An aspect heading (index into {@link BulletinReading#aspects()}). */
  public record AspectHeading(int aspect) implements Part {}

  /** A finding's heading line. */
  public record FindingHeading(String code) implements Part {}

  /** An unlabelled detail line after a finding's heading. */
  public record FindingDetail(String code, int line) implements Part {}

  /** The n-th body paragraph of a finding. */
  public record FindingBody(String code, int paragraph) implements Part {}

  /** What a narrative paragraph is. */
  public enum Role {
    TITLE,
    DATE,
    OPENING,
    SECTION,
    TEXT,
    INVITATION,
    CONTACT,
    SIGNATURE,
    BLANK
  }
}
