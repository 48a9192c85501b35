package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.inspection.InspectionRepository;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The import endpoints end to end on PostgreSQL: the Excel ledger (template → filled in →
 * registered, or every error by cell and nothing written) and the Word/text feedback draft. More
 * broken inputs are in {@code org.rectify.web.BadInputIT}.
 */
@PostgresIntegrationTest
class ImportApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired InspectionRepository inspections;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired ObjectMapper json;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void theOfficeFillsInTheDownloadedTemplateAndTheLedgerIsRegistered() {
    byte[] workbook =
        LedgerFixture.from(template())
            .standardInfo()
            .row(
                2,
                1,
                "聚焦党中央决策部署",
                "学习贯彻不够深入",
                null,
                "第一科",
                "责任领导",
                "制定学习计划",
                null,
                "张三",
                LocalDate.of(2025, 11, 30),
                "限期整改")
            .row(3, 2, null, null, null, null, null, "开展专题学习", null, null, "2025年12月31日", "长期坚持")
            .row(4, 3, "聚焦基层党组织建设", "选人用人不规范", null, "第二科", "t-leader")
            .bytes();

    ResponseEntity<JsonNode> created =
        upload("/api/inspections/import/ledger", "台账.xlsx", workbook, "t-office");

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().get("measures").asInt()).isEqualTo(2);
    UUID id = UUID.fromString(created.getBody().get("id").asText());
    JsonNode ledger = asOffice().getForObject("/api/inspections/" + id + "/ledger", JsonNode.class);
    assertThat(ledger.at("/inspection/inspectionTeam").asText()).isEqualTo("区委第一巡察组");
    assertThat(ledger.at("/aspects").size()).isEqualTo(2);
    assertThat(ledger.at("/aspects/0/findings/0/responsibleUnitName").asText()).isEqualTo("第一科");
    assertThat(ledger.at("/aspects/0/findings/0/measures/1/deadline").asText())
        .isEqualTo("2025-12-31");
    assertThat(ledger.at("/aspects/0/findings/0/measures/1/termLabel").asText()).isEqualTo("长期坚持");
    assertThat(ledger.at("/suggestions/1").asText()).isEqualTo("压实责任");
    assertThat(ledger.at("/totals/findings").asInt()).isEqualTo(2);
    JsonNode trail =
        asOffice()
            .getForObject("/api/audit?subjectType=Inspection&subjectId=" + id, JsonNode.class);
    assertThat(trail.toString())
        .contains("inspection.imported-from-ledger", "inspection.registered");
  }

  @Test
  void reportsEveryErrorOfALedgerByRowAndColumnInOneProblemAndWritesNothing() {
    byte[] workbook =
        LedgerFixture.from(template())
            .standardInfo()
            .row(2, 1, "方面一", "问题一", null, "第一科", null, "措施一", null, null, "2026-02-30", "限期整改")
            .row(3, 2, null, "问题二", null, "第九科", null, "措施二", null, null, "2026年3月31日", "尽快")
            .row(4, 3, "方面二", null, null, "第一科", null, "措施三", null, null, null, "立行立改")
            .bytes();
    long inspectionsBefore = inspections.count();
    long findingsBefore = findings.count();
    long measuresBefore = measures.count();

    ResponseEntity<JsonNode> response =
        upload("/api/inspections/import/ledger", "台账.xlsx", workbook, "t-office");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("errors").findValuesAsText("field"))
        .containsExactly(
            "行 2 / J 列（整改时限）",
            "行 3 / E 列（责任单位）",
            "行 3 / K 列（时限类型）",
            "行 4 / C 列（具体问题）",
            "行 4 / J 列（整改时限）");
    assertThat(response.getBody().get("errors").findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).startsWith("第2行第J列（整改时限）：日期无效").contains("2026-02-30"))
        .anySatisfy(m -> assertThat(m).isEqualTo("第3行第E列（责任单位）：未知的责任单位：第九科"))
        .anySatisfy(m -> assertThat(m).contains("立行立改、限期整改 或 长期坚持", "尽快"))
        .anySatisfy(m -> assertThat(m).isEqualTo("第4行第C列（具体问题）：必须填写问题内容"))
        .anySatisfy(m -> assertThat(m).isEqualTo("第4行第J列（整改时限）：必须填写整改时限"));
    assertThat(inspections.count()).isEqualTo(inspectionsBefore);
    assertThat(findings.count()).isEqualTo(findingsBefore);
    assertThat(measures.count()).isEqualTo(measuresBefore);
  }

  @Test
  void reportsADeadlineBeforeTheFeedbackDateAtItsCell() {
    byte[] workbook =
        LedgerFixture.from(template())
            .standardInfo()
            .row(2, 1, "方面一", "问题一", null, "第一科", null, "措施一", null, null, "2025-01-31", "限期整改")
            .bytes();

    ResponseEntity<JsonNode> response =
        upload("/api/inspections/import/ledger", "台账.xlsx", workbook, "t-office");

    assertThat(response.getBody().get("errors").findValuesAsText("message"))
        .containsExactly("第2行第J列（整改时限）：整改时限不能早于反馈日期 2025-08-22");
  }

  @Test
  void aWordDocumentMadeFromACorpusSummaryGivesTheSameDraftAsItsTextAndTheDraftCanBeRegistered()
      throws IOException {
    String text = FeedbackTextParserTest.read("039.txt");

    ResponseEntity<JsonNode> fromWord =
        upload("/api/inspections/import/feedback", "反馈意见.docx", WordFixture.docx(text), "t-office");
    HttpHeaders plain = new HttpHeaders();
    plain.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
    ResponseEntity<JsonNode> fromText =
        asOffice()
            .postForEntity(
                "/api/inspections/import/feedback",
                new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), plain),
                JsonNode.class);
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("text", text);
    HttpHeaders formHeaders = new HttpHeaders();
    formHeaders.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<JsonNode> fromField =
        asOffice()
            .postForEntity(
                "/api/inspections/import/feedback",
                new HttpEntity<>(form, formHeaders),
                JsonNode.class);

    assertThat(fromWord.getStatusCode()).as("%s", fromWord.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(fromText.getBody()).isEqualTo(fromWord.getBody());
    assertThat(fromField.getBody()).isEqualTo(fromWord.getBody());
    JsonNode draft = fromWord.getBody();
    assertThat(draft.at("/registration/inspectedOrganization").asText()).isEqualTo("卢氏县");
    assertThat(draft.at("/registration/feedback/aspects").size()).isEqualTo(4);
    assertThat(draft.get("warnings").toString()).contains("反馈日期");

    long before = inspections.count();
    ObjectNode completed = (ObjectNode) draft.get("registration").deepCopy();
    completed
        .put("inspectingBody", "省委")
        .put("inspectionTeam", "省委第一巡视组")
        .put("feedbackDate", "2023-01-15");
    ResponseEntity<JsonNode> registered =
        asOffice().postForEntity("/api/inspections", completed, JsonNode.class);
    assertThat(registered.getStatusCode())
        .as("%s", registered.getBody())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(inspections.count()).isEqualTo(before + 1);
  }

  @Test
  void refusesTextWithoutHeadingsWithAChineseMessageAndWritesNothing() {
    HttpHeaders plain = new HttpHeaders();
    plain.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));

    ResponseEntity<JsonNode> response =
        asOffice()
            .postForEntity(
                "/api/inspections/import/feedback",
                new HttpEntity<>("会议纪要：今天讨论了工作安排。".getBytes(StandardCharsets.UTF_8), plain),
                JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().at("/errors/0/message").asText()).contains("未能识别反馈意见的结构");
  }

  @Test
  void onlyTheOfficeMayImportOrDownloadTheTemplate() {
    byte[] workbook = LedgerFixture.from(template()).standardInfo().row(2, 1, "方面", "问题").bytes();
    for (String user : List.of("t-unit-a", "t-leader", "t-supervisor")) {
      assertThat(
              upload("/api/inspections/import/ledger", "台账.xlsx", workbook, user).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(
              upload(
                      "/api/inspections/import/feedback",
                      "a.txt",
                      "一、问题\n1.问题一。".getBytes(StandardCharsets.UTF_8),
                      user)
                  .getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(
              rest.withBasicAuth(user, TestDirectory.PASSWORD)
                  .exchange(
                      "/api/inspections/ledger-template.xlsx", HttpMethod.GET, null, byte[].class)
                  .getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(upload("/api/inspections/import/ledger", "台账.xlsx", workbook, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            upload(
                    "/api/inspections/import/feedback",
                    "a.txt",
                    "一、问题".getBytes(StandardCharsets.UTF_8),
                    null)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.getForEntity("/api/inspections/ledger-template.xlsx", byte[].class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private byte[] template() {
    ResponseEntity<byte[]> response =
        asOffice()
            .exchange("/api/inspections/ledger-template.xlsx", HttpMethod.GET, null, byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    return response.getBody();
  }

  ResponseEntity<JsonNode> upload(String path, String fileName, byte[] content, String user) {
    return upload(rest, path, fileName, content, user);
  }

  static ResponseEntity<JsonNode> upload(
      TestRestTemplate rest, String path, String fileName, byte[] content, String user) {
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
    TestRestTemplate client =
        user == null ? rest : rest.withBasicAuth(user, TestDirectory.PASSWORD);
    return client.postForEntity(path, new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private TestRestTemplate asOffice() {
    return rest.withBasicAuth("t-office", TestDirectory.PASSWORD);
  }
}
