package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests: a ledger fixture with the content of a real bulletin renders, through the
 * plain-text template, the same lines as the published document (after whitespace normalisation).
 *
 * <p>What they prove and what not: each fixture was derived by a script ({@code
 * bulletin/fixtures/make_fixtures.py}) from the very document it is compared with — most of the
 * expected characters (the finding texts, bodies, narrative items, the invitation, layout hints
 * such as the title line break) are copied from that document into the fixture, and each of the
 * four profiles was fitted to its one document. So a pass shows that the composer and the text
 * template put those pieces together in the document's order with its numbering, labels and
 * statistics sentence; it does not show that the renderer could write an unseen document's layout,
 * nor that the profile generalises. The round trip over every full bulletin of the corpus ({@code
 * importing.BulletinRoundTripTest}, {@code docs/corpus-fidelity.md}) reads each document without a
 * fixture and prints it again from the imported ledger; its perturbation tests change the ledger
 * and check the printed labels and figures follow.
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
