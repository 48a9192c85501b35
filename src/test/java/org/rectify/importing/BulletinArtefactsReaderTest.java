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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectify.feedback.FindingStatus;
import org.rectify.importing.BulletinReading.ImportedAspect;
import org.rectify.importing.BulletinReading.ImportedFinding;

/**
 * Bulletins extracted from a PDF booklet (CORPUS_ANALYSIS §0.1–0.2, the city bulletins 116–121)
 * carry artefacts the shared bulletins do not have: blank lines that a page break put inside a
 * sentence, spaces between Chinese characters and inside dates, headings broken before their last
 * characters, an aspect heading glued to its first problem, advertisement brackets with random
 * spaces and paid-content markers. The shared bulletins are damaged here the way the booklet is
 * damaged (deterministically, from a seeded {@link Random}); the reading must not change.
 */
class BulletinArtefactsReaderTest {

  /**
   * Labelled (001 004 021 033), run-in {@code 1.针对…的问题。…} (019), quoted 方面 headings (003), short
   * (002), prose and un-numbered (007 016 022 038) bulletins; 029 (run-in) is withheld, so the
   * hand-written run-in shape stands in for it.
   */
  static Stream<String> documents() {
    return Stream.concat(
        corpus().stream(),
        Stream.of("shapes/run-in-two-tracks.txt", "shapes/run-in-tracks-as-subsections.txt"));
  }

  static List<String> corpus() {
    return List.of(
        "001", "002", "003", "004", "007", "016", "019", "021", "022", "027", "033", "038");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void aBulletinDamagedLikeThePdfBookletReadsLikeTheCleanOne(String id) {
    String clean = source(id);
    String damaged = damage(clean, seed(id));
    BulletinReading expected = BulletinReader.read(clean);

    BulletinReading reading = BulletinReader.read(damaged);

    assertThat(damaged).isNotEqualTo(clean).contains("\n\n").contains("【").contains("##paid");
    assertThat(reading.aspects()).hasSameSizeAs(expected.aspects());
    assertThat(reading.leafCount()).isEqualTo(expected.leafCount());
    assertThat(leaves(reading)).containsExactlyElementsOf(leaves(expected));
    assertThat(reading.facts()).isEqualTo(expected.facts());
  }

  @Test
  void theReprintOfDamagedBulletinsStaysCloseToTheDamagedOriginal(@TempDir Path temp)
      throws IOException {
    // the corpus bulletins only: in the short hand-written shapes one advertisement weighs 5 %
    Path input = Files.createDirectory(temp.resolve("in"));
    for (String id : corpus()) {
      Files.writeString(input.resolve(id + ".txt"), damage(source(id), seed(id)));
    }

    List<BulletinRoundTrip.Result> results =
        BulletinRoundTrip.run(
            input,
            temp.resolve("out"),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(results).hasSize(corpus().size());
    assertThat(results)
        .allSatisfy(
            r -> {
              assertThat(r.skipped()).as(r.file()).isNull();
              assertThat(r.similarity()).as(r.file()).isGreaterThanOrEqualTo(0.97);
            });
  }

  @Test
  void readsACityBulletinWithPageBreaksBrokenHeadingsAndContactBlocks() {
    BulletinReading reading = BulletinReader.read(shape("city-booklet-page-breaks.txt"));

    assertThat(reading.isBulletin()).isTrue();
    assertThat(reading.facts().title()).isEqualTo("中共某某市委关于省委巡视整改落实进展情况的通报");
    assertThat(reading.facts().onSiteStart()).isEqualTo("2022-02-27");
    assertThat(reading.facts().onSiteEnd()).isEqualTo("2022-06-15");
    assertThat(reading.facts().feedbackDate()).isEqualTo("2022-08-27");
    // counted by hand: two aspects (the second heading broken before its last character), 2 + 1
    // run-in problems; the first problem's paragraph is split by a page break inside a sentence
    assertThat(reading.aspects())
        .extracting(ImportedAspect::heading, a -> a.findings().size())
        .containsExactly(tuple("关于贯彻落实党中央重大决策部署方面问题的整改落实情况", 2), tuple("关于优化营商环境方面问题的整改落实情况", 1));
    ImportedFinding first = reading.aspects().get(0).findings().get(0);
    assertThat(first.text()).isEqualTo("关于“推动整改工作不深入”的问题。");
    assertThat(first.detail()).contains("推动整改工作走深走实。目前已完成整改。");
    assertThat(reading.aspects().get(0).findings().get(1).detail()).contains("问题，坚持挂图作战");
    assertThat(statuses(reading))
        .containsExactly(
            FindingStatus.COMPLETED, FindingStatus.IN_PROGRESS, FindingStatus.COMPLETED);
    // the contact lines stay lines of their own
    assertThat(reading.contact())
        .containsExactly(
            "地址：某某市某某路1号", "邮编：110000", "电话：024-12345678", "地址：某某市某某路2号", "电话：024-87654321");
    assertThat(reading.signature()).containsExactly("中共某某市委2023年4月24日");
  }

  // ---------------------------------------------------------------------------------------------
  // The damage, as the booklet shows it.

  private static final Pattern MARKER =
      Pattern.compile("^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,3}[.．、])");
  private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final String ADVERT = "【更多公文素材，微信：dadawk01】";

  /**
   * Damages a clean bulletin: glues the first aspect heading to its first problem, breaks the
   * problem sentence of the first numbered run-in paragraph by a page break, breaks up to three
   * headings before their last one or two characters, puts a page break (one or two blank lines)
   * inside a sentence of up to six long paragraphs, puts spaces into dates and between characters,
   * inserts advertisement brackets with random spaces (one per 3000 characters, at least one) and
   * the paid-content markers. Title, date line and signature (the first three and last three lines)
   * are left alone.
   */
  static String damage(String clean, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>(List.of(clean.replace("\r\n", "\n").split("\n", -1)));
    int first = 3;
    glueFirstAspect(lines, first);
    breakFirstRunInProblem(lines, first);
    int last = lines.size() - 3;
    // headings broken before their last characters
    List<Integer> headings = new ArrayList<>();
    for (int i = first; i < last; i++) {
      String c = content(lines.get(i));
      if (MARKER.matcher(c).find()
          && c.length() >= 10
          && c.indexOf('。') < 0
          && c.indexOf('：') < 0
          && isHan(c.charAt(c.length() - 1))) {
        headings.add(i);
      }
    }
    List<Integer> broken = pick(headings, 3, random);
    // long paragraphs split by a page break inside a sentence
    List<Integer> paragraphs = new ArrayList<>();
    for (int i = first; i < last; i++) {
      String c = content(lines.get(i));
      if (c.length() >= 80 && !c.contains("欢迎") && !broken.contains(i)) {
        paragraphs.add(i);
      }
    }
    List<Integer> split = pick(paragraphs, 6, random);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      String c = content(line);
      if (broken.contains(i)) {
        int cut = c.length() - 1 - random.nextInt(2);
        out.add(indent + c.substring(0, cut));
        out.add(c.substring(cut));
      } else if (split.contains(i) && splitPoint(c, new Random(seed + i)) > 0) {
        int at = splitPoint(c, new Random(seed + i));
        out.add(indent + c.substring(0, at));
        for (int b = random.nextInt(2); b >= 0; b--) {
          out.add("");
        }
        out.add(c.substring(at));
      } else {
        out.add(line);
      }
    }
    // spaces inside dates and between characters
    List<String> spaced = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      String line = out.get(i);
      Matcher date = DATE.matcher(line);
      StringBuilder b = new StringBuilder();
      while (date.find()) {
        String replacement =
            switch (random.nextInt(3)) {
              case 0 -> date.group(1) + " 年" + date.group(2) + "月" + date.group(3) + "日";
              case 1 -> date.group(1) + "年" + date.group(2) + " 月" + date.group(3) + "日";
              default -> date.group();
            };
        date.appendReplacement(b, replacement);
      }
      date.appendTail(b);
      line = b.toString();
      if (i >= first && i < out.size() - 3) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < line.length(); k++) {
          s.append(line.charAt(k));
          boolean between = k + 1 < line.length() && isHan(line.charAt(k + 1));
          if (between && (isHan(line.charAt(k)) || line.charAt(k) == '，')) {
            if (random.nextInt(40) == 0) {
              s.append(' ');
            }
          }
        }
        line = s.toString();
      }
      spaced.add(line);
    }
    // advertisements and paid-content markers
    List<Integer> adLines = new ArrayList<>();
    for (int i = first; i < spaced.size() - 3; i++) {
      if (content(spaced.get(i)).length() >= 20) {
        adLines.add(i);
      }
    }
    for (int i : pick(adLines, 1 + clean.length() / 3000, random)) {
      String line = spaced.get(i);
      int at = line.length() - line.stripLeading().length() + 1 + random.nextInt(10);
      spaced.set(i, line.substring(0, at) + spacedAdvert(random) + line.substring(at));
    }
    for (int i = first; i < spaced.size(); i++) {
      if (MARKER.matcher(content(spaced.get(i))).find()) {
        spaced.set(i, "##paidbegin##" + spaced.get(i));
        break;
      }
    }
    int end = spaced.size() - 1;
    while (spaced.get(end).isBlank()) {
      end--;
    }
    spaced.set(end, spaced.get(end) + "##paidend##");
    return String.join("\n", spaced);
  }

  /** （一）… and its first problem 1.… on one line, as the booklet prints them. */
  private static void glueFirstAspect(List<String> lines, int from) {
    for (int i = from; i + 1 < lines.size(); i++) {
      String c = content(lines.get(i));
      String next = content(lines.get(i + 1));
      if (c.matches("^（[一二三四五六七八九十]+）[^。：]+[\\p{IsHan}”）]$") && next.matches("^1[.．、]\\D.*")) {
        lines.set(i, lines.get(i) + next);
        lines.remove(i + 1);
        return;
      }
    }
  }

  /**
   * A page break in the middle of the problem sentence of the first numbered run-in paragraph
   * ({@code 1.针对党组主动作} / (blank) / {@code 为不足的问题。我中心…}).
   */
  private static void breakFirstRunInProblem(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher marker = MARKER.matcher(content(line));
      if (!marker.find()) {
        continue;
      }
      String indent = line.substring(0, line.length() - line.stripLeading().length());
      String c = content(line);
      Matcher runIn = BulletinReader.RUN_IN.matcher(c.substring(marker.end()));
      if (runIn.find() && runIn.end() < c.length() - marker.end()) {
        int at = marker.end() + runIn.end() / 2;
        if (isHan(c.charAt(at - 1)) && isHan(c.charAt(at))) {
          lines.set(i, indent + c.substring(0, at));
          lines.add(i + 1, "");
          lines.add(i + 2, c.substring(at));
          return;
        }
      }
    }
  }

  /**
   * A place inside a sentence, between two Chinese characters, not in front of something that reads
   * as a marker or label; in a numbered paragraph after its first sentence (a numbered heading cut
   * by a page break is read as a heading and a paragraph), unless that sentence is a run-in problem
   * ({@code 1.针对…的问题。}); 0 when there is none.
   */
  private static int splitPoint(String c, Random random) {
    int from = 12;
    Matcher marker = MARKER.matcher(c);
    if (marker.find()) {
      if (c.indexOf('。') < 0) {
        return 0;
      }
      boolean runIn = BulletinReader.RUN_IN.matcher(c.substring(marker.end())).find();
      from = runIn ? marker.end() + 4 : Math.max(from, c.indexOf('。') + 3);
    }
    List<Integer> candidates = new ArrayList<>();
    for (int at = from; at < c.length() - 4; at++) {
      String tail = c.substring(at);
      if (isHan(c.charAt(at - 1))
          && isHan(c.charAt(at))
          && !tail.matches("^[一二三四五六七八九十]是.*")
          && !BulletinReader.RUN_IN.matcher(tail).find()
          && !BulletinReader.LABEL.matcher(tail).find()) {
        candidates.add(at);
      }
    }
    return candidates.isEmpty() ? 0 : candidates.get(random.nextInt(candidates.size()));
  }

  private static String spacedAdvert(Random random) {
    StringBuilder advert = new StringBuilder(ADVERT);
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      advert.insert(1 + random.nextInt(advert.length() - 2), ' ');
    }
    return advert.toString();
  }

  private static List<Integer> pick(List<Integer> from, int n, Random random) {
    List<Integer> pool = new ArrayList<>(from);
    List<Integer> picked = new ArrayList<>();
    while (picked.size() < n && !pool.isEmpty()) {
      picked.add(pool.remove(random.nextInt(pool.size())));
    }
    return picked;
  }

  private static String content(String line) {
    return line.strip().replaceAll("^[\\s\u3000]+", "");
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static long seed(String id) {
    return 20230424L + id.hashCode();
  }

  /** Code, status and problem sentence (spaces aside) of every finding, in document order. */
  private static List<String> leaves(BulletinReading reading) {
    List<String> result = new ArrayList<>();
    for (ImportedAspect aspect : reading.aspects()) {
      for (ImportedFinding finding : aspect.findings()) {
        result.add(describe(finding));
        for (ImportedFinding child : finding.children()) {
          result.add(describe(child));
        }
      }
    }
    return result;
  }

  private static String describe(ImportedFinding finding) {
    return finding.code() + " " + finding.status() + " " + finding.text().replaceAll("\\s", "");
  }

  private static List<FindingStatus> statuses(BulletinReading reading) {
    return reading.aspects().stream()
        .flatMap(a -> a.findings().stream())
        .map(ImportedFinding::status)
        .toList();
  }

  private static String source(String id) {
    return id.startsWith("shapes/")
        ? shape(id.substring("shapes/".length()))
        : BulletinCorpus.text(id);
  }

  private static String shape(String name) {
    try (InputStream in =
        BulletinArtefactsReaderTest.class.getResourceAsStream("/bulletin/shapes/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
