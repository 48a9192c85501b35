package org.rectify.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@PostgresIntegrationTest
class RegistrationApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired InspectionRepository inspections;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void registersAnInspectionWithItsWholeFeedbackAndReadsTheLedgerBack() {
    Map<String, Object> body =
        inspection()
            .aspect(
                "聚焦党中央决策部署落实情况",
                finding(
                    "学习贯彻不够深入",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("制定学习计划", "2025-11-30", "TIME_BOUND")),
                finding("意识形态工作落实不力", TestDirectory.UNIT_B, "t-leader"))
            .aspect(
                "聚焦基层党组织建设",
                finding(
                    "选人用人不规范",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("规范考察程序", "2025-12-31", "LONG_TERM")))
            .build();

    ResponseEntity<JsonNode> created =
        asOffice().postForEntity("/api/inspections", body, JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    UUID id = UUID.fromString(created.getBody().get("id").asText());
    JsonNode ledger = asOffice().getForObject("/api/inspections/" + id + "/ledger", JsonNode.class);
    assertThat(ledger.at("/inspection/inspectionTeam").asText()).isEqualTo("区委第一巡察组");
    assertThat(ledger.at("/inspection/feedbackDate").asText()).isEqualTo("2025-08-22");
    assertThat(ledger.at("/aspects").size()).isEqualTo(2);
    assertThat(ledger.at("/aspects/0/findings/0/code").asText()).isEqualTo("1.1");
    assertThat(ledger.at("/aspects/0/findings/0/responsibleUnitName").asText()).isEqualTo("第一科");
    assertThat(ledger.at("/aspects/0/findings/0/leadOfficial").asText()).isEqualTo("t-leader");
    assertThat(ledger.at("/aspects/0/findings/0/measures/0/deadline").asText())
        .isEqualTo("2025-11-30");
    assertThat(ledger.at("/aspects/1/findings/0/measures/0/termLabel").asText()).isEqualTo("长期坚持");
    assertThat(ledger.at("/suggestions/0").asText()).isEqualTo("加强学习");
    assertThat(ledger.at("/totals/findings").asInt()).isEqualTo(3);
    assertThat(ledger.at("/totals/measures").asInt()).isEqualTo(2);
  }

  @Test
  void rejectsMissingFindingTextBadDateAndUnknownUnitInOneProblemAndWritesNothing() {
    Map<String, Object> body =
        inspection()
            .with("feedbackDate", "2025-02-30")
            .aspect(
                "聚焦党中央决策部署落实情况",
                finding("学习贯彻不够深入", TestDirectory.UNIT_A, "t-leader"),
                finding("", "no-such-unit", "t-leader"))
            .build();
    long inspectionsBefore = inspections.count();
    long findingsBefore = findings.count();

    ResponseEntity<JsonNode> response =
        asOffice().postForEntity("/api/inspections", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody().get("title").asText()).isEqualTo("输入有误");
    assertThat(fields(response.getBody()))
        .containsExactlyInAnyOrder(
            "feedbackDate",
            "feedback.aspects[0].findings[1].text",
            "feedback.aspects[0].findings[1].responsibleUnit");
    assertThat(response.getBody().toString()).contains("必须填写问题内容", "日期无效", "未知的责任单位：no-such-unit");
    assertThat(inspections.count()).isEqualTo(inspectionsBefore);
    assertThat(findings.count()).isEqualTo(findingsBefore);
  }

  @Test
  void rejectsDeadlinesBeforeTheFeedbackDateAndUnknownEnumNames() {
    Map<String, Object> body =
        inspection()
            .with("level", "COUNTY")
            .aspect(
                "方面一",
                finding(
                    "问题一",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("措施", "2025-01-01", "SOMETIMES")))
            .build();

    ResponseEntity<JsonNode> response =
        asOffice().postForEntity("/api/inspections", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response.getBody()))
        .containsExactlyInAnyOrder("level", "feedback.aspects[0].findings[0].measures[0].term");
    assertThat(response.getBody().toString())
        .contains("PROVINCIAL（巡视）", "MUNICIPAL（巡察）", "LONG_TERM（长期坚持）");
  }

  @Test
  void reportsADeadlineBeforeTheFeedbackDateOnceTheFieldsAreValid() {
    Map<String, Object> body =
        inspection()
            .aspect(
                "方面一",
                finding(
                    "问题一",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("措施", "2025-01-01", "TIME_BOUND")))
            .build();

    ResponseEntity<JsonNode> response =
        asOffice().postForEntity("/api/inspections", body, JsonNode.class);

    assertThat(fields(response.getBody()))
        .containsExactly("feedback.aspects[0].findings[0].measures[0].deadline");
    assertThat(response.getBody().toString()).contains("整改时限不能早于反馈日期 2025-08-22");
  }

  @Test
  void reportsMalformedJsonWithItsLineAndColumn() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> response =
        asOffice()
            .postForEntity(
                "/api/inspections",
                new HttpEntity<>(
                    "{\"level\": \"MUNICIPAL\",\n  \"feedback\": {\"aspects\": ]}", headers),
                JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().at("/errors/0/message").asText()).contains("不是有效的 JSON", "第 2 行");
  }

  @Test
  void letsOnlyTheOfficeRegisterAndNobodyWithoutCredentials() {
    Map<String, Object> body =
        inspection().aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader")).build();

    assertThat(
            rest.withBasicAuth("t-unit-a", TestDirectory.PASSWORD)
                .postForEntity("/api/inspections", body, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.postForEntity("/api/inspections", body, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            rest.withBasicAuth("t-no-such-user", "wrong")
                .getForEntity("/api/inspections", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void showsUnitStaffOnlyTheFindingsOfTheirOwnUnit() {
    Map<String, Object> body =
        inspection()
            .aspect(
                "方面一",
                finding("第一科的问题", TestDirectory.UNIT_A, "t-leader"),
                finding("第二科的问题", TestDirectory.UNIT_B, "t-leader"))
            .aspect("方面二", finding("又一个第二科的问题", TestDirectory.UNIT_B, "t-leader"))
            .build();
    UUID id =
        UUID.fromString(
            asOffice().postForObject("/api/inspections", body, JsonNode.class).get("id").asText());

    JsonNode unitA =
        rest.withBasicAuth("t-unit-a", TestDirectory.PASSWORD)
            .getForObject("/api/inspections/" + id + "/ledger", JsonNode.class);
    JsonNode supervisor =
        rest.withBasicAuth("t-supervisor", TestDirectory.PASSWORD)
            .getForObject("/api/inspections/" + id + "/ledger", JsonNode.class);

    assertThat(unitA.toString()).contains("第一科的问题").doesNotContain("第二科的问题");
    assertThat(unitA.at("/totals/findings").asInt()).isEqualTo(1);
    assertThat(supervisor.at("/totals/findings").asInt()).isEqualTo(3);
  }

  @Test
  void answersUnknownInspectionsWithNotFound() {
    ResponseEntity<JsonNode> response =
        asOffice()
            .getForEntity("/api/inspections/" + UUID.randomUUID() + "/ledger", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().get("title").asText()).isEqualTo("未找到");

    ResponseEntity<JsonNode> malformed =
        asOffice().getForEntity("/api/inspections/not-a-uuid/ledger", JsonNode.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private TestRestTemplate asOffice() {
    return rest.withBasicAuth("t-office", TestDirectory.PASSWORD);
  }

  private static List<String> fields(JsonNode problem) {
    return problem.get("errors").findValuesAsText("field");
  }
}
