package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rectify.feedback.FindingStatus.BASICALLY_COMPLETED;
import static org.rectify.feedback.FindingStatus.COMPLETED;
import static org.rectify.feedback.FindingStatus.COMPLETED_ONGOING;
import static org.rectify.feedback.FindingStatus.IN_PROGRESS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.BodyParagraph;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;

/**
 * The shapes of the bulletins of the compilation that are not shared (CORPUS_ANALYSIS.md §A
 * describes them, never shows them). Each document under {@code
 * bulletin/shapes/withheld-*-like.txt} is written in one such shape — invented text, not a copy —
 * and the counts below were written by hand from the document: aspects, problems per aspect, leaf
 * problems and, where the shape states them, the statuses in reading order.
 */
class WithheldShapesReaderTest {

  @Test
  void problemsNumberedAcrossAspectsUnderSloganHeadingsKeepTheirGlobalSubProblems() {
    BulletinReading reading = read("withheld-005-like.txt");

    assertShape(reading, List.of(2, 2, 2), 7);
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED, IN_PROGRESS, COMPLETED, COMPLETED, COMPLETED, COMPLETED, IN_PROGRESS);
    assertThat(reading.aspects().get(1).findings().get(1).children())
        .extracting(ImportedFinding::marker)
        .containsExactly("（3）");
    assertReprintedFaithfully("withheld-005-like.txt", reading);
  }

  @Test
  void aFlatListOfProblemsWithoutAspectsAndAFeedbackDateWithoutYear() {
    BulletinReading reading = read("withheld-008-like.txt");

    assertShape(reading, List.of(5), 5);
    assertThat(leafStatuses(reading))
        .containsExactly(COMPLETED, COMPLETED, COMPLETED, COMPLETED, IN_PROGRESS);
    assertThat(reading.aspects().get(0).findings().get(0).text())
        .isEqualTo("关于“学习贯彻党的创新理论不够系统”问题的整改");
    assertReprintedFaithfully("withheld-008-like.txt", reading);
  }

  @Test
  void subProblemsWrittenInlineAsOrdinalRunInSentencesBelongToTheirNumberedProblem() {
    BulletinReading reading = read("withheld-011-like.txt");

    assertShape(reading, List.of(2, 1), 7);
    assertThat(reading.facts().title()).endsWith("整改情况报告");
    List<ImportedFinding> first = reading.aspects().get(0).findings();
    assertThat(first)
        .extracting(ImportedFinding::marker, ImportedFinding::text)
        .containsExactly(tuple("1.", "学习贯彻上级精神不够深入。"), tuple("2.", "服务“三农”主责主业发挥不够。"));
    assertThat(first.get(0).children())
        .extracting(ImportedFinding::marker, ImportedFinding::text)
        .containsExactly(tuple("一是", "针对抓省、市文件学习不够全面的问题。"), tuple("二是", "针对学用结合不够紧密的问题。"));
    // the three sub-problems of this one are written in one paragraph
    assertThat(reading.aspects().get(1).findings().get(0).children())
        .extracting(ImportedFinding::marker, ImportedFinding::text)
        .containsExactly(
            tuple("一是", "针对党组研究党风廉政建设不经常的问题。"),
            tuple("二是", "针对对下属企业监管不力的问题。"),
            tuple("三是", "针对廉政教育形式单一的问题。"));
    // no status per problem; the document says 未完成整改的问题有0项
    assertThat(leafStatuses(reading)).hasSize(7).containsOnly(COMPLETED);
    assertReprintedFaithfully("withheld-011-like.txt", reading);
  }

  @Test
  void anOpeningWithProblemCountsAnExtraOtherAspectAndStatusesWithAnExpectedYear() {
    BulletinReading reading = read("withheld-014-like.txt");

    assertShape(reading, List.of(2, 2, 2, 1, 2), 10);
    assertThat(reading.aspects().get(4).heading()).isEqualTo("其它方面");
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED,
            COMPLETED,
            COMPLETED,
            COMPLETED,
            COMPLETED,
            IN_PROGRESS,
            COMPLETED,
            COMPLETED,
            COMPLETED,
            IN_PROGRESS);
    assertThat(reading.facts().team()).isEqualTo("县委第二巡察组");
    assertReprintedFaithfully("withheld-014-like.txt", reading);
  }

  @Test
  void anExplanationBeforeTheRectificationLabelStaysWithItsProblem() {
    BulletinReading reading = read("withheld-017-like.txt");

    assertShape(reading, List.of(2, 3, 2), 7);
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED,
            COMPLETED,
            COMPLETED,
            COMPLETED,
            BASICALLY_COMPLETED,
            COMPLETED,
            IN_PROGRESS);
    assertThat(reading.aspects().get(1).findings().get(0).body())
        .extracting(BodyParagraph::label)
        .containsExactly("情况说明", "整改情况");
    assertThat(reading.facts().issuer()).isEqualTo("澧阳市公安局党委");
    assertThat(reading.facts().publicationDate()).isEqualTo("2021-08-27");
    assertReprintedFaithfully("withheld-017-like.txt", reading);
  }

  @Test
  void chineseParenthesisedNumbersThatContinueAnArabicSubListAreSubProblemsNotAspects() {
    BulletinReading reading = read("withheld-020-like.txt");

    assertShape(reading, List.of(2, 2), 8);
    assertThat(reading.aspects())
        .extracting(ImportedAspect::heading)
        .containsExactly("贯彻落实党的路线方针政策和上级决策部署方面", "全面从严治党方面");
    assertThat(reading.aspects().get(0).findings().get(1).children())
        .extracting(ImportedFinding::marker)
        .containsExactly("（1）", "（二）", "（三）");
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED,
            COMPLETED,
            COMPLETED,
            COMPLETED,
            IN_PROGRESS,
            COMPLETED,
            COMPLETED,
            COMPLETED);
    assertReprintedFaithfully("withheld-020-like.txt", reading);
  }

  @Test
  void aStatusPrintedAsTheLabelValueIsFollowedByNumberedMeasuresNotSubProblems() {
    BulletinReading reading = read("withheld-023-like.txt");

    assertShape(reading, List.of(2, 2, 1), 5);
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED_ONGOING,
            IN_PROGRESS,
            COMPLETED_ONGOING,
            COMPLETED_ONGOING,
            COMPLETED_ONGOING);
    assertThat(reading.aspects().get(0).findings().get(1).body())
        .extracting(BodyParagraph::text)
        .hasSize(3)
        .first()
        .isEqualTo("未全部完成，持续推进");
    assertReprintedFaithfully("withheld-023-like.txt", reading);
  }

  @Test
  void feedbackItemsAsAspectsWithProblemsNumberedAcrossThem() {
    BulletinReading reading = read("withheld-026-like.txt");

    assertShape(reading, List.of(2, 3, 1), 6);
    assertThat(leafStatuses(reading))
        .containsExactly(COMPLETED, COMPLETED, COMPLETED, COMPLETED, COMPLETED, IN_PROGRESS);
    assertReprintedFaithfully("withheld-026-like.txt", reading);
  }

  @Test
  void numberedRunInProblemsCarryTheirRectificationInTheSameParagraph() {
    BulletinReading reading = read("withheld-029-like.txt");

    assertShape(reading, List.of(2, 3, 1), 7);
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED, COMPLETED, COMPLETED, COMPLETED, IN_PROGRESS, COMPLETED, COMPLETED);
    assertThat(reading.aspects().get(0).findings().get(0).text()).isEqualTo("针对党组主动作为不足的问题。");
    assertReprintedFaithfully("withheld-029-like.txt", reading);
  }

  @Test
  void threeNumberedGroupsOfTopicParagraphsAreAspectsAndTheirTopicsTheProblems() {
    BulletinReading reading = read("withheld-032-like.txt");

    assertShape(reading, List.of(3, 2, 2), 7);
    assertThat(reading.aspects())
        .extracting(ImportedAspect::marker, ImportedAspect::heading)
        .containsExactly(
            tuple("1.", "贯彻落实新发展理念、推动高质量发展方面"),
            tuple("2.", "落实全面从严治党主体责任有差距。"),
            tuple("3.", "落实新时代党的组织路线方面"));
    assertThat(reading.aspects().get(0).findings())
        .extracting(ImportedFinding::marker)
        .containsOnly("");
    assertThat(reading.aspects().get(0).findings().get(0).text()).startsWith("产业结构方面：");
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED, COMPLETED, IN_PROGRESS, COMPLETED, COMPLETED, COMPLETED, IN_PROGRESS);
    assertReprintedFaithfully("withheld-032-like.txt", reading);
  }

  @Test
  void feedbackProblemAspectsWithStatisticsInTheOverview() {
    BulletinReading reading = read("withheld-035-like.txt");

    assertShape(reading, List.of(3, 3, 2), 8);
    assertThat(leafStatuses(reading))
        .containsExactly(
            COMPLETED,
            BASICALLY_COMPLETED,
            COMPLETED,
            COMPLETED,
            COMPLETED,
            IN_PROGRESS,
            COMPLETED,
            BASICALLY_COMPLETED);
    assertThat(reading.stated().sentence()).startsWith("截至6月30日");
    assertReprintedFaithfully("withheld-035-like.txt", reading);
  }

  private static void assertShape(
      BulletinReading reading, List<Integer> findingsPerAspect, int leaves) {
    assertThat(reading.isBulletin()).isTrue();
    assertThat(reading.aspects())
        .extracting(a -> a.findings().size())
        .containsExactlyElementsOf(findingsPerAspect);
    assertThat(reading.leafCount()).isEqualTo(leaves);
  }

  private static void assertReprintedFaithfully(String name, BulletinReading reading) {
    String printed = BulletinReprint.text(reading, reading.aspects());
    assertThat(Similarity.of(text(name), printed)).isGreaterThanOrEqualTo(0.97);
  }

  private static List<FindingStatus> leafStatuses(BulletinReading reading) {
    return reading.aspects().stream()
        .flatMap(a -> a.findings().stream())
        .flatMap(f -> f.children().isEmpty() ? Stream.of(f) : f.children().stream())
        .map(ImportedFinding::status)
        .toList();
  }

  private static BulletinReading read(String name) {
    return BulletinReader.read(text(name));
  }

  private static String text(String name) {
    try (InputStream in =
        WithheldShapesReaderTest.class.getResourceAsStream("/bulletin/shapes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
