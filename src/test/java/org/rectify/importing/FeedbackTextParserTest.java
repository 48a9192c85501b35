package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.upload.OfficeFiles;
import org.rectify.web.InvalidInputException;

/**
 * The feedback text import on every feedback summary of the corpus (documents 039–090 that are in
 * {@code src/test/resources/corpus}; withheld ones dropped in later are picked up the same way).
 * Every expectation is computed from the structure of the text itself, never written per file.
 */
class FeedbackTextParserTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final Pattern ORDINAL_AT_SENTENCE_START =
      Pattern.compile("(?:^|[。；])([一二三四五六七八九十]+)是");

  static Stream<String> feedbackSummaries() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.matches("0(39|[4-8]\\d|90)\\.txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("feedbackSummaries")
  void everyProblemClauseOfAFeedbackSummaryEndsUpInTheDraftAndTheResponseDoesNot(String file) {
    Summary summary = Summary.of(read(file));

    FeedbackDraft draft = FeedbackTextParser.parse(summary.raw(), "text");

    List<AspectInput> aspects = draft.registration().feedback().aspects();
    assertThat(aspects).isNotEmpty();
    StringBuilder recognised = new StringBuilder();
    for (AspectInput aspect : aspects) {
      assertThat(aspect.heading()).isNotBlank().doesNotContain("\n").doesNotStartWith("一是");
      assertThat(aspect.findings()).isNotEmpty();
      recognised.append(aspect.heading()).append('|');
      for (FindingInput finding : aspect.findings()) {
        assertThat(finding.text()).isNotBlank().doesNotContain("\n", "【", "##", "[bookmark");
        assertThat(finding.text().length()).isLessThanOrEqualTo(4000);
        recognised.append(finding.text()).append('|');
      }
    }
    String all = recognised.toString().replaceAll("\\s", "");
    for (String clause : summary.problemClauses()) {
      assertThat(all).as("clause of %s", file).contains(clause);
    }
    assertThat(all).doesNotContain(summary.speaker());
    if (summary.ordinals() >= 2) {
      assertThat(aspects).hasSize(summary.ordinals());
    }
    int findings = aspects.stream().mapToInt(a -> a.findings().size()).sum();
    assertThat(draft.findings()).isEqualTo(findings);
    assertThat(draft.aspects()).isEqualTo(aspects.size());
  }

  @ParameterizedTest
  @MethodSource("feedbackSummaries")
  void theInspectedOrganisationAndLevelComeFromTheHeading(String file) {
    Summary summary = Summary.of(read(file));

    InspectionRegistration draft = FeedbackTextParser.parse(summary.raw(), "text").registration();

    assertThat(draft.inspectedOrganization()).isNotBlank();
    assertThat(summary.heading()).contains(draft.inspectedOrganization());
    assertThat(draft.level())
        .isEqualTo(summary.heading().contains("巡视") ? "PROVINCIAL" : "MUNICIPAL");
    assertThat(draft.feedback().summary()).doesNotContain(summary.speaker());
  }

  @ParameterizedTest
  @MethodSource("feedbackSummaries")
  void advertisementsMarkersPageBreaksAndStraySpacesDoNotChangeTheDraft(String file) {
    String clean = read(file);
    String noisy = noisy(clean, new Random(file.hashCode()));

    assertThat(FeedbackTextParser.parse(noisy, "text"))
        .isEqualTo(FeedbackTextParser.parse(clean, "text"));
  }

  @ParameterizedTest
  @MethodSource("feedbackSummaries")
  void aWordDocumentOfTheSummaryGivesTheSameDraftAsItsText(String file) throws IOException {
    String text = read(file);
    byte[] docx = WordFixture.docx(text);

    String extracted;
    try (XWPFDocument document = OfficeFiles.openDocument(new ByteArrayInputStream(docx), "file")) {
      extracted = FeedbackDocuments.text(document);
    }

    assertThat(FeedbackTextParser.parse(extracted, "file"))
        .isEqualTo(FeedbackTextParser.parse(text, "text"));
  }

  @Test
  void readsAFeedbackWithSectionsAspectsNumberedProblemsSubProblemsAndSuggestions() {
    String text =
        """
        关于对某某局党组巡察反馈意见
        区委第二巡察组于2025年8月22日向某某局党组反馈了巡察意见。
        一、巡察发现的主要问题
        （一）贯彻落实党的理论和路线方针政策方面
        1.理论学习不够深入。党组理论学习中心组学习流于形式，2024年仅开展学习4次。
        2.落实意识形态工作责任制不到位。
        （1）阵地管理不严。
        （2）舆情处置不及时。
        （二）全面从严治党方面
        1．“两个责任”落实不够有力。
        2、违反中央八项规定精神问题时有发生。
        二、整改意见
        一是加强理论武装。二是压实管党治党责任。三是加强班子建设。
        三、移交问题线索
        移交问题线索3件。
        """;

    FeedbackDraft draft = FeedbackTextParser.parse(text, "text");

    InspectionRegistration registration = draft.registration();
    assertThat(registration.level()).isEqualTo("MUNICIPAL");
    assertThat(registration.inspectionTeam()).isEqualTo("区委第二巡察组");
    assertThat(registration.inspectingBody()).isEqualTo("区委");
    assertThat(registration.inspectedOrganization()).isEqualTo("某某局党组");
    assertThat(registration.feedbackDate()).isEqualTo("2025-08-22");
    List<AspectInput> aspects = registration.feedback().aspects();
    assertThat(aspects)
        .extracting(AspectInput::heading)
        .containsExactly("贯彻落实党的理论和路线方针政策方面", "全面从严治党方面");
    assertThat(aspects.get(0).findings())
        .extracting(FindingInput::text)
        .containsExactly("理论学习不够深入", "落实意识形态工作责任制不到位");
    assertThat(aspects.get(0).findings().get(0).detail()).startsWith("党组理论学习中心组");
    assertThat(aspects.get(0).findings().get(1).subFindings())
        .extracting(FindingInput::text)
        .containsExactly("阵地管理不严", "舆情处置不及时");
    assertThat(aspects.get(1).findings())
        .extracting(FindingInput::text)
        .containsExactly("“两个责任”落实不够有力", "违反中央八项规定精神问题时有发生");
    assertThat(registration.feedback().suggestions())
        .containsExactly("加强理论武装", "压实管党治党责任", "加强班子建设");
    assertThat(draft.findings()).isEqualTo(6);
    assertThat(draft.warnings()).hasSize(1);
  }

  @Test
  void readsASummaryWithAHeadingBrokenOverTwoLinesAndALabelledListOfSuggestions() {
    String text =
        """
        一、市委巡视一组向某某集团有限公司党委反馈巡视意见主要问
        题：
        一是贯彻落实党中央决策部署有差距，服务全市发展大局不够有力。二是全面从严治党压力传导不够，重点领域廉洁风险较大。
        三是领导班子建设有短板，选人用人不够规范。四是巡视整改不到位。
        整改意见：
        一是深入学习贯彻习近平新时代中国特色社会主义思想。二是推动全面从严治党向纵深发展。
        三是加强领导班子建设。四是统筹抓好巡视整改。
        """;

    FeedbackDraft draft = FeedbackTextParser.parse(text, "text");

    InspectionRegistration registration = draft.registration();
    assertThat(registration.inspectionTeam()).isEqualTo("市委巡视一组");
    assertThat(registration.inspectedOrganization()).isEqualTo("某某集团有限公司党委");
    assertThat(registration.level()).isEqualTo("PROVINCIAL");
    assertThat(registration.feedback().aspects())
        .extracting(AspectInput::heading)
        .containsExactly(
            "贯彻落实党中央决策部署有差距，服务全市发展大局不够有力",
            "全面从严治党压力传导不够，重点领域廉洁风险较大",
            "领导班子建设有短板，选人用人不够规范",
            "巡视整改不到位");
    assertThat(registration.feedback().aspects().get(1).findings())
        .extracting(FindingInput::text)
        .containsExactly("全面从严治党压力传导不够", "重点领域廉洁风险较大");
    assertThat(registration.feedback().suggestions()).hasSize(4).contains("加强领导班子建设");
  }

  @Test
  void readsOrdinalItemsOnLinesOfTheirOwnEvenWithoutFullStops() {
    String text =
        """
        一、巡察某某街道党工委发现的主要问题
        一是理论学习不够深入，学用结合不紧
        二是基层党组织建设薄弱
        三是作风建设有差距；“四风”问题时有发生
        """;

    List<AspectInput> aspects =
        FeedbackTextParser.parse(text, "text").registration().feedback().aspects();

    assertThat(aspects)
        .extracting(AspectInput::heading)
        .containsExactly("理论学习不够深入，学用结合不紧", "基层党组织建设薄弱", "作风建设有差距；“四风”问题时有发生");
    assertThat(aspects.get(0).findings())
        .extracting(FindingInput::text)
        .containsExactly("理论学习不够深入", "学用结合不紧");
  }

  @Test
  void readsASectionWhoseProblemsAndSuggestionsAreRunInOnItsHeadingLine() {
    String text =
        "一、市委巡视二组向某某银行股份有限公司党委反馈巡视意见主要问题：一是党的领导作用发挥不够充分，服务实体经济有差距。"
            + "二是风险防控有短板。整改意见：一是坚持党的全面领导。二是守牢风险底线。";

    FeedbackDraft draft = FeedbackTextParser.parse(text, "text");

    assertThat(draft.registration().inspectedOrganization()).isEqualTo("某某银行股份有限公司党委");
    assertThat(draft.registration().feedback().aspects())
        .extracting(AspectInput::heading)
        .containsExactly("党的领导作用发挥不够充分，服务实体经济有差距", "风险防控有短板");
    assertThat(draft.registration().feedback().suggestions()).containsExactly("坚持党的全面领导", "守牢风险底线");
  }

  @Test
  void splitsAnAspectHeadingGluedToItsFirstProblemAndReadsAsciiAndFullWidthMarkers() {
    String text =
        """
        (一)贯彻落实党中央决策部署有差距1.学习贯彻习近平总书记重要讲话精神不够深入。
        2．推动高质量发展用力不够。
        （ 二 ）落实全面从严治党责任不到位
        （1）主体责任落实不到位。
        (2)监督责任落实有差距。
        """;

    List<AspectInput> aspects =
        FeedbackTextParser.parse(text, "text").registration().feedback().aspects();

    assertThat(aspects)
        .extracting(AspectInput::heading)
        .containsExactly("贯彻落实党中央决策部署有差距", "落实全面从严治党责任不到位");
    assertThat(aspects.get(0).findings())
        .extracting(FindingInput::text)
        .containsExactly("学习贯彻习近平总书记重要讲话精神不够深入", "推动高质量发展用力不够");
    assertThat(aspects.get(1).findings())
        .extracting(FindingInput::text)
        .containsExactly("主体责任落实不到位", "监督责任落实有差距");
  }

  @Test
  void refusesTextWithoutAnyHeadingOrNumberingWithAChineseMessage() {
    assertThatThrownBy(() -> FeedbackTextParser.parse("今天天气很好。我们去公园散步。", "text"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("text")
        .hasMessageContaining("未能识别反馈意见的结构");
    assertThatThrownBy(() -> FeedbackTextParser.parse(" \n\n ", "file"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("空的");
  }

  /** The noise §C.7 lists, put into a clean corpus text at positions chosen by {@code random}. */
  static String noisy(String clean, Random random) {
    String[] lines = clean.split("\n", -1);
    StringBuilder out = new StringBuilder("##paidbegin##");
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      if (line.length() > 40) {
        line = "[bookmark: _GoBack]" + line;
        line = insertAt(line, hanPosition(line, random), "【更多公文素 材，微信：dada wk01】");
        line = insertAt(line, hanPosition(line, random), "\n\n");
        line = line.replaceFirst("，", "， ");
        line = "　　" + line;
      }
      out.append(line).append(l + 1 < lines.length ? "\r\n" : "");
    }
    return out.append("\n##paidend##").toString();
  }

  /** A position between two Chinese characters, away from ordinals such as 二是 and 二、. */
  private static int hanPosition(String line, Random random) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 30; i < line.length() - 2; i++) {
      if (isHan(line.charAt(i - 1))
          && isHan(line.charAt(i))
          && isHan(line.charAt(i + 1))
          && "一二三四五六七八九十是".indexOf(line.charAt(i)) < 0
          && "是、".indexOf(line.charAt(i + 1)) < 0) {
        positions.add(i);
      }
    }
    return positions.get(random.nextInt(positions.size()));
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static String insertAt(String line, int at, String text) {
    return line.substring(0, at) + text + line.substring(at);
  }

  static String read(String file) {
    try {
      return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A corpus feedback summary seen the simple way: the first line is the heading, the response
   * starts at the sentence naming someone who 表示, the rest in between are the problems.
   */
  record Summary(String raw, String heading, String problems, String speaker) {

    static Summary of(String raw) {
      String[] lines = raw.split("\n", 2);
      String body = lines[1].replaceAll("\\s+", "");
      int says = body.indexOf("表示，");
      int start = Math.max(body.lastIndexOf('。', says) + 1, 0);
      return new Summary(
          raw, lines[0].strip(), body.substring(0, start), body.substring(start, says));
    }

    /** The problems' clauses without their ordinals (一是…). */
    List<String> problemClauses() {
      List<String> clauses = new ArrayList<>();
      for (String clause : problems.split("[，。；]")) {
        String text = clause.replaceFirst("^[一二三四五六七八九十]+是", "");
        if (!text.isEmpty()) {
          clauses.add(text);
        }
      }
      return clauses;
    }

    int ordinals() {
      Matcher m = ORDINAL_AT_SENTENCE_START.matcher(problems);
      int count = 0;
      while (m.find()) {
        count++;
      }
      return count;
    }
  }
}
