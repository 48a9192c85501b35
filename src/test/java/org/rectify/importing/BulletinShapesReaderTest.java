package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.bulletin.NumberStyle;
import org.rectify.bulletin.RenderProfile.CounterScope;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;

/**
 * Bulletins that do not number their problems: each problem is a run-in sentence at the start of
 * its paragraph (一是关于“…”的问题。… / 针对“…”的问题。… / 着力解决…的问题。…), often in two inspection tracks (常规 +
 * 营商环境专项). The corpus analysis describes this shape for documents that are not shared; the two
 * documents here are written in that shape (not copied from any), and the expected values below are
 * read off them by hand.
 */
class BulletinShapesReaderTest {

  @Test
  void readsRunInProblemsUnderUnnumberedAspectsInEachOfTwoTracks() {
    BulletinReading reading = BulletinReader.read(text("run-in-two-tracks.txt"));

    assertThat(reading.isBulletin()).isTrue();
    assertThat(reading.aspects())
        .extracting(ImportedAspect::heading, a -> a.findings().size())
        .containsExactly(
            tuple("关于贯彻落实党中央决策部署方面问题的整改落实情况", 2),
            tuple("关于全面从严治党方面问题的整改落实情况", 1),
            // the 营商环境 track has no aspect lines: its problems sit under （二）反馈问题整改情况
            tuple("反馈问题整改情况", 2));
    List<ImportedFinding> first = reading.aspects().get(0).findings();
    assertThat(first)
        .extracting(ImportedFinding::marker, ImportedFinding::text)
        .containsExactly(
            tuple("一是", "关于“学习贯彻习近平新时代中国特色社会主义思想不够深入”的问题。"), tuple("二是", "关于“推动重点项目落实不力”的问题。"));
    assertThat(first.get(0).detail()).startsWith("局党组修订理论学习中心组学习制度");
    assertThat(reading.aspects().get(2).findings())
        .extracting(ImportedFinding::marker, ImportedFinding::text)
        .containsExactly(tuple("", "着力解决审批流程繁琐的问题。"), tuple("", "着力解决政策兑现不及时的问题。"));
    assertThat(statuses(reading))
        .containsExactly(
            FindingStatus.COMPLETED,
            FindingStatus.IN_PROGRESS,
            FindingStatus.COMPLETED,
            FindingStatus.COMPLETED,
            FindingStatus.IN_PROGRESS);
    assertThat(reading.profile().findings().style()).isEqualTo(NumberStyle.CN_SHI);
    assertThat(reading.profile().findings().scope()).isEqualTo(CounterScope.PER_PARENT);
    assertThat(reading.contact()).singleElement().asString().contains("0431-1234567");
  }

  @Test
  void readsTracksThatAreSubsectionsAsAspectsOfTheirRunInProblems() {
    BulletinReading reading = BulletinReader.read(text("run-in-tracks-as-subsections.txt"));

    assertThat(reading.aspects())
        .extracting(ImportedAspect::heading, a -> a.findings().size())
        .containsExactly(tuple("常规巡视整改落实情况", 2), tuple("营商环境专项巡视整改落实情况", 1));
    assertThat(reading.aspects().get(0).findings())
        .extracting(ImportedFinding::text)
        .containsExactly("针对“理论学习流于形式”的问题。", "针对“选人用人把关不严”的问题。");
    assertThat(statuses(reading))
        .containsExactly(
            FindingStatus.COMPLETED, FindingStatus.IN_PROGRESS, FindingStatus.COMPLETED);
    assertThat(reading.facts().team()).isEqualTo("区委第三巡视组");
  }

  @Test
  void aBulletinWithRunInProblemsComesBackWordForWordFromItsLedger(@TempDir Path temp)
      throws IOException {
    Path input = Files.createDirectory(temp.resolve("in"));
    for (String name : List.of("run-in-two-tracks.txt", "run-in-tracks-as-subsections.txt")) {
      Files.writeString(input.resolve(name), text(name));
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    List<BulletinRoundTrip.Result> results =
        BulletinRoundTrip.run(
            input, temp.resolve("out"), new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(results)
        .extracting(
            BulletinRoundTrip.Result::file,
            BulletinRoundTrip.Result::skipped,
            BulletinRoundTrip.Result::aspects,
            BulletinRoundTrip.Result::findings)
        .containsExactlyInAnyOrder(
            tuple("run-in-two-tracks.txt", null, 3, 5),
            tuple("run-in-tracks-as-subsections.txt", null, 2, 3));
    assertThat(results).allSatisfy(r -> assertThat(r.similarity()).isEqualTo(1.0));
  }

  @Test
  void theOrdinalsOfRunInProblemsAreNumberedPerAspect() {
    BulletinReading reading = BulletinReader.read(text("run-in-two-tracks.txt"));
    ImportedFinding second = reading.aspects().get(0).findings().get(1);

    String printed = BulletinReprint.text(reading, reading.aspects());

    // 一是/二是 are numbered per aspect from the ledger, not copied: the third aspect has none
    assertThat(printed)
        .contains("一是关于“学习贯彻")
        .contains("二是" + second.text())
        .contains("\n一是关于“落实主体责任不到位”的问题。")
        .contains("着力解决审批流程繁琐的问题。");
  }

  @Test
  void readsFeedbackItemsAsAspectsWhoseProblemsRestartAtOne() {
    BulletinReading reading = BulletinReader.read(text("feedback-items-as-aspects.txt"));

    assertThat(reading.aspects())
        .extracting(ImportedAspect::marker, ImportedAspect::heading, a -> a.findings().size())
        .containsExactly(
            tuple("反馈问题1：", "贯彻落实党的路线方针政策不够到位。", 2), tuple("反馈问题2：", "落实全面从严治党责任不够有力。", 1));
    assertThat(reading.profile().aspects().style()).isEqualTo(NumberStyle.FEEDBACK_LABEL);
    assertThat(reading.profile().findings().scope()).isEqualTo(CounterScope.PER_PARENT);
    assertThat(statuses(reading))
        .containsExactly(
            FindingStatus.COMPLETED, FindingStatus.IN_PROGRESS, FindingStatus.COMPLETED);
    assertThat(BulletinReprint.text(reading, reading.aspects()))
        .contains("反馈问题2：落实全面从严治党责任不够有力。\n1.关于主体责任落实不到位的问题。");
  }

  private static List<FindingStatus> statuses(BulletinReading reading) {
    return reading.aspects().stream()
        .flatMap(a -> a.findings().stream())
        .map(ImportedFinding::status)
        .toList();
  }

  private static String text(String name) {
    try (InputStream in =
        BulletinShapesReaderTest.class.getResourceAsStream("/bulletin/shapes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
