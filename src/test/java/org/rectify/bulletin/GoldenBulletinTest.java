package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: a ledger fixture with the content of a real bulletin renders, through the
 * plain-text template, the same lines as the published document (after whitespace normalisation).
 */
class GoldenBulletinTest {

  private final BulletinRenderer renderer = new BulletinRenderer();

  @ParameterizedTest(name = "corpus {0}")
  @ValueSource(strings = {"002", "006", "030", "038"})
  void ledgerFixtureRendersTheCorpusDocumentLineForLine(String id) {
    BulletinFixtures.Fixture fixture = BulletinFixtures.load(id);

    String text = renderer.text(fixture.compose(Audience.INTERNAL));

    assertThat(BulletinFixtures.lines(text))
        .containsExactlyElementsOf(BulletinFixtures.lines(BulletinFixtures.corpus(id)));
  }

  @Test
  void statedFiguresOfAnImportedDocumentAreReportedWhereTheyDifferFromTheLedger() {
    BulletinDocument doc = BulletinFixtures.load("002").compose(Audience.INTERNAL);

    // 002 states 12 problems and 12 measures but lists 6 problems with 8 measures.
    assertThat(doc.figureDiscrepancies()).contains("整改措施数：原文12，台账8", "具体问题数（末级）：原文12，台账6");
  }

  @Test
  void withoutStatedFiguresTheSentenceIsComputedFromTheLedger() {
    BulletinFixtures.Fixture fixture = BulletinFixtures.load("038");
    BulletinNarrative computed =
        new BulletinNarrative(
            fixture.narrative().overallSituation(),
            fixture.narrative().nextSteps(),
            null,
            fixture.narrative().contact(),
            null,
            null,
            "global-numbering",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    String text =
        renderer.text(
            BulletinComposer.compose(
                fixture.snapshot(),
                computed,
                fixture.profile(),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    assertThat(text).contains("制定的27项整改措施，已经全部完成落实；反馈的13个具体问题，已全部完成整改。");
  }
}
