package org.rectify.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationRepository;
import org.rectify.organization.DirectoryInput.Actor;
import org.rectify.organization.DirectoryInput.OfficialInput;
import org.rectify.organization.DirectoryInput.UnitInput;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 工作交接 end to end: a leader who leads three findings (one waiting for their 责任领导确认) is deactivated,
 * and a unit official who has claimed a unit task and is 责任人 of a measure moves to another unit.
 * Both are refused until every item has a fit successor; then the engine tasks, the process routing
 * and the ledger fields move in one go, the old officials can no longer work them, both sides are
 * notified, and the finding's history shows who was responsible when.
 */
@PostgresIntegrationTest
class HandoverIT {

  private static final String PASSWORD = "handover-secret-1";

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired org.rectify.calendar.DeadlineCalendar calendar;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired NotificationRepository notifications;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  private String s;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
    s = Long.toString(System.nanoTime() % 1_000_000);
    Actor admin = new Actor("admin", true);
    directory.createUnit(new UnitInput("hu-" + s, "交接科" + s, null, null), admin);
    directory.createUnit(new UnitInput("hv-" + s, "调入科" + s, null, null), admin);
    official("hl1-" + s, "老领导" + s, "LEADER", null);
    official("hl2-" + s, "新领导" + s, "LEADER", null);
    official("hs1-" + s, "老科员" + s, "UNIT", "hu-" + s);
    official("hs2-" + s, "新科员" + s, "UNIT", "hu-" + s);
  }

  @Test
  void handsOverTasksIncludingAClaimedOneAndALeaderConfirmationAndTheLedgerFields() {
    String leader = "hl1-" + s;
    String successor = "hl2-" + s;
    String clerk = "hs1-" + s;
    String newClerk = "hs2-" + s;
    List<UUID> ids = register(leader, 3);
    UUID claimed = ids.get(0);
    UUID confirming = ids.get(1);
    UUID inProgress = ids.get(2);
    ids.forEach(this::start);
    LocalDate deadline = calendar.today().plusDays(40);

    // 【1】 the clerk has claimed 制定整改措施 from the unit's group.
    Task draft = openTask(claimed, "Task_DraftMeasures");
    tasks.claim(draft.getId(), clerk);
    // 【2】 drafted, approved, carried out, applied for close-out: 责任领导确认 waits for the leader.
    ok(
        as(clerk)
            .postForEntity(
                path(confirming) + "/measures", plan("老科员" + s, deadline), JsonNode.class));
    ok(
        as("t-office")
            .postForEntity(
                path(confirming) + "/plan-review", Map.of("approved", true), JsonNode.class));
    for (Measure m : measures.findByFindingIdOrderByOrdinal(confirming)) {
      ok(
          as(clerk)
              .postForEntity("/api/measures/" + m.getId() + "/completion", null, JsonNode.class));
    }
    ok(
        as(clerk)
            .postForEntity(
                path(confirming) + "/close-out-application",
                Map.of("selfCheck", "已完成"),
                JsonNode.class));
    assertThat(openTask(confirming, "Task_ConfirmCloseOut").getAssignee()).isEqualTo(leader);
    // 【3】 a measure in progress with the clerk as 责任人.
    ok(
        as(clerk)
            .postForEntity(
                path(inProgress) + "/measures", plan("老科员" + s, deadline), JsonNode.class));
    ok(
        as("t-office")
            .postForEntity(
                path(inProgress) + "/plan-review", Map.of("approved", true), JsonNode.class));
    UUID openMeasure = measures.findByFindingIdOrderByOrdinal(inProgress).get(0).getId();

    // The leader's open work: the confirmation task and the three findings.
    JsonNode work =
        asAdmin().getForObject("/api/officials/" + leader + "/open-work", JsonNode.class);
    assertThat(work.findValuesAsText("kind"))
        .containsExactlyInAnyOrder("TASK", "FINDING_LEAD", "FINDING_LEAD", "FINDING_LEAD");

    // Deactivating without a successor is refused, naming every item; nothing moves.
    ResponseEntity<JsonNode> refused =
        asAdmin()
            .postForEntity("/api/officials/" + leader + "/deactivate", Map.of(), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").findValuesAsText("field"))
        .hasSize(4)
        .allSatisfy(f -> assertThat(f).startsWith("handover.successors."));
    assertThat(refused.getBody().get("errors").findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).contains("责任领导确认").contains("指定接手人"));
    // A successor who is not a leader may not take a finding over.
    ResponseEntity<JsonNode> unfit =
        asAdmin()
            .postForEntity(
                "/api/officials/" + leader + "/deactivate",
                Map.of("handover", Map.of("successor", newClerk)),
                JsonNode.class);
    assertThat(unfit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(leadOf(confirming)).isEqualTo(leader);
    assertThat(openTask(confirming, "Task_ConfirmCloseOut").getAssignee()).isEqualTo(leader);

    // One successor for all.
    ok(
        asAdmin()
            .postForEntity(
                "/api/officials/" + leader + "/deactivate",
                Map.of("handover", Map.of("successor", successor, "reason", "调离")),
                JsonNode.class));
    for (UUID id : ids) {
      assertThat(leadOf(id)).as("lead of %s", id).isEqualTo(successor);
    }
    assertThat(measureLeadOf(openMeasure)).isEqualTo(successor);
    assertThat(openTask(confirming, "Task_ConfirmCloseOut").getAssignee()).isEqualTo(successor);
    assertThat(runtime.getVariable(instanceOf(claimed), "leadOfficial")).isEqualTo(successor);
    assertThat(tasks.createTaskQuery().taskAssignee(leader).count()).isZero();
    // The old leader can no longer sign in, let alone confirm; the successor confirms.
    assertThat(
            as(leader)
                .postForEntity(
                    path(confirming) + "/close-out-confirmation",
                    Map.of("confirmed", true),
                    JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ok(
        as(successor)
            .postForEntity(
                path(confirming) + "/close-out-confirmation",
                Map.of("confirmed", true),
                JsonNode.class));

    // The clerk moves to another unit: each item named, handed to a colleague of the old unit.
    JsonNode clerkWork =
        asAdmin().getForObject("/api/officials/" + clerk + "/open-work", JsonNode.class);
    assertThat(clerkWork.findValuesAsText("kind"))
        .containsExactlyInAnyOrder("TASK", "MEASURE_PERSON");
    Map<String, String> each = new java.util.LinkedHashMap<>();
    clerkWork.forEach(item -> each.put(item.get("key").asText(), newClerk));
    ResponseEntity<JsonNode> moveRefused =
        asAdmin()
            .postForEntity(
                "/api/officials/" + clerk + "/role",
                Map.of("role", "UNIT", "unit", "hv-" + s),
                JsonNode.class);
    assertThat(moveRefused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ok(
        asAdmin()
            .postForEntity(
                "/api/officials/" + clerk + "/role",
                Map.of(
                    "role",
                    "UNIT",
                    "unit",
                    "hv-" + s,
                    "handover",
                    Map.of("successors", each, "reason", "岗位调整")),
                JsonNode.class));
    assertThat(tasks.createTaskQuery().taskId(draft.getId()).singleResult().getAssignee())
        .isEqualTo(newClerk);
    assertThat(personOf(openMeasure)).isEqualTo("新科员" + s);
    // The moved clerk no longer sees, let alone works, the old unit's finding.
    assertThat(
            as(clerk)
                .postForEntity(
                    path(claimed) + "/measures", plan("老科员" + s, deadline), JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    ok(
        as(newClerk)
            .postForEntity(path(claimed) + "/measures", plan("新科员" + s, deadline), JsonNode.class));

    // The finding's history keeps who was responsible when; both sides were notified.
    JsonNode history =
        as("t-office").getForObject(path(confirming), JsonNode.class).get("handovers");
    assertThat(history.findValuesAsText("kind")).contains("FINDING_LEAD", "TASK");
    assertThat(history.findValuesAsText("fromName")).contains("老领导" + s);
    assertThat(history.findValuesAsText("toName")).contains("新领导" + s);
    assertThat(history.findValuesAsText("reason")).contains("调离");
    JsonNode inProgressHistory =
        as("t-office").getForObject(path(inProgress), JsonNode.class).get("handovers");
    assertThat(inProgressHistory.findValuesAsText("kind"))
        .contains("FINDING_LEAD", "MEASURE_PERSON");
    for (String person : List.of(leader, successor, clerk, newClerk)) {
      assertThat(notifications.findByRecipientOrderByCreatedAtDesc(person))
          .as(person)
          .anySatisfy(n -> assertThat(n.getKind()).isEqualTo(NotificationKind.HANDOVER));
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from rectify.audit_entry where action = 'official.handed-over' and summary like ?",
                Long.class,
                "%" + leader + "%"))
        .isEqualTo(1);
  }

  private void official(String username, String name, String role, String unit) {
    directory.createOfficial(
        new OfficialInput(username, name, null, role, unit, null, null, PASSWORD),
        new Actor("admin", true));
  }

  private List<UUID> register(String leader, int count) {
    @SuppressWarnings("unchecked")
    Map<String, Object>[] items = new Map[count];
    for (int i = 0; i < count; i++) {
      items[i] = finding("交接测试问题" + (i + 1) + "。详情略", "hu-" + s, leader);
    }
    ResponseEntity<JsonNode> created =
        as("t-office")
            .postForEntity(
                "/api/inspections", inspection().aspect("交接测试方面", items).build(), JsonNode.class);
    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    UUID inspection = UUID.fromString(created.getBody().get("id").asText());
    return findings.findByInspection(inspection).stream()
        .sorted(java.util.Comparator.comparing(Finding::getCode))
        .map(Finding::getId)
        .toList();
  }

  private void start(UUID findingId) {
    if (runtime
            .createProcessInstanceQuery()
            .processDefinitionKey("FindingRectification")
            .processInstanceBusinessKey(findingId.toString())
            .count()
        == 0) {
      runtime.startProcessInstanceByKey(
          "FindingRectification", findingId.toString(), Map.of("findingId", findingId.toString()));
    }
  }

  private String instanceOf(UUID findingId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey("FindingRectification")
        .processInstanceBusinessKey(findingId.toString())
        .singleResult()
        .getId();
  }

  private Task openTask(UUID findingId, String key) {
    return tasks
        .createTaskQuery()
        .processInstanceId(instanceOf(findingId))
        .taskDefinitionKey(key)
        .singleResult();
  }

  private String leadOf(UUID findingId) {
    return jdbc.queryForObject(
        "select o.username from rectify.finding f join rectify.official o on o.id = f.lead_official_id where f.id = ?",
        String.class,
        findingId);
  }

  private String measureLeadOf(UUID measureId) {
    return jdbc.queryForObject(
        "select o.username from rectify.measure m join rectify.official o on o.id = m.lead_official_id where m.id = ?",
        String.class,
        measureId);
  }

  private String personOf(UUID measureId) {
    return jdbc.queryForObject(
        "select responsible_person from rectify.measure where id = ?", String.class, measureId);
  }

  private static Map<String, Object> plan(String person, LocalDate deadline) {
    return Map.of(
        "measures",
        List.of(
            Map.of(
                "text",
                "制定整改方案并落实",
                "responsiblePerson",
                person,
                "deadline",
                deadline.toString(),
                "term",
                "TIME_BOUND")));
  }

  private static String path(UUID findingId) {
    return "/api/findings/" + findingId;
  }

  private static void ok(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode().is2xxSuccessful())
        .as(response.getStatusCode() + " " + response.getBody())
        .isTrue();
  }

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, user.startsWith("t-") ? TestDirectory.PASSWORD : PASSWORD);
  }

  private TestRestTemplate asAdmin() {
    return rest.withBasicAuth("admin", System.getProperty("RECTIFY_ADMIN_PASSWORD"));
  }
}
