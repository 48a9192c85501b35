package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectify.bulletin.NumberStyle;
import org.rectify.bulletin.RenderProfile;
import org.rectify.bulletin.RenderProfile.CounterScope;
import org.rectify.bulletin.RenderProfile.LabelMode;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.ImportedFinding;

class BulletinReaderTest {

  static List<String> fullBulletins() {
    return BulletinCorpus.FULL_BULLETINS;
  }

  @ParameterizedTest(name = "corpus {0}")
  @MethodSource("fullBulletins")
  void everyFullBulletinOfTheCorpusIsReadAsABulletin(String id) {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text(id));

    assertThat(reading.isBulletin()).isTrue();
    assertThat(reading.facts().title()).contains("关于");
    assertThat(reading.aspects()).isNotEmpty();
  }

  /**
   * Counts read off the documents by hand: the aspect headings （一）…, and the 具体问题 — the finest
   * numbered (or un-numbered) problem items, as the documents' own statistics count them.
   */
  @ParameterizedTest(name = "corpus {0}: {1} aspects, {2} findings")
  @CsvSource({
    // 6 aspects （一）–（六）; 48 leaf items (32 取得成效 + 16 进展情况), although it states 64
    "001, 6, 48",
    // 3 aspects; the third holds one un-numbered problem (财务管理制度不健全)
    "002, 3, 6",
    // the top-level sections 一、–四、 are the aspects; sub-problems （1）–（31）
    "003, 4, 31",
    // 5 aspects （一）–（五） (the fifth with ASCII brackets), problems 1.–18. through the document
    "007, 5, 18",
    // status groups （一）已整改完成的问题 (11) and （二）正在推进整改的问题 (4); （三）信访件 has no problem
    "009, 2, 15",
    // a flat list 1.–16. without aspects
    "013, 1, 16",
    // 3 aspects; states 28 problems, all listed as （1）…
    "016, 3, 28",
    // 3 aspects, 12 problems numbered through the document (the opening says 3个方面12个问题)
    "018, 3, 12",
    // 4 aspects; the fourth holds one un-numbered problem (巡视整改工作不彻底); states 37
    "022, 4, 16",
    // 4 aspects; 1.–4., then 6.–13. (no 5.): 12 problems
    "028, 4, 12",
    // 3 aspects, 15 problems (states 3个方面15个问题)
    "030, 3, 15",
    // 4 aspects (一)–(四); sub-problems (1)–(27), although it states 42
    "033, 4, 27",
    // 4 aspects, 9 problems 1.–9. with 13 sub-problems （1）–（13）
    "038, 4, 13"
  })
  void recognisesTheAspectsAndFindingsCountedByHand(String id, int aspects, int findings) {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text(id));

    assertThat(reading.aspects()).hasSize(aspects);
    assertThat(reading.leafCount()).isEqualTo(findings);
  }

  @Test
  void readsStatusesFromStatusDependentLabels() {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text("001"));

    List<FindingStatus> statuses = leafStatuses(reading);
    assertThat(statuses).filteredOn(s -> s == FindingStatus.COMPLETED).hasSize(32);
    assertThat(statuses).filteredOn(s -> s == FindingStatus.IN_PROGRESS).hasSize(16);
    assertThat(reading.profile().body().mode()).isEqualTo(LabelMode.STATUS_DEPENDENT);
    assertThat(reading.stated().figures())
        .containsEntry("findings", 64)
        .containsEntry("findingsCompleted", 45)
        .containsEntry("findingsOpen", 19)
        .containsEntry("measures", 82)
        .containsEntry("measuresCompleted", 60);
  }

  @Test
  void readsStatusesFromStatusGroupHeadings() {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text("009"));

    assertThat(leafStatuses(reading))
        .containsExactly(
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.IN_PROGRESS,
            FindingStatus.IN_PROGRESS,
            FindingStatus.IN_PROGRESS,
            FindingStatus.IN_PROGRESS);
  }

  @Test
  void readsTheInspectionFactsFromTitleAndOpening() {
    BulletinReading.Facts facts = BulletinReader.read(BulletinCorpus.text("038")).facts();

    assertThat(facts.issuer()).isEqualTo("中共长春市宽城区机关事务管理服务中心党组");
    assertThat(facts.inspectingBody()).isEqualTo("区委");
    assertThat(facts.team()).isEqualTo("区委第一巡察组");
    assertThat(facts.organization()).isEqualTo("区机管中心党组");
    assertThat(facts.level()).isEqualTo("巡察");
    assertThat(facts.onSiteStart()).isEqualTo("2025-03-12");
    assertThat(facts.onSiteEnd()).isEqualTo("2025-06-06");
    // "8月22日" has no year: the year of the on-site period
    assertThat(facts.feedbackDate()).isEqualTo("2025-08-22");
  }

  @Test
  void readsRoundSignatureAndContact() {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text("001"));

    assertThat(reading.facts().round()).isEqualTo("长白山党工委2022-2027年第二轮常规巡察");
    assertThat(reading.facts().feedbackDate()).isEqualTo("2024-12-10");
    assertThat(reading.facts().publicationDate()).isEqualTo("2025-06-19");
    assertThat(reading.signature()).containsExactly("中共池北区委员会", "2025年6月19日");
    assertThat(reading.contact()).singleElement().asString().contains("0433-5711832");
  }

  @Test
  void infersNumberingStyleAndScopePerLevel() {
    RenderProfile perParent = BulletinReader.read(BulletinCorpus.text("001")).profile();
    RenderProfile global = BulletinReader.read(BulletinCorpus.text("038")).profile();
    RenderProfile dunhao = BulletinReader.read(BulletinCorpus.text("022")).profile();

    assertThat(perParent.findings().scope()).isEqualTo(CounterScope.PER_PARENT);
    assertThat(perParent.subFindings().scope()).isEqualTo(CounterScope.PER_PARENT);
    assertThat(global.findings().scope()).isEqualTo(CounterScope.GLOBAL);
    assertThat(global.subFindings().scope()).isEqualTo(CounterScope.GLOBAL);
    assertThat(dunhao.findings().style()).isEqualTo(NumberStyle.AR_DUNHAO);
  }

  @Test
  void aWordDocumentMadeFromCorpusTextReadsLikeTheText() throws Exception {
    for (String id : List.of("001", "009", "038")) {
      String text = BulletinCorpus.text(id);
      String fromWord;
      try (XWPFDocument document =
          new XWPFDocument(new ByteArrayInputStream(WordFixture.docx(text)))) {
        fromWord = FeedbackDocuments.text(document);
      }

      BulletinReading word = BulletinReader.read(fromWord);
      BulletinReading plain = BulletinReader.read(text);

      assertThat(word.aspects()).as(id).hasSize(plain.aspects().size());
      assertThat(word.leafCount()).as(id).isEqualTo(plain.leafCount());
      assertThat(leafStatuses(word)).as(id).isEqualTo(leafStatuses(plain));
      assertThat(word.facts()).as(id).isEqualTo(plain.facts());
    }
  }

  @Test
  void aFeedbackSummaryIsNotTakenForABulletin() {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text("039"));

    assertThat(reading.isBulletin()).isFalse();
    assertThat(BulletinRoundTrip.notABulletin(reading)).contains("标题");
  }

  static List<FindingStatus> leafStatuses(BulletinReading reading) {
    return reading.allFindings().stream()
        .filter(f -> f.children().isEmpty())
        .map(ImportedFinding::status)
        .toList();
  }
}
