package org.rectify.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.feedback.FindingStatus;
import org.rectify.fixtures.TestDirectory;
import org.rectify.notification.Notification;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationRepository;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.plan.MeasureStatus;
import org.rectify.rectification.RectificationService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.rectify.verification.CloseOutMode;
import org.rectify.verification.CloseOutRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * One finding worked through every step of its process over the REST API as the right officials, on
 * PostgreSQL with the job executor running: plan returned and approved, a reminder, the overdue
 * escalation and 督办, an extension, evidence, the three-step sign-off with both returns, 销号.
 */
@PostgresIntegrationTest
class FindingLifecycleApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired NotificationRepository notifications;
  @Autowired CloseOutRepository closeOuts;
  @Autowired RectificationService rectification;
  @Autowired DeadlineCalendar calendar;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void worksAFindingFromDraftingToCloseOutWithTimersReturnsAndAnExtension() {
    UUID inspectionId = register();
    Finding finding = findings.findByInspection(inspectionId).get(0);
    UUID findingId = finding.getId();
    startRectification(findingId, inspectionId);
    String path = "/api/findings/" + findingId;

    // The other unit neither sees nor drafts this finding: to it, the finding does not exist.
    assertThat(as("t-unit-b").getForEntity(path, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> foreign =
        as("t-unit-b").postForEntity(path + "/measures", plan(calendar.today()), JsonNode.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(foreign.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(foreign.getBody().get("detail").asText()).isEqualTo("未找到问题：" + findingId);

    // 制定 → 退回 (reason mandatory) → 制定 → 通过
    LocalDate today = calendar.today();
    assertThat(
            as("t-unit-a")
                .postForEntity(path + "/measures", plan(today), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    ResponseEntity<JsonNode> noReason =
        as("t-office")
            .postForEntity(path + "/plan-review", Map.of("approved", false), JsonNode.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(
            as("t-unit-a")
                .postForEntity(path + "/plan-review", Map.of("approved", true), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ok(
        as("t-office")
            .postForEntity(
                path + "/plan-review",
                Map.of("approved", false, "reason", "措施不够具体"),
                JsonNode.class));
    ok(as("t-unit-a").postForEntity(path + "/measures", plan(today), JsonNode.class));
    assertThat(
            as("t-unit-a")
                .postForEntity(path + "/measures", plan(today), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    ok(
        as("t-office")
            .postForEntity(path + "/plan-review", Map.of("approved", true), JsonNode.class));

    List<Measure> planned = measures.findByFindingIdOrderByOrdinal(findingId);
    assertThat(planned).hasSize(2).allMatch(m -> m.getStatus() == MeasureStatus.IN_PROGRESS);
    UUID dueToday = planned.get(0).getId();
    UUID later = planned.get(1).getId();

    // The reminder of the measure due today is already due: the job executor sends it.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> count(NotificationKind.DEADLINE_REMINDER, dueToday) == 1);

    // The deadline runs out (moved to now) → overdue, unit and lead official notified.
    fireNow(dueToday, "BoundaryEvent_DeadlineReached");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> measures.findById(dueToday).orElseThrow().isOverdue());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> count(NotificationKind.OVERDUE, dueToday) == 2);
    assertThat(notifications.findByMeasureIdOrderByCreatedAt(dueToday))
        .filteredOn(n -> n.getKind() == NotificationKind.OVERDUE)
        .extracting(Notification::getRecipient)
        .containsExactlyInAnyOrder("unit-" + TestDirectory.UNIT_A, "t-leader");
    // A timer job that runs again (retry, second node) notifies nobody twice.
    rectification.markOverdue(dueToday);
    rectification.remindOfDeadline(dueToday);
    assertThat(count(NotificationKind.OVERDUE, dueToday)).isEqualTo(2);
    assertThat(count(NotificationKind.DEADLINE_REMINDER, dueToday)).isEqualTo(1);

    // Escalation → 督办 task for the supervisors.
    fireNow(dueToday, "BoundaryEvent_EscalationDue");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> count(NotificationKind.ESCALATION, dueToday) == 1);
    String measurePath = "/api/measures/" + dueToday;
    assertThat(
            as("t-unit-a")
                .postForEntity(
                    measurePath + "/supervision-notice", Map.of("text", "限期完成"), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ok(
        as("t-supervisor")
            .postForEntity(
                measurePath + "/supervision-notice", Map.of("text", "请于三日内完成并报送"), JsonNode.class));

    // Extension of the later measure: every deadline timer moves.
    String laterPath = "/api/measures/" + later;
    LocalDate newDeadline = today.plusDays(90);
    ResponseEntity<JsonNode> badDate =
        as("t-unit-a")
            .postForEntity(
                laterPath + "/extension-requests",
                Map.of("newDeadline", "2026-02-30", "reason", "x"),
                JsonNode.class);
    assertThat(badDate.getBody().at("/errors/0/field").asText()).isEqualTo("newDeadline");
    ok(
        as("t-unit-a")
            .postForEntity(
                laterPath + "/extension-requests",
                Map.of("newDeadline", newDeadline.toString(), "reason", "需跨部门协调"),
                JsonNode.class));
    assertThat(
            as("t-unit-a")
                .postForEntity(
                    laterPath + "/extension-decision", Map.of("approved", true), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ok(
        as("t-office")
            .postForEntity(
                laterPath + "/extension-decision", Map.of("approved", true), JsonNode.class));
    assertThat(measures.findById(later).orElseThrow().getDeadline()).isEqualTo(newDeadline);
    assertThat(timer(later, "BoundaryEvent_ReminderDue").getDuedate())
        .isEqualTo(Date.from(calendar.reminderAt(newDeadline)));
    assertThat(timer(later, "BoundaryEvent_DeadlineReached").getDuedate())
        .isEqualTo(Date.from(calendar.dueAt(newDeadline)));
    assertThat(timer(later, "BoundaryEvent_EscalationDue").getDuedate())
        .isEqualTo(Date.from(calendar.escalationAt(newDeadline)));

    // Progress, evidence, completion.
    ok(
        as("t-unit-a")
            .postForEntity(
                measurePath + "/progress", Map.of("text", "已制定学习计划并印发"), JsonNode.class));
    ResponseEntity<JsonNode> uploaded =
        as("t-unit-a")
            .postForEntity(measurePath + "/evidence", evidence("学习计划.pdf", "abc"), JsonNode.class);
    ok(uploaded);
    assertThat(uploaded.getBody().get("sha256").asText())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(
            as("t-unit-b")
                .postForEntity(measurePath + "/progress", Map.of("text", "越权"), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> early =
        as("t-unit-a")
            .postForEntity(
                path + "/close-out-application", Map.of("selfCheck", "已完成"), JsonNode.class);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    ok(as("t-unit-a").postForEntity(measurePath + "/completion", null, JsonNode.class));
    ok(as("t-unit-a").postForEntity(laterPath + "/completion", null, JsonNode.class));

    // 申请销号 → 领导退回 → 再申请 → 确认 → 认定退回 → 继续整改后再申请 → 确认 → 认定 → 销号
    ok(
        as("t-unit-a")
            .postForEntity(
                path + "/close-out-application", Map.of("selfCheck", "两条措施均已完成"), JsonNode.class));
    assertThat(
            as("t-office")
                .postForEntity(
                    path + "/close-out-confirmation", Map.of("confirmed", true), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ok(
        as("t-leader")
            .postForEntity(
                path + "/close-out-confirmation",
                Map.of("confirmed", false, "reason", "自审意见过于简单"),
                JsonNode.class));
    ok(
        as("t-unit-a")
            .postForEntity(
                path + "/close-out-application",
                Map.of("selfCheck", "逐条对照检查，措施均已完成，佐证齐全"),
                JsonNode.class));
    ok(
        as("t-leader")
            .postForEntity(
                path + "/close-out-confirmation", Map.of("confirmed", true), JsonNode.class));
    ok(
        as("t-office")
            .postForEntity(
                path + "/close-out-certification",
                Map.of("certified", false, "reason", "缺少制度文件"),
                JsonNode.class));
    ok(
        as("t-unit-a")
            .postForEntity(measurePath + "/progress", Map.of("text", "补充印发了学习制度"), JsonNode.class));
    ok(
        as("t-unit-a")
            .postForEntity(
                path + "/close-out-application", Map.of("selfCheck", "已补充制度文件"), JsonNode.class));
    ok(
        as("t-leader")
            .postForEntity(
                path + "/close-out-confirmation", Map.of("confirmed", true), JsonNode.class));
    ok(
        as("t-office")
            .postForEntity(
                path + "/close-out-certification", Map.of("certified", true), JsonNode.class));

    assertThat(findings.findById(findingId).orElseThrow().getStatus())
        .isEqualTo(FindingStatus.COMPLETED);
    assertThat(closeOuts.findByFindingId(findingId).orElseThrow().getMode())
        .isEqualTo(CloseOutMode.SIGN_OFF);
    assertThat(
            as("t-office")
                .postForEntity(
                    path + "/close-out-certification", Map.of("certified", true), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    JsonNode context = as("t-unit-a").getForObject(path, JsonNode.class);
    assertThat(context.get("statusLabel").asText()).isEqualTo("已完成整改");
    assertThat(context.get("returns").findValuesAsText("reason"))
        .containsExactly("措施不够具体", "自审意见过于简单", "缺少制度文件");
    assertThat(context.at("/measures/0/overdue").asBoolean()).isFalse();
    assertThat(context.at("/measures/0/evidence/0/fileName").asText()).isEqualTo("学习计划.pdf");
    assertThat(context.at("/measures/0/supervisionNotices/0/text").asText())
        .isEqualTo("请于三日内完成并报送");
    assertThat(context.at("/measures/1/extensionRequests/0/statusLabel").asText()).isEqualTo("已批准");

    JsonNode ledger =
        as("t-office").getForObject("/api/inspections/" + inspectionId + "/ledger", JsonNode.class);
    assertThat(ledger.toString()).contains("已完成整改");

    // Exactly once each, and the engine's history shows the path.
    assertThat(count(NotificationKind.DEADLINE_REMINDER, dueToday)).isEqualTo(1);
    assertThat(count(NotificationKind.OVERDUE, dueToday)).isEqualTo(2);
    assertThat(count(NotificationKind.ESCALATION, dueToday)).isEqualTo(1);
    assertThat(count(NotificationKind.DEADLINE_REMINDER, later)).isZero();
    String processId =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey("FindingRectification")
            .processInstanceBusinessKey(findingId.toString())
            .singleResult()
            .getId();
    assertThat(
            history
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processId)
                .finished()
                .count())
        .isOne();
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processId)
                .activityId("EndEvent_ClosedOut")
                .count())
        .isOne();
    assertThat(
            history
                .createHistoricTaskInstanceQuery()
                .processInstanceId(processId)
                .taskDefinitionKey("Task_ConfirmCloseOut")
                .count())
        .isEqualTo(3);
    String measureProcess =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey("MeasureExecution")
            .processInstanceBusinessKey(dueToday.toString())
            .singleResult()
            .getId();
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(measureProcess)
                .activityId("ServiceTask_MarkOverdue")
                .count())
        .isOne();
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(measureProcess)
                .activityId("ServiceTask_SendReminder")
                .count())
        .isOne();
  }

  @Test
  void theOfficeClosesAFindingByDirectiveAndItsMeasureWorkEnds() {
    UUID inspectionId = register();
    UUID findingId = findings.findByInspection(inspectionId).get(0).getId();
    startRectification(findingId, inspectionId);
    String path = "/api/findings/" + findingId;
    ok(
        as("t-unit-a")
            .postForEntity(
                path + "/measures", plan(calendar.today().plusDays(30)), JsonNode.class));
    ok(
        as("t-office")
            .postForEntity(path + "/plan-review", Map.of("approved", true), JsonNode.class));
    UUID carriedOut = measures.findByFindingIdOrderByOrdinal(findingId).get(0).getId();
    ok(
        as("t-unit-a")
            .postForEntity("/api/measures/" + carriedOut + "/completion", null, JsonNode.class));
    Map<String, String> notice =
        Map.of("title", "关于部分巡察反馈问题销号处理的通知", "documentNumber", "区巡办〔2026〕3号");

    assertThat(
            as("t-unit-a")
                .postForEntity(path + "/directive-closure", notice, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> noNumber =
        as("t-office")
            .postForEntity(path + "/directive-closure", Map.of("title", "通知"), JsonNode.class);
    assertThat(noNumber.getBody().at("/errors/0/field").asText()).isEqualTo("documentNumber");
    ok(as("t-office").postForEntity(path + "/directive-closure", notice, JsonNode.class));

    assertThat(findings.findById(findingId).orElseThrow().getStatus())
        .isEqualTo(FindingStatus.CLOSED_BY_DIRECTIVE);
    assertThat(closeOuts.findByFindingId(findingId).orElseThrow().getDirectiveDocumentNumber())
        .isEqualTo("区巡办〔2026〕3号");
    // The measure carried out stays so; the one still open ends with the finding, not as 正在落实.
    assertThat(measures.findByFindingIdOrderByOrdinal(findingId))
        .extracting(Measure::getStatus)
        .containsExactly(MeasureStatus.COMPLETED, MeasureStatus.CLOSED_BY_DIRECTIVE);
    JsonNode ledger =
        as("t-office").getForObject("/api/inspections/" + inspectionId + "/ledger", JsonNode.class);
    UUID endedWithFinding = measures.findByFindingIdOrderByOrdinal(findingId).get(1).getId();
    assertThat(
            ledger.findParents("statusLabel").stream()
                .filter(n -> n.path("id").asText().equals(endedWithFinding.toString()))
                .map(n -> n.get("statusLabel").asText()))
        .containsExactly("已作销号处理");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(findingId.toString())
                .count())
        .isZero();
    for (Measure measure : measures.findByFindingIdOrderByOrdinal(findingId)) {
      assertThat(
              runtime
                  .createProcessInstanceQuery()
                  .processInstanceBusinessKey(measure.getId().toString())
                  .count())
          .isZero();
    }
    assertThat(
            as("t-office")
                .postForEntity(path + "/directive-closure", notice, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  private UUID register() {
    return inspection()
        .aspect("聚焦党中央决策部署落实情况", finding("学习贯彻不够深入。详情略", TestDirectory.UNIT_A, "t-leader"))
        .registerAsOffice(rest);
  }

  /**
   * The inspection's own process may already have started it (call activity); start it otherwise.
   */
  private void startRectification(UUID findingId, UUID inspectionId) {
    if (runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("FindingRectification")
            .processInstanceBusinessKey(findingId.toString())
            .count()
        == 0) {
      ProcessInstance started =
          runtime.startProcessInstanceByKey(
              "FindingRectification",
              findingId.toString(),
              Map.of("findingId", findingId.toString(), "inspectionId", inspectionId.toString()));
      assertThat(started.isEnded()).isFalse();
    }
  }

  private static Map<String, Object> plan(LocalDate firstDeadline) {
    return Map.of(
        "measures",
        List.of(
            Map.of(
                "text",
                "制定学习计划。每月集中学习一次",
                "responsiblePerson",
                "张三",
                "deadline",
                firstDeadline.toString(),
                "term",
                "TIME_BOUND"),
            Map.of(
                "text",
                "建立学习台账",
                "responsiblePerson",
                "李四",
                "deadline",
                firstDeadline.plusDays(60).toString(),
                "term",
                "TIME_BOUND")));
  }

  private void fireNow(UUID measureId, String timer) {
    management.setJobDuedate(
        timer(measureId, timer).getId(), Date.from(Instant.now().minusSeconds(1)));
  }

  private Job timer(UUID measureId, String activityId) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("MeasureExecution")
            .processInstanceBusinessKey(measureId.toString())
            .singleResult()
            .getId();
    return management
        .createJobQuery()
        .processInstanceId(instance)
        .activityId(activityId)
        .singleResult();
  }

  private long count(NotificationKind kind, UUID measureId) {
    return notifications.findByMeasureIdOrderByCreatedAt(measureId).stream()
        .filter(n -> n.getKind() == kind)
        .count();
  }

  private static HttpEntity<LinkedMultiValueMap<String, Object>> evidence(
      String name, String content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return name;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  private static void ok(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.OK);
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestDirectory.PASSWORD);
  }
}
