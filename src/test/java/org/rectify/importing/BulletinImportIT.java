package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.feedback.FindingStatus;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * 导入通报 end to end on PostgreSQL: preview, confirm (registered through the same registration,
 * statuses and texts on the findings, the document frozen beside it), the bulletin printed again
 * from the live ledger, and 通报体检.
 */
@PostgresIntegrationTest
class BulletinImportIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired ImportedBulletinRepository imported;
  @Autowired ImportedFindingTextRepository texts;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void theOfficePreviewsAndConfirmsABulletinAndItsFindingsCarryTheDocumentsStatuses()
      throws Exception {
    byte[] docx = WordFixture.docx(BulletinCorpus.text("001"));

    ResponseEntity<JsonNode> preview =
        upload("/api/inspections/import/bulletin/preview", "通报.docx", docx, "t-office");

    assertThat(preview.getStatusCode()).as("%s", preview.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode p = preview.getBody();
    assertThat(p.at("/facts/team").asText()).isEqualTo("党工委第一巡察组");
    assertThat(p.at("/aspects").size()).isEqualTo(6);
    assertThat(p.at("/statedFigures/findings").asInt()).isEqualTo(64);
    assertThat(p.at("/disagreements").toString()).contains("称64个具体问题，正文逐条列出48个");
    assertThat(p.at("/registrationProblems").size()).isZero();

    ResponseEntity<JsonNode> created =
        upload("/api/inspections/import/bulletin", "通报.docx", docx, "t-office");

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    UUID id = UUID.fromString(created.getBody().get("inspectionId").asText());
    assertThat(created.getBody().get("findings").asInt()).isEqualTo(48);
    assertThat(created.getBody().get("withStatus").asInt()).isEqualTo(48);
    List<Finding> registered = findings.findByInspection(id);
    List<FindingStatus> leafStatuses =
        transactions.execute(
            tx ->
                findings.findByInspection(id).stream()
                    .filter(f -> f.getChildren().isEmpty())
                    .map(Finding::getStatus)
                    .toList());
    assertThat(leafStatuses)
        .hasSize(48)
        .containsOnly(FindingStatus.COMPLETED, FindingStatus.IN_PROGRESS)
        .filteredOn(s -> s == FindingStatus.COMPLETED)
        .hasSize(32);
    ImportedBulletin frozen = imported.findByInspectionId(id).orElseThrow();
    assertThat(frozen.getOriginal()).isEqualTo(docx);
    assertThat(frozen.getTitle()).startsWith("中共池北区委员会关于");
    assertThat(texts.findByFindingIdInOrderByPosition(ids(registered))).isNotEmpty();
    JsonNode trail =
        asOffice()
            .getForObject("/api/audit?subjectType=Inspection&subjectId=" + id, JsonNode.class);
    assertThat(trail.toString())
        .contains("inspection.imported-from-bulletin", "inspection.registered");
  }

  @Test
  void theBulletinPrintedAgainFollowsAStatusChangedInTheLedger() {
    UUID id = importCorpusBulletin("038");
    String path = "/api/inspections/" + id + "/imported-bulletin/text";
    assertThat(asOffice().getForObject(path, String.class)).contains("反馈的13个具体问题，已全部完成整改");

    transactions.executeWithoutResult(
        tx -> {
          Map<String, Finding> byCode =
              findings.findByInspection(id).stream()
                  .collect(Collectors.toMap(Finding::getCode, Function.identity()));
          byCode.get("1.1.1").changeStatus(FindingStatus.IN_PROGRESS);
        });

    assertThat(asOffice().getForObject(path, String.class)).contains("反馈的13个具体问题，已完成整改12个、未完成整改1个");
  }

  @Test
  void aNewBulletinOfAnImportedInspectionCanBeWrittenInTheImportedDocumentsLayout() {
    UUID id = importCorpusBulletin("038");
    UUID bulletin =
        UUID.fromString(
            asOffice()
                .postForEntity("/api/inspections/" + id + "/stage-bulletins", null, JsonNode.class)
                .getBody()
                .get("bulletinId")
                .asText());
    assertThat(
            asOffice()
                .getForObject("/api/bulletins/" + bulletin, JsonNode.class)
                .at("/profiles")
                .findValuesAsText("name"))
        .containsExactly(
            "standard",
            "status-labels",
            "global-numbering",
            "shi-measures",
            "plain-paragraphs",
            "imported");

    ResponseEntity<JsonNode> unknown = draft(bulletin, "宋体");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("narrative.profile");
    assertThat(draft(bulletin, "imported").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String preview =
        asOffice().getForObject("/api/bulletins/" + bulletin + "/preview", String.class);
    // 038 numbers its problems through the document: （二）'s first problem is 4., not 1.
    assertThat(preview)
        .contains("<p class=\"item\">4.履行全面从严治党主体责任")
        .doesNotContain("<p class=\"item\">1.履行全面从严治党主体责任");
  }

  @Test
  void thePreviewPageListsTheHandOversTheDocumentStatesAsItsOwnFigures() {
    ResponseEntity<String> page =
        upload(
            "/bulletins/tools/preview",
            "033.txt",
            BulletinCorpus.text("033").getBytes(StandardCharsets.UTF_8),
            "t-office",
            String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    // 033: 巡视移交的11个立行立改问题，已完成整改11个;巡视移交的65件信访件，已全部办结。
    assertThat(page.getBody())
        .contains("文中所述的移交事项、问责处理、资金和制度")
        .contains("<td>信访件</td><td>65件</td>")
        .contains("<td>立行立改问题</td><td>11个</td>");
    // 033 numbers aspects (一), problems 1. under each aspect, sub-problems (1) through the document
    assertThat(page.getBody())
        .contains("推断的版式")
        .contains("方面 (一)；问题 1.（各方面内重新编号）；子问题 (1)（全文连续编号）")
        .contains("标签：整改情况");
  }

  private ResponseEntity<JsonNode> draft(UUID bulletin, String profile) {
    return asOffice()
        .postForEntity(
            "/api/bulletins/" + bulletin + "/draft",
            Map.of(
                "kind",
                "STAGE",
                "narrative",
                Map.of("overallSituation", List.of("召开专题会议部署整改。"), "profile", profile)),
            JsonNode.class);
  }

  @Test
  void nothingIsWrittenWhenTheTextIsNotABulletin() {
    long before = imported.count();

    ResponseEntity<JsonNode> refused =
        upload(
            "/api/inspections/import/bulletin",
            "039.txt",
            BulletinCorpus.text("039").getBytes(StandardCharsets.UTF_8),
            "t-office");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("标题");
    assertThat(imported.count()).isEqualTo(before);
  }

  @Test
  void supervisorsCheckABulletinAndReadTheReportInChinese() {
    ResponseEntity<JsonNode> report =
        upload(
            "/api/bulletin-check",
            "028.txt",
            BulletinCorpus.text("028").getBytes(StandardCharsets.UTF_8),
            "t-supervisor");

    assertThat(report.getStatusCode()).as("%s", report.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(report.getBody().toString()).contains("跳号：上一项为4");
  }

  /** Imports a corpus bulletin as the office; returns the registered inspection. */
  private UUID importCorpusBulletin(String corpusId) {
    ResponseEntity<JsonNode> created =
        upload(
            "/api/inspections/import/bulletin",
            corpusId + ".txt",
            BulletinCorpus.text(corpusId).getBytes(StandardCharsets.UTF_8),
            "t-office");
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return UUID.fromString(created.getBody().get("inspectionId").asText());
  }

  private static List<UUID> ids(List<Finding> list) {
    return list.stream().map(Finding::getId).toList();
  }

  private ResponseEntity<JsonNode> upload(
      String path, String fileName, byte[] content, String user) {
    return upload(path, fileName, content, user, JsonNode.class);
  }

  private <T> ResponseEntity<T> upload(
      String path, String fileName, byte[] content, String user, Class<T> answer) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, TestDirectory.PASSWORD)
        .postForEntity(path, new HttpEntity<>(parts, headers), answer);
  }

  private TestRestTemplate asOffice() {
    return rest.withBasicAuth("t-office", TestDirectory.PASSWORD);
  }
}
