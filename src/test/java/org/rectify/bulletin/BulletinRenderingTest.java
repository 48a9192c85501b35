package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.cache.StringTemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.feedback.FindingStatus;
import org.rectify.plan.MeasureStatus;

class BulletinRenderingTest {

  private final BulletinRenderer renderer = new BulletinRenderer();

  static List<String> profiles() {
    return RenderProfiles.NAMES;
  }

  @ParameterizedTest(name = "profile {0}")
  @MethodSource("profiles")
  void everyTemplateRendersSampleDataWithEveryProfile(String profile) throws Exception {
    BulletinDocument doc =
        BulletinComposer.compose(
            SampleLedgers.synthetic(24),
            SampleLedgers.narrative(profile),
            RenderProfiles.get(profile),
            BulletinKind.STAGE,
            Audience.INTERNAL);

    String text = renderer.text(doc);
    String html = renderer.html(doc);
    Map<String, byte[]> docx = unzip(renderer.docx(doc));

    assertThat(text).contains("中共示例区档案馆党组关于", "第1个问题", "欢迎广大干部群众");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<h1>", "第1个问题").endsWith("</html>\n");
    assertThat(docx)
        .containsKeys(
            "[Content_Types].xml",
            "_rels/.rels",
            "word/document.xml",
            "word/styles.xml",
            "word/footer1.xml",
            "word/_rels/document.xml.rels",
            "docProps/core.xml",
            "word/settings.xml");
    for (var part : docx.entrySet()) {
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(part.getValue()));
    }
    assertThat(new String(docx.get("word/document.xml"), StandardCharsets.UTF_8))
        .contains("w:pgSz w:w=\"11906\" w:h=\"16838\"", "第1个问题");
  }

  @Test
  void findingTextWithAScriptTagRendersInertInHtmlAndWord() throws Exception {
    LedgerSnapshot snapshot =
        oneFinding("<script>alert('x')</script>违规发放津补贴", FindingStatus.COMPLETED, true);
    BulletinDocument doc =
        BulletinComposer.compose(
            snapshot,
            SampleLedgers.narrative("standard"),
            RenderProfiles.get("standard"),
            BulletinKind.STAGE,
            Audience.PUBLIC);

    String html = renderer.html(doc);
    String documentXml =
        new String(unzip(renderer.docx(doc)).get("word/document.xml"), StandardCharsets.UTF_8);

    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;违规发放津补贴");
    assertThat(documentXml).doesNotContain("<script>").contains("&lt;script&gt;");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(documentXml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void progressNotesWithoutClosingPunctuationReadAsSeparateSentences() {
    MeasureFacts twoNotes =
        new MeasureFacts(
            1,
            "制定学习计划",
            MeasureStatus.COMPLETED,
            null,
            List.of("已制定学习计划", "组织集中学习4次。"),
            List.of(),
            List.of(),
            List.of());
    LedgerSnapshot snapshot =
        new LedgerSnapshot(
            SampleLedgers.INSPECTION,
            List.of(
                new AspectFacts(
                    1,
                    "政治建设",
                    List.of(
                        SampleLedgers.finding(
                            "1.1",
                            "学习贯彻不够深入",
                            FindingStatus.COMPLETED,
                            true,
                            List.of(),
                            List.of(twoNotes))))),
            List.of(),
            null);

    BulletinDocument doc =
        BulletinComposer.compose(
            snapshot,
            SampleLedgers.narrative("standard"),
            RenderProfiles.get("standard"),
            BulletinKind.STAGE,
            Audience.PUBLIC);

    assertThat(renderer.text(doc)).contains("已制定学习计划。组织集中学习4次。").doesNotContain("学习计划组织");
  }

  @Test
  void bulletinTemplatesCannotInstantiateClassesOrUseTheApiBuiltIn() throws Exception {
    StringTemplateLoader loader = new StringTemplateLoader();
    loader.putTemplate(
        "new.ftl", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    loader.putTemplate("api.ftl", "${doc?api.getClass().getName()}");
    var cfg = BulletinRenderer.configuration(loader);
    Map<String, Object> model = new HashMap<>();
    model.put("doc", new HashMap<>());

    assertThatThrownBy(() -> cfg.getTemplate("new.ftl").process(model, new StringWriter()))
        .hasMessageContaining("Execute");
    assertThatThrownBy(() -> cfg.getTemplate("api.ftl").process(model, new StringWriter()))
        .hasMessageContaining("api");
    assertThat(cfg.getNewBuiltinClassResolver())
        .isSameAs(freemarker.core.TemplateClassResolver.SAFER_RESOLVER);
    assertThat(cfg.isAPIBuiltinEnabled()).isFalse();
  }

  @Test
  void publicEditionLeavesOutWithheldFindingsAndItsFiguresCountOnlyWhatItShows() {
    LedgerSnapshot ledger = SampleLedgers.synthetic(24);
    BulletinNarrative narrative = SampleLedgers.narrative("standard");

    String internal =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                narrative,
                RenderProfiles.get("standard"),
                BulletinKind.STAGE,
                Audience.INTERNAL));
    String published =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                narrative,
                RenderProfiles.get("standard"),
                BulletinKind.STAGE,
                Audience.PUBLIC));

    // findings 7, 14 and 21 are 不公开; 14 has no sub-findings (only multiples of 5 do)
    assertThat(internal).contains("第7个问题", "第14个问题", "第21个问题").doesNotContain("不予公开");
    assertThat(published).doesNotContain("第7个问题", "第14个问题", "第21个问题");
    int allLeaves = (int) LedgerFigures.compute(ledger).get("findings");
    int publicLeaves = (int) LedgerFigures.compute(ledger.publicPart()).get("findings");
    assertThat(allLeaves - publicLeaves).isEqualTo(3);
    assertThat(internal).contains("巡察反馈的4个方面" + allLeaves + "个具体问题");
    assertThat(published).contains("巡察反馈的4个方面" + publicLeaves + "个具体问题", "另有3个具体问题按规定不予公开");
  }

  @Test
  void withheldCountsOfSeveralDigitsAreCheckedAsWithheldNotAsTheTotal() {
    LedgerSnapshot ledger = SampleLedgers.synthetic(1000);

    String published =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                SampleLedgers.narrative("standard"),
                RenderProfiles.get("standard"),
                BulletinKind.STAGE,
                Audience.PUBLIC));

    assertThat(published).contains("巡察反馈的4个方面1030个具体问题", "另有170个具体问题按规定不予公开");
  }

  @Test
  void aFigureInTheNarrativeThatContradictsTheLedgerStopsTheRender() {
    LedgerSnapshot ledger = SampleLedgers.synthetic(8);
    BulletinNarrative wrong =
        new BulletinNarrative(
            List.of("对照反馈的99个具体问题逐项制定整改措施。"),
            List.of(),
            null,
            null,
            null,
            null,
            "standard",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThatThrownBy(
            () ->
                BulletinComposer.compose(
                    ledger,
                    wrong,
                    RenderProfiles.get("standard"),
                    BulletinKind.STAGE,
                    Audience.INTERNAL))
        .isInstanceOf(FigureMismatchException.class)
        .hasMessageContaining("整改工作总体情况第1段")
        .hasMessageContaining("99个具体问题");
  }

  @Test
  void aProfileWhoseSentenceMisnamesAFigureIsCaught() {
    // test-misnamed-figure: global-numbering's layout, its statistics function prints the number of
    // findings as the number of measures (src/test/resources/templates/bulletin/wording/)
    RenderProfile bad = RenderProfiles.get("test-misnamed-figure");

    assertThatThrownBy(
            () ->
                BulletinComposer.compose(
                    SampleLedgers.synthetic(8),
                    SampleLedgers.narrative("standard"),
                    bad,
                    BulletinKind.STAGE,
                    Audience.INTERNAL))
        .isInstanceOf(FigureMismatchException.class)
        .hasMessageContaining("统计语句");
  }

  @Test
  void statisticsSentenceCountsMeasuresStatusesInstitutionsMoneyAndHandoversFromTheLedger() {
    LedgerSnapshot ledger = SampleLedgers.synthetic(12);
    Map<String, Object> f = LedgerFigures.compute(ledger);

    String text =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                SampleLedgers.narrative("standard"),
                RenderProfiles.get("standard"),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    assertThat(text)
        .contains(
            "截至目前，制定的" + f.get("measures") + "项整改措施，已完成落实" + f.get("measuresCompleted") + "项；");
    assertThat(text)
        .contains(
            "巡察反馈的4个方面" + f.get("findings") + "个具体问题，已完成整改" + f.get("findingsFinished") + "个");
    assertThat(text).contains("巡察移交的2件信访件，已办结1件，正在办理1件");
    assertThat(text)
        .contains(
            "通过整改，新建制度"
                + f.get("institutionsNew")
                + "项，修订完善制度"
                + f.get("institutionsRevised")
                + "项");
    assertThat(f.get("moneyText")).isEqualTo("1250.5元");
    assertThat(text).contains("挽回经济损失1250.5元");
  }

  @Test
  void handoverSectionHasOneSentencePerKindWithConcludedCountsAndPersonsHandled() {
    String text =
        renderer.text(
            BulletinComposer.compose(
                SampleLedgers.synthetic(12),
                SampleLedgers.narrative("standard"),
                RenderProfiles.get("standard"),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    assertThat(text)
        .contains(
            "三、巡察移交事项办理情况\n"
                + "巡察移交的1个立行立改问题，已全部完成整改。\n"
                + "巡察移交的1条问题线索，已全部办结，处理2人。\n"
                + "巡察移交的2件信访件，已办结1件，正在办理1件。\n"
                + "四、需要进一步整改的事项及措施\n");
  }

  @Test
  void statusDependentLabelsPrintAchievementsForFinishedAndProgressPlusNextStepsForOpenFindings() {
    LedgerSnapshot ledger =
        new LedgerSnapshot(
            SampleLedgers.INSPECTION,
            List.of(
                new AspectFacts(
                    1,
                    "责任落实不到位",
                    List.of(
                        finding(
                            "1.1",
                            "已整改的问题。",
                            FindingStatus.COMPLETED,
                            List.of(measure("建立台账", MeasureStatus.COMPLETED, "台账已建立并逐月更新。"))),
                        finding(
                            "1.2",
                            "未整改完的问题。",
                            FindingStatus.IN_PROGRESS,
                            List.of(
                                measure("召开专题会议", MeasureStatus.COMPLETED, "已召开专题会议研究部署。"),
                                measure("组织第三方核算收费标准", MeasureStatus.IN_PROGRESS, null)))))),
            List.of(),
            null);

    String text =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                SampleLedgers.narrative("status-labels"),
                RenderProfiles.get("status-labels"),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    assertThat(text).contains("　　1.已整改的问题。\n　　取得成效：台账已建立并逐月更新。\n");
    assertThat(text).contains("　　2.未整改完的问题。\n　　进展情况：已召开专题会议研究部署。\n　　下步工作打算：组织第三方核算收费标准。\n");
    assertThat(text).contains("制定的3项整改措施，已完成落实2项；反馈的2个具体问题，已完成整改1个、未完成整改1个。");
  }

  @Test
  void globalCountersRunThroughAspectsWhilePerParentCountersRestart() {
    LedgerSnapshot ledger = SampleLedgers.synthetic(8);
    String global =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                SampleLedgers.narrative("global-numbering"),
                RenderProfiles.get("global-numbering"),
                BulletinKind.STAGE,
                Audience.INTERNAL));
    String perParent =
        renderer.text(
            BulletinComposer.compose(
                ledger,
                SampleLedgers.narrative("standard"),
                RenderProfiles.get("standard"),
                BulletinKind.STAGE,
                Audience.INTERNAL));

    // aspect （二） holds findings 2 and 6; finding 5 (aspect 一, second) has sub-findings
    assertThat(global).contains("\n（二）全面从严治党\n3.第2个问题").contains("（1）第5个问题的第1项", "（2）第5个问题的第2项");
    assertThat(perParent).contains("\n（二）关于全面从严治党方面\n1.第2个问题");
  }

  private static FindingFacts finding(
      String code, String text, FindingStatus status, List<MeasureFacts> measures) {
    return new FindingFacts(code, text, null, status, true, null, List.of(), measures);
  }

  private static MeasureFacts measure(String text, MeasureStatus status, String note) {
    return new MeasureFacts(
        1,
        text,
        status,
        null,
        note == null ? List.of() : List.of(note),
        List.of(),
        List.of(),
        List.of());
  }

  private static LedgerSnapshot oneFinding(String text, FindingStatus status, boolean disclosed) {
    return new LedgerSnapshot(
        SampleLedgers.INSPECTION,
        List.of(
            new AspectFacts(
                1,
                "全面从严治党",
                List.of(
                    SampleLedgers.finding(
                        "1.1",
                        text,
                        status,
                        disclosed,
                        List.of(),
                        List.of(measure("清退违规发放的津补贴", MeasureStatus.COMPLETED, "已全部清退。")))))),
        List.of(),
        null);
  }

  static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }
}
