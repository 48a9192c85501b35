package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.BulletinService;
import org.rectify.bulletin.BulletinStatus;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionRepository;
import org.rectify.inspection.InspectionType;
import org.rectify.organization.DirectoryService;
import org.rectify.reporting.RectificationReportRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inspection-level process on PostgreSQL with the job executor running: started by the
 * registration, 分解交办 over the API, a stage bulletin through return and approval to publication, and
 * the report the deadline asks for.
 */
@PostgresIntegrationTest
class InspectionProcessApiIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired FindingRepository findings;
  @Autowired BulletinService bulletins;
  @Autowired RectificationReportRepository reports;
  @Autowired TransactionTemplate transactions;
  @Autowired InspectionRepository inspections;
  @Autowired InspectionProcessStarter starter;
  @Autowired org.camunda.bpm.engine.HistoryService historyService;

  @BeforeEach
  void organisationAndFindingProcess() {
    TestDirectory.ensure(directory);
    // Until the real FindingRectification model is on this branch, stand in for it.
    if (repository
            .createProcessDefinitionQuery()
            .processDefinitionKey("FindingRectification")
            .count()
        == 0) {
      repository
          .createDeployment()
          .name("finding-rectification-standin")
          .addClasspathResource("standin/finding-rectification-standin.bpmn")
          .deploy();
    }
  }

  @Test
  void startsTheProcessOnRegistrationAndLetsOnlyTheOfficeAssignTheFindings() {
    UUID id = register();

    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("InspectionRectification")
                .processInstanceBusinessKey(id.toString())
                .count())
        .isEqualTo(1);
    Task assign = openTask(id, "Task_AssignFindings");
    assertThat(assign.getName()).isEqualTo("分解交办");
    List<Finding> leaves = leafFindings(id);
    UUID second = leaves.get(1).getId();

    ResponseEntity<JsonNode> byUnit =
        as("t-unit-a")
            .postForEntity(
                assignmentUrl(id),
                assignments(second, TestDirectory.UNIT_A, "t-leader"),
                JsonNode.class);
    assertThat(byUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            byUnit
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(byUnit.getBody().get("detail").asText()).contains("分解交办", "无权办理");

    ResponseEntity<JsonNode> invalid =
        asOffice()
            .postForEntity(
                assignmentUrl(id), assignments(second, "no-such-unit", "t-office"), JsonNode.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("assignments[0].responsibleUnit", "assignments[0].leadOfficial");
    assertThat(openTask(id, "Task_AssignFindings")).isNotNull();

    ResponseEntity<String> done =
        asOffice()
            .postForEntity(
                assignmentUrl(id),
                assignments(second, TestDirectory.UNIT_A, "t-leader"),
                String.class);
    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(unitCodeOf(second)).isEqualTo(TestDirectory.UNIT_A);
    assertThat(openTask(id, "Task_AssignFindings")).isNull();
    assertThat(
            as("t-office")
                .postForEntity(
                    assignmentUrl(id),
                    assignments(second, TestDirectory.UNIT_A, "t-leader"),
                    JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // The job executor starts one finding process per leaf finding.
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              for (Finding leaf : leaves) {
                assertThat(
                        runtime
                            .createProcessInstanceQuery()
                            .processDefinitionKey("FindingRectification")
                            .processInstanceBusinessKey(leaf.getId().toString())
                            .count())
                    .as("finding process of " + leaf.getCode())
                    .isEqualTo(1);
              }
            });
  }

  @Test
  void takesAStageBulletinThroughReturnAndApprovalToPublication() {
    UUID id = register();

    assertThat(
            as("t-unit-a")
                .postForEntity("/api/inspections/" + id + "/stage-bulletins", null, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> started =
        asOffice()
            .postForEntity("/api/inspections/" + id + "/stage-bulletins", null, JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    UUID bulletin = UUID.fromString(started.getBody().get("bulletinId").asText());
    assertThat(bulletinJson(bulletin, "t-office").get("status").asText()).isEqualTo("DRAFTING");
    assertThat(
            as("t-unit-a")
                .getForEntity("/api/bulletins/" + bulletin, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(approve(bulletin, "t-leader", Map.of("approved", true)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    // Completing the task outside the API (as Tasklist would) cannot skip the bulletin record.
    Task draftTask =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(bulletin.toString())
            .taskDefinitionKey("Task_DraftBulletin")
            .singleResult();
    assertThatThrownBy(() -> tasks.complete(draftTask.getId())).hasMessageContaining("通报稿尚未提交");
    assertThat(
            draft(bulletin, "t-office", Map.of("kind", "MONTHLY", "narrative", Map.of()))
                .getBody()
                .get("errors")
                .findValuesAsText("field"))
        .containsExactly("kind", "narrative.overallSituation");
    assertThat(draft(bulletin, "t-office", narrative("第一稿")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(bulletinJson(bulletin, "t-office").get("status").asText())
        .isEqualTo("AWAITING_APPROVAL");

    assertThat(approve(bulletin, "t-office", Map.of("approved", true)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> noReason = approve(bulletin, "t-leader", Map.of("approved", false));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(
            approve(bulletin, "t-leader", Map.of("approved", false, "reason", "请补充问责情况"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode returned = bulletinJson(bulletin, "t-office");
    assertThat(returned.get("status").asText()).isEqualTo("DRAFTING");
    assertThat(returned.get("returnReason").asText()).isEqualTo("请补充问责情况");

    assertThat(draft(bulletin, "t-office", narrative("第二稿")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(approve(bulletin, "t-leader", Map.of("approved", true)).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    await()
        .atMost(PATIENCE)
        .until(() -> bulletins.get(bulletin).getStatus() == BulletinStatus.PUBLISHED);
    JsonNode published = bulletinJson(bulletin, "t-unit-a");
    assertThat(published.get("kind").asText()).isEqualTo("STAGE");
    assertThat(published.get("approvedBy").asText()).isEqualTo("t-leader");
    assertThat(published.get("publishedBy").asText()).isEqualTo("t-leader");
    assertThat(published.at("/narrative/overallSituation/0").asText()).isEqualTo("第二稿");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(bulletin.toString())
                .count())
        .isZero();
  }

  @Test
  void theDraftApiRefusesTypedFiguresAndOverridesOfGeneratedTextNamingEachField() {
    UUID id = register();
    // The report deadline has passed: let its timer fire before the stage bulletin's message
    // reaches the same process instance (the two would collide on it).
    await().atMost(PATIENCE).until(() -> openTask(id, "Task_CompileReport") != null);
    UUID bulletin =
        UUID.fromString(
            asOffice()
                .postForEntity("/api/inspections/" + id + "/stage-bulletins", null, JsonNode.class)
                .getBody()
                .get("bulletinId")
                .asText());
    Map<String, Object> narrative = new java.util.LinkedHashMap<>();
    narrative.put("overallSituation", List.of("整改工作有序推进"));
    narrative.put("statedFigures", Map.of("findings", 99, "findingsFinished", 99));
    narrative.put("statedClause", "召开专题会议99次");
    narrative.put("opening", "手写的开头段");
    narrative.put("invitation", "手写的欢迎监督段");

    ResponseEntity<JsonNode> refused =
        draft(bulletin, "t-office", Map.of("kind", "STAGE", "narrative", narrative));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder(
            "narrative.statedFigures",
            "narrative.statedClause",
            "narrative.opening",
            "narrative.invitation");
    assertThat(refused.getBody().get("errors").findValuesAsText("message"))
        .allSatisfy(m -> assertThat(m).containsPattern("\\p{IsHan}"));
    assertThat(bulletinJson(bulletin, "t-office").get("status").asText()).isEqualTo("DRAFTING");
  }

  @Test
  void filesTheReportOnceItsDeadlineHasOpenedTheTask() {
    // Feedback on 2025-08-22 and two months to report: the deadline has passed, the timer fires at
    // once.
    UUID id = register();
    await().atMost(PATIENCE).until(() -> openTask(id, "Task_CompileReport") != null);

    assertThat(
            as("t-unit-b")
                .postForEntity(reportUrl(id), Map.of("summary", "报告"), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> blank =
        asOffice().postForEntity(reportUrl(id), Map.of("summary", " "), JsonNode.class);
    assertThat(blank.getBody().at("/errors/0/field").asText()).isEqualTo("summary");

    ResponseEntity<JsonNode> filed =
        asOffice()
            .postForEntity(
                reportUrl(id),
                Map.of("summary", "关于巡察整改进展情况的报告", "stageBulletin", true),
                JsonNode.class);

    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    UUID stageBulletin = UUID.fromString(filed.getBody().get("stageBulletinId").asText());
    assertThat(reports.findByInspectionIdOrderBySubmittedAt(id)).hasSize(1);
    assertThat(openTask(id, "Task_CompileReport")).isNull();
    assertThat(draft(stageBulletin, "t-office", narrative("随报告通报")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            asOffice()
                .postForEntity(reportUrl(id), Map.of("summary", "再报一次"), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void doesNotRestartAProcessWhoseHistoryWasCleanedUpBecauseTheStartIsRecordedInTheDomain() {
    UUID id = register();
    await()
        .atMost(PATIENCE)
        .until(() -> inspections.findById(id).orElseThrow().getProcessStartedAt() != null);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("InspectionRectification")
            .processInstanceBusinessKey(id.toString())
            .singleResult()
            .getId();
    // As if the process had ended and history cleanup had removed it.
    runtime.deleteProcessInstance(instance, "history cleanup in the test");
    historyService.deleteHistoricProcessInstance(instance);

    starter.startMissing();

    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("InspectionRectification")
                .processInstanceBusinessKey(id.toString())
                .count())
        .isZero();
  }

  @Test
  void catchesUpOnAnInspectionThatNeverGotItsProcess() {
    Inspection saved =
        inspections.save(
            new Inspection(
                InspectionLevel.PROVINCIAL,
                InspectionType.REGULAR,
                "省委",
                "省委第三巡视组",
                "某厅党组",
                LocalDate.of(2025, 9, 1),
                "t-office"));

    starter.startMissing();
    starter.startMissing();

    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("InspectionRectification")
                .processInstanceBusinessKey(saved.getId().toString())
                .count())
        .isEqualTo(1);
    assertThat(
            runtime.getVariable(
                runtime
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(saved.getId().toString())
                    .singleResult()
                    .getId(),
                "reportDueDate"))
        // 00:00 on 1 November 2025 China time, whatever the machine's zone
        .isEqualTo(java.util.Date.from(java.time.Instant.parse("2025-10-31T16:00:00Z")));
  }

  private UUID register() {
    return inspection()
        .aspect(
            "聚焦党中央决策部署落实情况",
            finding(
                "学习贯彻不够深入",
                TestDirectory.UNIT_A,
                "t-leader",
                measure("制定学习计划", "2025-11-30", "TIME_BOUND")),
            finding(
                "意识形态工作落实不力",
                TestDirectory.UNIT_B,
                "t-leader",
                measure("健全工作机制", "2025-12-31", "LONG_TERM")))
        .registerAsOffice(rest);
  }

  private List<Finding> leafFindings(UUID inspectionId) {
    return transactions.execute(
        status -> {
          List<Finding> all = new java.util.ArrayList<>(findings.findByInspection(inspectionId));
          all.sort(Finding.READING_ORDER);
          return all.stream().filter(f -> f.getChildren().isEmpty()).toList();
        });
  }

  private String unitCodeOf(UUID findingId) {
    return transactions.execute(
        status -> findings.findById(findingId).orElseThrow().getResponsibleUnit().getCode());
  }

  private Task openTask(UUID inspectionId, String taskKey) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey("InspectionRectification")
        .processInstanceBusinessKey(inspectionId.toString())
        .taskDefinitionKey(taskKey)
        .singleResult();
  }

  private static Map<String, Object> assignments(UUID findingId, String unit, String lead) {
    return Map.of(
        "assignments",
        List.of(
            Map.of(
                "findingId", findingId.toString(), "responsibleUnit", unit, "leadOfficial", lead)));
  }

  private static Map<String, Object> narrative(String situation) {
    return Map.of(
        "kind",
        "STAGE",
        "narrative",
        Map.of("overallSituation", List.of(situation), "nextSteps", List.of("持续抓好整改落实")));
  }

  private ResponseEntity<JsonNode> draft(UUID bulletin, String user, Map<String, Object> body) {
    return as(user).postForEntity("/api/bulletins/" + bulletin + "/draft", body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> approve(UUID bulletin, String user, Map<String, Object> body) {
    return as(user).postForEntity("/api/bulletins/" + bulletin + "/approval", body, JsonNode.class);
  }

  private JsonNode bulletinJson(UUID bulletin, String user) {
    ResponseEntity<JsonNode> response =
        as(user).getForEntity("/api/bulletins/" + bulletin, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static String assignmentUrl(UUID id) {
    return "/api/inspections/" + id + "/assignment";
  }

  private static String reportUrl(UUID id) {
    return "/api/inspections/" + id + "/rectification-report";
  }

  private TestRestTemplate asOffice() {
    return as("t-office");
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestDirectory.PASSWORD);
  }
}
