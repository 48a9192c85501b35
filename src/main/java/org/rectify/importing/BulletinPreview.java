package org.rectify.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rectify.importing.BulletinReading.Facts;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;

/**
 * 通报导入预览: what the reader recognised in a bulletin and what it did not, before anything is
 * registered.
 *
 * @param bulletin whether the text was taken for a bulletin at all
 * @param facts inspection facts
 * @param aspects aspects with their findings
 * @param statedFigures the figures the document states (its own, not the ledger's)
 * @param statedSentence the sentence they come from
 * @param disagreements where the stated figures disagree with the document's own lists
 * @param statedOutcomes what the document states about hand-overs, accountability, money and rules,
 *     each statement as printed (never summed, never the ledger's)
 * @param contact contact lines
 * @param invitation supervision invitation
 * @param signature 落款
 * @param profile the render profile inferred from the document (numbering, labels, sections)
 * @param unrecognised what could not be recognised
 * @param registrationProblems what keeps the import from being confirmed (empty: it can be)
 */
public record BulletinPreview(
    boolean bulletin,
    Facts facts,
    List<AspectView> aspects,
    Map<String, Integer> statedFigures,
    String statedSentence,
    List<String> disagreements,
    List<StatedOutcomes.Outcome> statedOutcomes,
    List<String> contact,
    String invitation,
    List<String> signature,
    org.rectify.bulletin.RenderProfile profile,
    List<String> unrecognised,
    List<String> registrationProblems) {

  /** An aspect in the preview. */
  public record AspectView(String marker, String heading, List<FindingView> findings) {}

  /**
   * A finding in the preview.
   *
   * @param status status name (COMPLETED …), null when the document gives none
   * @param statusLabel Chinese status
   * @param statusSource where the status was read
   * @param paragraphs number of paragraphs printed under it
   */
  public record FindingView(
      String code,
      String marker,
      String text,
      String status,
      String statusLabel,
      String statusSource,
      int paragraphs,
      List<FindingView> subFindings) {}

  static BulletinPreview of(
      BulletinReading reading, BulletinCheck.Report check, List<String> registrationProblems) {
    List<AspectView> aspects = new ArrayList<>();
    for (ImportedAspect aspect : reading.aspects()) {
      List<FindingView> findings = new ArrayList<>();
      for (ImportedFinding f : aspect.findings()) {
        List<FindingView> subs = new ArrayList<>();
        for (ImportedFinding s : f.children()) {
          subs.add(view(s, List.of()));
        }
        findings.add(view(f, subs));
      }
      aspects.add(new AspectView(aspect.marker().strip(), aspect.heading(), findings));
    }
    List<String> disagreements =
        check.observations().stream()
            .filter(o -> o.topic() == BulletinCheck.Topic.FIGURES)
            .map(BulletinCheck.Observation::message)
            .toList();
    return new BulletinPreview(
        reading.isBulletin(),
        reading.facts(),
        aspects,
        reading.stated().figures(),
        reading.stated().sentence(),
        disagreements,
        StatedOutcomes.read(reading),
        reading.contact(),
        reading.invitation(),
        reading.signature(),
        reading.profile(),
        reading.unrecognised(),
        List.copyOf(registrationProblems));
  }

  private static FindingView view(ImportedFinding f, List<FindingView> subs) {
    return new FindingView(
        f.code(),
        f.marker().strip(),
        f.text(),
        f.status() == null ? null : f.status().name(),
        f.status() == null ? null : f.status().label(),
        f.statusSource(),
        f.body().size(),
        subs);
  }
}
