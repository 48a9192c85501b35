package org.rectify.bulletin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rectify.bulletin.LedgerSnapshot.InspectionFacts;
import org.rectify.bulletin.RenderProfile.SectionKind;
import org.rectify.bulletin.RenderProfile.StatisticsPlacement;

/**
 * 通报排版: turns a ledger snapshot, the office's narrative and a render profile into a {@link
 * BulletinDocument}. Pure function, no I/O besides reading the wording templates. Coordinates
 * {@link BulletinStructure} (numbering and body lines), {@link BulletinFigureSentences} (every
 * figure-bearing text) and the profile's {@link BulletinWording}.
 *
 * <p>Wording models: {@code title} gets {@code issuer scope level finalBulletin}; {@code opening}
 * gets {@code authority period team unit organization typePhrase type roundLabel level feedbackDate
 * feedbackDateShort}; {@code statistics} gets every name of {@link LedgerFigures#METRICS} plus
 * {@code level withheldFindings statedClause}; {@code sectionHeading} gets {@code section level};
 * {@code invitation} gets {@code level unit}.
 */
public final class BulletinComposer {

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
    BulletinWording wording = new BulletinWording(profile.name());
    BulletinFigureSentences figures =
        BulletinFigureSentences.of(fullSnapshot, snapshot, narrative, wording);
    BulletinStructure body = new BulletinStructure(profile, figures, wording);

    String title = wording.text("title", titleModel(narrative, inspection, kind));
    String opening =
        narrative.opening() != null
            ? narrative.opening()
            : wording.text("opening", openingModel(inspection));
    body.checkedParagraph("开头段", opening);

    int sectionNo = 0;
    for (SectionKind section : profile.sections()) {
      sectionNo++;
      body.section(sectionNo, section, inspection.level());
      switch (section) {
        case OVERALL ->
            body.overall(
                narrative, statistics(profile, figures, StatisticsPlacement.OVERALL_APPEND));
        case PROBLEMS ->
            body.problems(
                snapshot,
                narrative,
                statistics(profile, figures, StatisticsPlacement.PROBLEMS_INTRO));
        case HANDOVERS -> body.handovers(figures.handoverSentences(snapshot));
        case FURTHER -> body.further(snapshot);
        case PLAN -> body.plans(narrative);
      }
    }
    String invitation =
        narrative.invitation() != null
            ? narrative.invitation()
            : wording.text(
                "invitation", Map.of("level", inspection.level(), "unit", unit(inspection)));
    body.closing(invitation, narrative.contact());
    figures.verifyStatistics();
    return new BulletinDocument(
        title,
        titleLines(title, narrative.titleBreakAfter()),
        profile.dateLine() == RenderProfile.DateLineStyle.ZERO_PADDED
                && narrative.signatureDate() != null
            ? ChineseText.zeroPaddedDate(narrative.signatureDate())
            : null,
        body.blocks(),
        signature(profile, narrative),
        profile.indent(),
        audience,
        inspection.organization(),
        narrative.signatureDate(),
        profile.name(),
        figures.discrepancies());
  }

  /** The statistics sentence when the profile places it here and it says something, else null. */
  private static String statistics(
      RenderProfile profile, BulletinFigureSentences figures, StatisticsPlacement here) {
    if (profile.statistics() == null || profile.statistics().placement() != here) {
      return null;
    }
    String sentence = figures.statistics();
    return sentence.isEmpty() ? null : sentence;
  }

  private static Map<String, Object> titleModel(
      BulletinNarrative narrative, InspectionFacts inspection, BulletinKind kind) {
    Map<String, Object> model = new HashMap<>();
    model.put("issuer", inspection.organization());
    model.put("scope", narrative.titleScope());
    model.put("level", inspection.level());
    model.put("finalBulletin", kind == BulletinKind.FINAL);
    return model;
  }

  private static List<String> titleLines(String title, Integer cut) {
    if (cut != null && cut > 0 && cut < title.length()) {
      return List.of(title.substring(0, cut), title.substring(cut));
    }
    return List.of(title);
  }

  private static List<String> signature(RenderProfile profile, BulletinNarrative narrative) {
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
    return List.copyOf(signature);
  }

  private static String unit(InspectionFacts inspection) {
    return inspection.organizationShort() == null
        ? inspection.organization()
        : inspection.organizationShort();
  }

  private static Map<String, Object> openingModel(InspectionFacts inspection) {
    Map<String, Object> s = new HashMap<>();
    s.put("authority", inspection.inspectingBody());
    s.put("period", ChineseText.period(inspection.onSiteStart(), inspection.onSiteEnd()));
    s.put("team", inspection.inspectionTeam());
    s.put("unit", unit(inspection));
    s.put("organization", inspection.organization());
    s.put("type", inspection.type());
    s.put("roundLabel", inspection.roundLabel());
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
}
