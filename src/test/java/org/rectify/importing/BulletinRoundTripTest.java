package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;

/**
 * The round trip import → ledger → print. What it proves and what not: the printed text keeps every
 * narrative paragraph (title, opening, overall items, plans, closing) and every finding's text and
 * body as imported, so a high similarity shows that the reader lost nothing and that the numbering,
 * labels and statistics recomputed from the ledger agree with the document — not that the narrative
 * could be written from the ledger. The perturbation tests prove that what is recomputed really
 * comes from the ledger.
 */
class BulletinRoundTripTest {

  @Test
  void roundTripOverTheCorpusMeetsTheFidelityGoalAndSkipsNonBulletins(@TempDir Path temp)
      throws Exception {
    Path input = Files.createDirectory(temp.resolve("in"));
    Path output = temp.resolve("out");
    for (String id : BulletinCorpus.FULL_BULLETINS) {
      Files.writeString(input.resolve(id + ".txt"), BulletinCorpus.text(id));
    }
    Files.writeString(input.resolve("039.txt"), BulletinCorpus.text("039"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    List<BulletinRoundTrip.Result> results =
        BulletinRoundTrip.run(input, output, new PrintStream(log, true, StandardCharsets.UTF_8));

    List<BulletinRoundTrip.Result> printed =
        results.stream().filter(r -> r.skipped() == null).toList();
    assertThat(printed).hasSize(BulletinCorpus.FULL_BULLETINS.size());
    double mean =
        printed.stream().mapToDouble(BulletinRoundTrip.Result::similarity).average().orElse(0);
    assertThat(mean).isGreaterThanOrEqualTo(0.97);
    assertThat(printed).allSatisfy(r -> assertThat(r.similarity()).isGreaterThanOrEqualTo(0.90));
    assertThat(results)
        .filteredOn(r -> r.file().equals("039.txt"))
        .singleElement()
        .satisfies(r -> assertThat(r.skipped()).isNotBlank());
    assertThat(Files.readString(output.resolve("001.txt"))).startsWith("中共池北区委员会关于");
    assertThat(Files.exists(output.resolve("039.txt"))).isFalse();
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("039.txt\t跳过：").contains("平均\t");
  }

  @Test
  void aStatusChangedInTheLedgerChangesTheLabelAndEveryProblemFigure() {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text("001"));
    ImportedFinding target = firstLeafWith(reading, FindingStatus.COMPLETED);

    String before = BulletinReprint.text(reading, reading.aspects());
    String after =
        BulletinReprint.text(
            reading, withStatus(reading.aspects(), target.code(), FindingStatus.IN_PROGRESS));

    String body = target.body().get(0).text();
    assertThat(before).contains("取得成效：" + body).doesNotContain("进展情况：" + body);
    assertThat(after).contains("进展情况：" + body).doesNotContain("取得成效：" + body);
    // The document states 64 / 45 / 19; the ledger has 48 leaves, 32 finished, 16 open.
    assertThat(before).contains("反馈的48个具体问题，已完成整改32个、未完成整改16个");
    assertThat(after).contains("反馈的48个具体问题，已完成整改31个、未完成整改17个");
    // Figures the ledger cannot count stay as the document stated them.
    assertThat(after).contains("制定的82项整改措施，己完成落实60项");
  }

  @Test
  void aFullyCompletedStatementGainsAnOpenCountWhenTheLedgerHasAnOpenFinding() {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text("038"));
    ImportedFinding target = firstLeafWith(reading, FindingStatus.COMPLETED);

    String before = BulletinReprint.text(reading, reading.aspects());
    String after =
        BulletinReprint.text(
            reading, withStatus(reading.aspects(), target.code(), FindingStatus.IN_PROGRESS));

    assertThat(before).contains("反馈的13个具体问题，已全部完成整改");
    assertThat(after).contains("反馈的13个具体问题，已完成整改12个、未完成整改1个");
  }

  @Test
  void findingsAreNumberedAgainFromTheLedgerInTheDocumentsStyle() {
    BulletinReading reading = BulletinReader.read(BulletinCorpus.text("028"));

    String printed = BulletinReprint.text(reading, reading.aspects());

    // 028 jumps from 4. to 6.; numbered from the ledger (through the document), 5. is used.
    assertThat(printed).contains("\n5.党组执行中央八项规定精神打折扣").contains("\n12.要认真研究和严格控制聘请人员工作");
  }

  @Test
  void similarityIgnoresWhitespaceAndCountsEdits() {
    assertThat(Similarity.of("一 二\n三", "一二三")).isEqualTo(1.0);
    assertThat(Similarity.of("一二三四", "一二三五")).isEqualTo(0.75);
    assertThat(Similarity.of("", "")).isEqualTo(1.0);
  }

  private static ImportedFinding firstLeafWith(BulletinReading reading, FindingStatus status) {
    return reading.allFindings().stream()
        .filter(f -> f.children().isEmpty() && f.status() == status)
        .findFirst()
        .orElseThrow();
  }

  static List<ImportedAspect> withStatus(
      List<ImportedAspect> ledger, String code, FindingStatus status) {
    List<ImportedAspect> changed = new ArrayList<>();
    for (ImportedAspect aspect : ledger) {
      List<ImportedFinding> findings = new ArrayList<>();
      for (ImportedFinding f : aspect.findings()) {
        List<ImportedFinding> children = new ArrayList<>();
        for (ImportedFinding c : f.children()) {
          children.add(c.code().equals(code) ? c.withStatus(status, "台账") : c);
        }
        ImportedFinding parent =
            new ImportedFinding(
                f.code(),
                f.marker(),
                f.text(),
                f.detail(),
                f.lines(),
                f.body(),
                children,
                f.status(),
                f.statusSource());
        findings.add(f.code().equals(code) ? parent.withStatus(status, "台账") : parent);
      }
      changed.add(
          new ImportedAspect(aspect.marker(), aspect.heading(), findings, aspect.statusHint()));
    }
    return changed;
  }

  @Test
  void aCountBeforeAllDoneAndALongTermCountKeepTheDocumentsWordingWithTheLedgersNumbers() {
    var profile = BulletinReader.read(BulletinCorpus.text("001")).profile();
    // 10 problems: 9 finished, none basically finished, 1 open
    var counts = new BulletinReprint.Counts(3, 10, 9, 0, 1);

    assertThat(
            BulletinReprint.rewriteStatistics(
                "截至目前，反馈的12个问题中的10个已经全部整改完毕，正在整改2个。", counts, profile))
        .isEqualTo("截至目前，反馈的10个问题中的9个已经全部整改完毕，正在整改1个。");
    assertThat(
            BulletinReprint.rewriteStatistics(
                "截至目前，反馈的7个具体问题，已完成整改5个，基本完成整改1个，长期整改1个。", counts, profile))
        .isEqualTo("截至目前，反馈的10个具体问题，已完成整改9个，基本完成整改0个，长期整改1个。");
  }
}
