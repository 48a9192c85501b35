package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.BulletinEdition;
import org.rectify.bulletin.BulletinEditionRepository;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinNarrative;
import org.rectify.bulletin.BulletinService;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.opinion.OpinionService;
import org.rectify.opinion.OpinionSubmission;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.MeasureRepository;
import org.rectify.step.UserTaskStep;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every user task of every model in {@code bpmn/}, reached on PostgreSQL through the app's API: a
 * legitimate candidate claims it and completes it through {@code POST
 * /engine-rest/task/{id}/complete} (with the routing flag the step would set) without the step's
 * domain record, and is refused with 400 and a Chinese message; the task stays open and the ledger
 * (or the bulletin, or the opinion) is unchanged. Then the app's own step API does the step, which
 * still works.
 */
@PostgresIntegrationTest
class CompletionGuardsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired BulletinService bulletins;
  @Autowired BulletinEditionRepository editions;
  @Autowired OpinionService opinions;
  @Autowired Clock clock;

  private final List<String> refused = new ArrayList<>();

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void everyUserTaskRefusesEngineRestCompletionWithoutItsDomainRecord() {
    UUID inspectionId = register();
    Supplier<Object> ledger = () -> office().getForObject(ledgerUrl(inspectionId), JsonNode.class);

    // InspectionRectification: 分解交办 (registration pre-fills unit and lead; the hand-over is
    // the record), then the report deadline (long passed) opens 编制整改报告.
    refuse(
        "t-office", task("InspectionRectification", inspectionId, "Task_AssignFindings"), ledger);
    UUID findingId = findings.findByInspection(inspectionId).get(0).getId();
    noContent(
        office()
            .postForEntity(
                "/api/inspections/" + inspectionId + "/assignment",
                Map.of(
                    "assignments",
                    List.of(
                        Map.of(
                            "findingId",
                            findingId.toString(),
                            "responsibleUnit",
                            TestDirectory.UNIT_A,
                            "leadOfficial",
                            "t-leader"))),
                JsonNode.class));
    refuse("t-office", task("InspectionRectification", inspectionId, "Task_CompileReport"), ledger);
    created(
        office()
            .postForEntity(
                "/api/inspections/" + inspectionId + "/rectification-report",
                Map.of("summary", "关于巡察整改进展情况的报告"),
                JsonNode.class));

    // FindingRectification: 制定 → 审核.
    String finding = "/api/findings/" + findingId;
    refuse("t-unit-a", task("FindingRectification", findingId, "Task_DraftMeasures"), ledger);
    LocalDate today = LocalDate.now(clock);
    ok(
        as("t-unit-a")
            .postForEntity(
                finding + "/measures",
                Map.of(
                    "measures",
                    List.of(
                        Map.of(
                            "text",
                            "健全学习制度并长期坚持",
                            "responsiblePerson",
                            "张三",
                            "deadline",
                            today.plusDays(30).toString(),
                            "term",
                            "LONG_TERM"))),
                JsonNode.class));
    refuse(
        "t-office",
        task("FindingRectification", findingId, "Task_ReviewMeasures"),
        ledger,
        "planApproved",
        true);
    refuse(
        "t-office",
        task("FindingRectification", findingId, "Task_ReviewMeasures"),
        ledger,
        "planApproved",
        false);
    ok(office().postForEntity(finding + "/plan-review", Map.of("approved", true), JsonNode.class));

    // MeasureExecution: 落实, 审批延期申请, 督办.
    UUID measureId = measures.findByFindingIdOrderByOrdinal(findingId).get(0).getId();
    String measure = "/api/measures/" + measureId;
    refuse("t-unit-a", task("MeasureExecution", measureId, "Task_CarryOutMeasure"), ledger);
    ok(
        as("t-unit-a")
            .postForEntity(
                measure + "/extension-requests",
                Map.of("newDeadline", today.plusDays(60).toString(), "reason", "需跨部门协调"),
                JsonNode.class));
    refuse(
        "t-office",
        task("MeasureExecution", measureId, "Task_ReviewExtension"),
        ledger,
        "extensionApproved",
        true);
    ok(
        office()
            .postForEntity(
                measure + "/extension-decision", Map.of("approved", true), JsonNode.class));
    fireNow(timer("MeasureExecution", measureId, "BoundaryEvent_EscalationDue"));
    refuse(
        "t-supervisor", task("MeasureExecution", measureId, "Task_IssueSupervisionNotice"), ledger);
    ok(
        as("t-supervisor")
            .postForEntity(
                measure + "/supervision-notice", Map.of("text", "请于三日内完成并报送"), JsonNode.class));
    ok(as("t-unit-a").postForEntity(measure + "/completion", null, JsonNode.class));

    // FindingRectification: 申请销号 → 责任领导确认 → 审核认定 (退回) → 继续整改 → … → 销号.
    refuse("t-unit-a", task("FindingRectification", findingId, "Task_ApplyForCloseOut"), ledger);
    ok(
        as("t-unit-a")
            .postForEntity(
                finding + "/close-out-application", Map.of("selfCheck", "已逐项自查"), JsonNode.class));
    refuse(
        "t-leader",
        task("FindingRectification", findingId, "Task_ConfirmCloseOut"),
        ledger,
        "leaderConfirmed",
        true);
    ok(
        as("t-leader")
            .postForEntity(
                finding + "/close-out-confirmation", Map.of("confirmed", true), JsonNode.class));
    refuse(
        "t-office",
        task("FindingRectification", findingId, "Task_CertifyCloseOut"),
        ledger,
        "closeOutCertified",
        false);
    ok(
        office()
            .postForEntity(
                finding + "/close-out-certification",
                Map.of("certified", false, "reason", "佐证材料不全"),
                JsonNode.class));
    refuse(
        "t-unit-a", task("FindingRectification", findingId, "Task_ContinueRectification"), ledger);
    ok(
        as("t-unit-a")
            .postForEntity(
                finding + "/close-out-application",
                Map.of("selfCheck", "已补充佐证材料"),
                JsonNode.class));
    // The second round: the first confirmation is on record, but not for this application.
    refuse(
        "t-leader",
        task("FindingRectification", findingId, "Task_ConfirmCloseOut"),
        ledger,
        "leaderConfirmed",
        true);
    ok(
        as("t-leader")
            .postForEntity(
                finding + "/close-out-confirmation", Map.of("confirmed", true), JsonNode.class));
    ok(
        office()
            .postForEntity(
                finding + "/close-out-certification", Map.of("certified", true), JsonNode.class));

    // FollowUpCheck: 回头看 of the long-term finding.
    fireNow(timer("FollowUpCheck", findingId, null));
    refuse(
        "t-office",
        task("FollowUpCheck", findingId, "Task_FollowUpCheck"),
        ledger,
        "relapsed",
        false);
    ok(
        office()
            .postForEntity(
                finding + "/follow-up-check",
                Map.of("relapsed", false, "note", "未发现反弹"),
                JsonNode.class));

    // BulletinPublication: 起草通报 → 审定通报.
    UUID bulletinId =
        UUID.fromString(
            created(
                    office()
                        .postForEntity(
                            "/api/inspections/" + inspectionId + "/stage-bulletins",
                            null,
                            JsonNode.class))
                .get("bulletinId")
                .asText());
    Supplier<Object> bulletin =
        () -> List.of(office().getForObject("/api/bulletins/" + bulletinId, JsonNode.class));
    refuse("t-office", task("BulletinPublication", bulletinId, "Task_DraftBulletin"), bulletin);
    noContent(
        office()
            .postForEntity(
                "/api/bulletins/" + bulletinId + "/draft",
                Map.of(
                    "kind",
                    "STAGE",
                    "narrative",
                    Map.of(
                        "overallSituation", List.of("整改工作有序推进"), "nextSteps", List.of("持续抓好整改"))),
                JsonNode.class));
    refuse(
        "t-leader",
        task("BulletinPublication", bulletinId, "Task_ApproveBulletin"),
        bulletin,
        "bulletinApproved",
        true);

    // PublicOpinionTriage: 处理意见建议 on an opinion about a published bulletin.
    UUID published = bulletins.startDraft(inspectionId, BulletinKind.STAGE, "t-office").getId();
    bulletins.submitDraft(
        published,
        BulletinKind.STAGE,
        new BulletinNarrative(List.of("整改工作有序推进"), List.of("持续抓好整改"), null, null, null, null),
        "t-office");
    bulletins.approve(published, "t-leader");
    bulletins.publish(published, "t-office");
    UUID editionId =
        editions
            .findByBulletinIdAndAudience(published, Audience.PUBLIC)
            .map(BulletinEdition::getId)
            .orElseThrow();
    UUID opinionId =
        opinions.submit(
            editionId,
            new OpinionSubmission("建议公开更多整改细节", null, null),
            "guards-" + UUID.randomUUID());
    refuse(
        "t-office",
        task("PublicOpinionTriage", opinionId, "Task_TriageOpinion"),
        () -> office().getForObject("/api/opinions/" + opinionId, JsonNode.class));

    assertThat(refused)
        .containsExactlyInAnyOrder(
            "Task_AssignFindings",
            "Task_CompileReport",
            "Task_DraftMeasures",
            "Task_ReviewMeasures",
            "Task_ReviewMeasures",
            "Task_CarryOutMeasure",
            "Task_ReviewExtension",
            "Task_IssueSupervisionNotice",
            "Task_ApplyForCloseOut",
            "Task_ConfirmCloseOut",
            "Task_CertifyCloseOut",
            "Task_ContinueRectification",
            "Task_ConfirmCloseOut",
            "Task_FollowUpCheck",
            "Task_DraftBulletin",
            "Task_ApproveBulletin",
            "Task_TriageOpinion");
    assertThat(Set.copyOf(refused))
        .as("every step of the catalogue is tried here")
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(UserTaskStep.values()).map(UserTaskStep::taskKey).toList());
  }

  private void refuse(String user, Task task, Supplier<Object> record) {
    refuse(user, task, record, null, null);
  }

  /**
   * Claims {@code task} as {@code user} (a candidate) when nobody holds it, completes it through
   * {@code /engine-rest} with the routing flag, and checks the refusal and the unchanged record.
   */
  private void refuse(String user, Task task, Supplier<Object> record, String flag, Object value) {
    Object before = record.get();
    if (task.getAssignee() == null) {
      ResponseEntity<String> claimed =
          as(user)
              .postForEntity(
                  "/engine-rest/task/" + task.getId() + "/claim",
                  Map.of("userId", user),
                  String.class);
      assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    if (flag != null) {
      variables.put(flag, Map.of("value", value, "type", "Boolean"));
    }
    ResponseEntity<JsonNode> completed =
        as(user)
            .postForEntity(
                "/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", variables),
                JsonNode.class);

    assertThat(completed.getStatusCode())
        .as(task.getTaskDefinitionKey() + ": " + completed.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(completed.getBody().get("message").asText())
        .as(task.getTaskDefinitionKey())
        .startsWith("「" + task.getName() + "」不能办结：")
        .containsPattern("尚未|未")
        .doesNotContain("ENGINE-");
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count())
        .as(task.getTaskDefinitionKey() + " still open")
        .isEqualTo(1);
    assertThat(record.get()).as(task.getTaskDefinitionKey() + " record").isEqualTo(before);
    refused.add(task.getTaskDefinitionKey());
  }

  private Task task(String processKey, UUID businessKey, String taskKey) {
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                tasks
                    .createTaskQuery()
                    .processDefinitionKey(processKey)
                    .processInstanceBusinessKey(businessKey.toString())
                    .taskDefinitionKey(taskKey)
                    .active()
                    .singleResult(),
            t -> t != null);
  }

  private Job timer(String processKey, UUID businessKey, String activityId) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> {
              var instance =
                  runtime
                      .createProcessInstanceQuery()
                      .processDefinitionKey(processKey)
                      .processInstanceBusinessKey(businessKey.toString())
                      .singleResult();
              if (instance == null) {
                return null;
              }
              var query = management.createJobQuery().processInstanceId(instance.getId()).timers();
              return activityId == null
                  ? query.singleResult()
                  : query.activityId(activityId).singleResult();
            },
            job -> job != null);
  }

  private void fireNow(Job job) {
    management.setJobDuedate(job.getId(), Date.from(clock.instant().minusSeconds(1)));
  }

  private UUID register() {
    return inspection()
        .aspect("聚焦党中央决策部署落实情况", finding("学习贯彻不够深入", TestDirectory.UNIT_A, "t-leader"))
        .registerAsOffice(rest);
  }

  private static String ledgerUrl(UUID inspectionId) {
    return "/api/inspections/" + inspectionId + "/ledger";
  }

  private static void ok(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.OK);
  }

  private static void noContent(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private static JsonNode created(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    return response.getBody();
  }

  private TestRestTemplate office() {
    return as("t-office");
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestDirectory.PASSWORD);
  }
}
