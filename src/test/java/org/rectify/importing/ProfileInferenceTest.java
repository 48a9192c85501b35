package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.BulletinComposer;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinNarrative;
import org.rectify.bulletin.BulletinRenderer;
import org.rectify.bulletin.NumberStyle;
import org.rectify.bulletin.RenderProfile;
import org.rectify.bulletin.RenderProfile.CounterScope;
import org.rectify.bulletin.RenderProfile.DateLineStyle;
import org.rectify.bulletin.RenderProfile.LabelMode;
import org.rectify.bulletin.RenderProfile.SectionKind;
import org.rectify.bulletin.RenderProfile.SignatureStyle;
import org.rectify.bulletin.RenderProfile.StatisticsPlacement;
import org.rectify.bulletin.SampleLedgers;

/**
 * The render profile the reader infers from a bulletin. Expected values were written from reading
 * the documents in {@code ../shared/corpus/}, not from the code or the shipped profiles.
 */
class ProfileInferenceTest {

  private static RenderProfile profileOf(String id) {
    return BulletinReader.read(BulletinCorpus.text(id)).profile();
  }

  @Test
  void aChibeiBulletinHasStatusLabelsTwoSignatureLinesAndItsFiguresAtTheEndOfTheOverview() {
    RenderProfile p = profileOf("001");

    assertThat(p.dateLine()).isEqualTo(DateLineStyle.NONE);
    assertThat(p.signature()).isEqualTo(SignatureStyle.TWO_LINES);
    assertThat(p.sections())
        .containsExactly(SectionKind.OVERALL, SectionKind.PROBLEMS, SectionKind.PLAN);
    assertThat(p.sectionStyle()).isEqualTo(NumberStyle.CN_DUNHAO);
    assertThat(p.overallItemStyle()).isEqualTo(NumberStyle.CN_PAREN);
    assertThat(p.aspects().style()).isEqualTo(NumberStyle.CN_PAREN);
    assertThat(p.findings().style()).isEqualTo(NumberStyle.AR_DOT);
    assertThat(p.findings().scope()).isEqualTo(CounterScope.PER_PARENT);
    assertThat(p.subFindings().style()).isEqualTo(NumberStyle.AR_PAREN);
    assertThat(p.body().mode()).isEqualTo(LabelMode.STATUS_DEPENDENT);
    assertThat(p.body().achievedLabel()).isEqualTo("取得成效");
    assertThat(p.body().progressLabel()).isEqualTo("进展情况");
    assertThat(p.body().nextStepsLabel()).isEqualTo("下步工作打算");
    assertThat(p.statistics().placement()).isEqualTo(StatisticsPlacement.OVERALL_APPEND);
    assertThat(p.plans().style()).isEqualTo(NumberStyle.CN_SHI);
    assertThat(p.name()).isEqualTo("status-labels");
  }

  @Test
  void anOnlyProblemPrintedWithoutANumberIsALayoutRule() {
    // 002: （三）'s only problem (财务管理制度不健全) has no "1."; （一） and （二） number theirs
    assertThat(profileOf("002").findings().omitMarkerWhenOnlyChild()).isTrue();
    assertThat(profileOf("001").findings().omitMarkerWhenOnlyChild()).isFalse();
  }

  @Test
  void aKuanchengBulletinNumbersThroughTheDocumentAndEnumeratesMeasuresWithCircledDigits() {
    RenderProfile p = profileOf("038");

    assertThat(p.findings().scope()).isEqualTo(CounterScope.GLOBAL);
    assertThat(p.subFindings().scope()).isEqualTo(CounterScope.GLOBAL);
    assertThat(p.body().mode()).isEqualTo(LabelMode.SINGLE);
    assertThat(p.body().label()).isEqualTo("整改情况");
    assertThat(p.body().measureStyle()).isEqualTo(NumberStyle.CIRCLED);
    assertThat(p.signature()).isEqualTo(SignatureStyle.NONE);
    assertThat(p.dateLine()).isEqualTo(DateLineStyle.NONE);
    assertThat(p.plans().style()).isEqualTo(NumberStyle.CN_PAREN);
  }

  @Test
  void aShimianBulletinHasADateLineAndOpensItsProblemsWithTheFigures() {
    RenderProfile p = profileOf("030");

    assertThat(p.dateLine()).isEqualTo(DateLineStyle.ZERO_PADDED);
    assertThat(p.statistics().placement()).isEqualTo(StatisticsPlacement.PROBLEMS_INTRO);
    assertThat(p.overallItemStyle()).isEqualTo(NumberStyle.CN_PAREN);
    assertThat(p.body().label()).isEqualTo("整改情况");
    assertThat(p.body().measureStyle()).isEqualTo(NumberStyle.CN_SHI);
    // 三、下一步工作打算 opens with an un-numbered paragraph, then （一）（二）
    assertThat(p.plans().style()).isEqualTo(NumberStyle.CN_PAREN);
  }

  @Test
  void aBulletinWithFurtherRectificationItemsHasThatSectionAndDunhaoNumbers() {
    RenderProfile p = profileOf("022");

    assertThat(p.sections())
        .containsExactly(
            SectionKind.OVERALL, SectionKind.PROBLEMS, SectionKind.FURTHER, SectionKind.PLAN);
    assertThat(p.findings().style()).isEqualTo(NumberStyle.AR_DUNHAO);
    assertThat(p.statistics().placement()).isEqualTo(StatisticsPlacement.NONE);
  }

  @Test
  void runInProblemsWithoutLabelsAreReadAsRunInPlainParagraphs() {
    // 019: 1.针对…的问题。我中心… — the problem and what was done in one paragraph
    RenderProfile p = profileOf("019");

    assertThat(p.findings().runIn()).isTrue();
    assertThat(p.body().label()).isNull();
    assertThat(p.name()).isEqualTo("plain-paragraphs");
    assertThat(profileOf("001").findings().runIn()).isFalse();
  }

  @Test
  void theInferredProfileLaysOutANewBulletinInTheDocumentsNumbering() {
    BulletinRenderer renderer = new BulletinRenderer();
    var ledger = SampleLedgers.synthetic(8);

    String global =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                BulletinNarrative.empty(),
                profileOf("038"),
                BulletinKind.STAGE,
                Audience.INTERNAL));
    String perAspect =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                BulletinNarrative.empty(),
                profileOf("001"),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    // eight findings over four aspects, two each: numbered on through the document in 038's
    // layout, again from 1 under every aspect in 001's
    assertThat(lineAfter(global, "（二）")).startsWith("3.");
    assertThat(lineAfter(perAspect, "（二）")).startsWith("1.");
    assertThat(global).contains("整改情况：").doesNotContain("取得成效：");
    assertThat(perAspect).contains("取得成效：").contains("进展情况：").doesNotContain("整改情况：");
  }

  private static String lineAfter(String text, String headingMarker) {
    List<String> lines = text.lines().map(String::strip).toList();
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i).startsWith(headingMarker)) {
        return lines.get(i + 1);
      }
    }
    throw new AssertionError("no line starts with " + headingMarker);
  }
}
