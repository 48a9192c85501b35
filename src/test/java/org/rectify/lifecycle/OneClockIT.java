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
import java.util.TimeZone;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.rectify.workflow.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * One clock (issue #15): at 16:30 UTC on 6 December 2026 it is already 00:30 on the 7th in China.
 * Every day the product names — today, a completion day, the report deadline, the audit log's day
 * filter — is the China day, whatever the JVM's zone. Failsafe runs this class twice: with the JVM
 * in UTC (with the other PostgreSQL tests) and again with the JVM in Asia/Shanghai (execution
 * {@code one-clock-in-china}); both must pass.
 */
@PostgresIntegrationTest
class OneClockIT {

  /** 2026-12-07 00:30 China time; still the 6th in UTC. */
  private static final Instant AFTER_MIDNIGHT_IN_CHINA = Instant.parse("2026-12-06T16:30:00Z");

  private static final LocalDate SIXTH = LocalDate.of(2026, 12, 6);
  private static final LocalDate SEVENTH = LocalDate.of(2026, 12, 7);

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired DeadlineCalendar calendar;
  @Autowired RuntimeService runtime;

  @BeforeEach
  void clockAfterMidnightInChina() {
    TestDirectory.ensure(directory);
    EngineClock.setCurrentTime(AFTER_MIDNIGHT_IN_CHINA);
  }

  @AfterEach
  void clockRunsAgain() {
    EngineClock.reset();
  }

  @Test
  void everyDayTheProductNamesIsTheDayInChinaWhateverTheJvmZone() {
    assertThat(TimeZone.getTimeZone(System.getProperty("user.timezone")).getID())
        .as("the JVM zone this run was started with")
        .isIn("UTC", "Asia/Shanghai", "Etc/UTC", "GMT");
    assertThat(calendar.today()).isEqualTo(SEVENTH);

    // Registration: the report deadline (feedback 2025-08-22 + 2 months) starts at 00:00 China
    // time.
    UUID inspectionId = register();
    String processId =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("InspectionRectification")
            .processInstanceBusinessKey(inspectionId.toString())
            .singleResult()
            .getId();
    assertThat(runtime.getVariable(processId, "reportDueDate"))
        .isEqualTo(Date.from(Instant.parse("2025-10-21T16:00:00Z")));

    UUID findingId = findings.findByInspection(inspectionId).get(0).getId();
    startRectification(findingId, inspectionId);
    String path = "/api/findings/" + findingId;

    // A deadline of the 6th is already past in China; the 7th is today.
    ResponseEntity<JsonNode> past =
        as("t-unit-a").postForEntity(path + "/measures", plan(SIXTH), JsonNode.class);
    assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(past.getBody().at("/errors/0/field").asText()).isEqualTo("measures[0].deadline");
    assertThat(past.getBody().at("/errors/0/message").asText()).contains("2026-12-07");
    ok(as("t-unit-a").postForEntity(path + "/measures", plan(SEVENTH), JsonNode.class));
    ok(
        as("t-office")
            .postForEntity(path + "/plan-review", Map.of("approved", true), JsonNode.class));

    // Completed at 00:30 China time: on the 7th.
    Measure measure = measures.findByFindingIdOrderByOrdinal(findingId).get(0);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                as("t-unit-a")
                    .postForEntity(
                        "/api/measures/" + measure.getId() + "/completion", null, JsonNode.class)
                    .getStatusCode()
                    .is2xxSuccessful());
    assertThat(measures.findById(measure.getId()).orElseThrow().getCompletedOn())
        .isEqualTo(SEVENTH);

    // The audit log's day filter counts China days: the registration happened on the 7th.
    JsonNode onTheSeventh =
        as("t-office")
            .getForObject(
                "/api/audit?actor=t-office&from=2026-12-07&to=2026-12-07&size=200", JsonNode.class);
    assertThat(onTheSeventh.toString()).contains(inspectionId.toString());
    JsonNode onTheSixth =
        as("t-office")
            .getForObject(
                "/api/audit?actor=t-office&from=2026-12-06&to=2026-12-06&size=200", JsonNode.class);
    assertThat(onTheSixth.toString()).doesNotContain(inspectionId.toString());

    // Forms check deadlines against the same day.
    assertThat(
            as("t-unit-a")
                .getForObject("/api/calendar/today", JsonNode.class)
                .get("today")
                .asText())
        .isEqualTo("2026-12-07");
  }

  /** As in {@link FindingLifecycleApiIT}: the finding's own process, without 分解交办. */
  private void startRectification(UUID findingId, UUID inspectionId) {
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
  }

  private UUID register() {
    return inspection()
        .aspect("聚焦党中央决策部署落实情况", finding("学习贯彻不够深入。详情略", TestDirectory.UNIT_A, "t-leader"))
        .registerAsOffice(rest);
  }

  private static Map<String, Object> plan(LocalDate deadline) {
    return Map.of(
        "measures",
        List.of(
            Map.of(
                "text",
                "制定学习计划。每月集中学习一次",
                "responsiblePerson",
                "张三",
                "deadline",
                deadline.toString(),
                "term",
                "TIME_BOUND")));
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
