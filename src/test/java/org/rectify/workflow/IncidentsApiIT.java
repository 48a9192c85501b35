package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationRepository;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A real timer job made to fail (its process points at a measure that does not exist): it is
 * retried on the configured cycle (PT10S,PT5M), ends as an incident after its last retry, is listed
 * by {@code GET /api/supervision/incidents} for the office, the supervisors and administrators (not
 * for leaders or units), and leaves the list once the data is repaired and the job retried.
 */
@PostgresIntegrationTest
class IncidentsApiIT {

  private static final String INCIDENTS = "/api/supervision/incidents";

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired org.rectify.calendar.DeadlineCalendar calendar;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired NotificationRepository notifications;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void aReminderThatKeepsFailingBecomesAnIncidentListedForOfficeSupervisorsAndAdministrators() {
    UUID measureId = approvedMeasure();
    String instance = measureInstance(measureId);
    Job reminder = reminderJob(instance);

    // Break the job's data: the process now points at a measure that does not exist.
    runtime.setVariable(instance, "measureId", UUID.randomUUID().toString());
    management.setJobDuedate(reminder.getId(), Date.from(Instant.now().minusSeconds(1)));

    // First failure: not an incident yet, retried in 10 s (failedJobRetryTimeCycle PT10S,PT5M).
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> management.createJobQuery().jobId(reminder.getId()).singleResult(),
            j -> j.getRetries() == 2);
    Job failedOnce = management.createJobQuery().jobId(reminder.getId()).singleResult();
    assertThat(failedOnce.getExceptionMessage()).contains("未找到整改措施");
    assertThat(failedOnce.getDuedate().toInstant())
        .isAfter(Instant.now().minus(5, ChronoUnit.SECONDS))
        .isBefore(Instant.now().plus(15, ChronoUnit.SECONDS));
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();

    // The last retry, now: the job fails again and its process stands still as an incident.
    management.setJobRetries(reminder.getId(), 1);
    management.setJobDuedate(reminder.getId(), Date.from(Instant.now().minusSeconds(1)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> runtime.createIncidentQuery().processInstanceId(instance).count() == 1);

    JsonNode listed = incidentOf(as("t-office").getForEntity(INCIDENTS, JsonNode.class), measureId);
    assertThat(listed).as("incident of measure %s", measureId).isNotNull();
    assertThat(listed.get("process").asText()).isEqualTo("落实整改措施");
    assertThat(listed.get("processKey").asText()).isEqualTo("MeasureExecution");
    assertThat(listed.get("activity").asText()).isEqualTo("发送到期提醒");
    assertThat(listed.get("subjectType").asText()).isEqualTo("MEASURE");
    assertThat(listed.get("subjectTypeLabel").asText()).isEqualTo("整改措施");
    assertThat(listed.get("label").asText()).startsWith("【").contains("建立学习台账");
    assertThat(listed.get("message").asText()).contains("未找到整改措施");
    assertThat(Instant.parse(listed.get("since").asText())).isBefore(Instant.now().plusSeconds(1));
    // Listed once: the echo of the failure in the finding's and inspection's processes is left out.
    assertThat(
            StreamSupport.stream(
                    as("t-office").getForEntity(INCIDENTS, JsonNode.class).getBody().spliterator(),
                    false)
                .filter(
                    i ->
                        i.get("processInstanceId").asText().equals(instance)
                            || measureId.toString().equals(i.get("subjectId").asText()))
                .count())
        .isEqualTo(1);

    assertThat(incidentOf(as("t-supervisor").getForEntity(INCIDENTS, JsonNode.class), measureId))
        .isNotNull();
    assertThat(
            incidentOf(
                rest.withBasicAuth("admin", System.getProperty("RECTIFY_ADMIN_PASSWORD"))
                    .getForEntity(INCIDENTS, JsonNode.class),
                measureId))
        .isNotNull();
    assertThat(as("t-leader").getForEntity(INCIDENTS, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> unit = as("t-unit-a").getForEntity(INCIDENTS, JsonNode.class);
    assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unit.getHeaders().getContentType())
        .matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
    assertThat(unit.getBody().get("detail").asText()).isNotBlank();

    // Repaired and retried (as an operator would in Cockpit): the reminder is sent once, the
    // incident is gone.
    runtime.setVariable(instance, "measureId", measureId.toString());
    management.setJobRetries(reminder.getId(), 1);
    management.setJobDuedate(reminder.getId(), Date.from(Instant.now().minusSeconds(1)));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> runtime.createIncidentQuery().processInstanceId(instance).count() == 0);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                notifications.findByMeasureIdOrderByCreatedAt(measureId).stream()
                        .filter(n -> n.getKind() == NotificationKind.DEADLINE_REMINDER)
                        .count()
                    == 1);
    assertThat(incidentOf(as("t-office").getForEntity(INCIDENTS, JsonNode.class), measureId))
        .isNull();
  }

  /** A finding with one approved measure far from its deadline (no timer due yet). */
  private UUID approvedMeasure() {
    ResponseEntity<JsonNode> created =
        as("t-office")
            .postForEntity(
                "/api/inspections",
                inspection()
                    .aspect("聚焦基层党组织建设", finding("学习制度落实不到位。详情略", TestDirectory.UNIT_A, "t-leader"))
                    .build(),
                JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    UUID inspectionId = UUID.fromString(created.getBody().get("id").asText());
    UUID findingId = findings.findByInspection(inspectionId).get(0).getId();
    if (runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("FindingRectification")
            .processInstanceBusinessKey(findingId.toString())
            .count()
        == 0) {
      runtime.startProcessInstanceByKey(
          "FindingRectification",
          findingId.toString(),
          Map.of("findingId", findingId.toString(), "inspectionId", inspectionId.toString()));
    }
    String path = "/api/findings/" + findingId;
    Map<String, Object> plan =
        Map.of(
            "measures",
            List.of(
                Map.of(
                    "text",
                    "建立学习台账。逐月登记",
                    "responsiblePerson",
                    "张三",
                    "deadline",
                    calendar.today().plusDays(60).toString(),
                    "term",
                    "TIME_BOUND")));
    assertThat(
            as("t-unit-a").postForEntity(path + "/measures", plan, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            as("t-office")
                .postForEntity(path + "/plan-review", Map.of("approved", true), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    return measures.findByFindingIdOrderByOrdinal(findingId).get(0).getId();
  }

  private String measureInstance(UUID measureId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("MeasureExecution")
        .processInstanceBusinessKey(measureId.toString())
        .singleResult()
        .getId();
  }

  private Job reminderJob(String instance) {
    return management
        .createJobQuery()
        .processInstanceId(instance)
        .activityId("BoundaryEvent_ReminderDue")
        .singleResult();
  }

  private static JsonNode incidentOf(ResponseEntity<JsonNode> response, UUID measureId) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    for (JsonNode incident : response.getBody()) {
      if (measureId.toString().equals(incident.path("subjectId").asText())) {
        return incident;
      }
    }
    return null;
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestDirectory.PASSWORD);
  }
}
