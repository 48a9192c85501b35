package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * What the browser tests do to the demo inspection through the API before a step is done in
 * Tasklist: 分解交办 as registered, reading a finding, waiting for the next task.
 */
final class DemoInspectionWork {

  private final TestRestTemplate rest;
  private final TaskService tasks;

  DemoInspectionWork(TestRestTemplate rest, TaskService tasks) {
    this.rest = rest;
    this.tasks = tasks;
  }

  /** 分解交办 through the API (registered units and leads kept); returns the first finding of 综合科. */
  String assignTheDemoInspectionAndPickAFindingOfUnitA() {
    TestRestTemplate office = office();
    String inspectionId =
        office.getForObject("/api/inspections", JsonNode.class).at("/0/id").asText();
    JsonNode ledger =
        office.getForObject("/api/inspections/" + inspectionId + "/ledger", JsonNode.class);
    List<Map<String, String>> assignments = new ArrayList<>();
    List<String> unitAFindings = new ArrayList<>();
    for (JsonNode aspect : ledger.at("/aspects")) {
      collectLeaves(aspect.at("/findings"), assignments, unitAFindings);
    }
    assertThat(
            office
                .postForEntity(
                    "/api/inspections/" + inspectionId + "/assignment",
                    Map.of("assignments", assignments),
                    String.class)
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
    assertThat(unitAFindings).isNotEmpty();
    String findingId = unitAFindings.get(0);
    awaitTask(findingId, "Task_DraftMeasures");
    return findingId;
  }

  private static void collectLeaves(
      JsonNode findings, List<Map<String, String>> into, List<String> unitA) {
    for (JsonNode f : findings) {
      if (f.at("/subFindings").size() > 0) {
        collectLeaves(f.at("/subFindings"), into, unitA);
      } else {
        into.add(
            Map.of(
                "findingId", f.at("/id").asText(),
                "responsibleUnit", f.at("/responsibleUnit").asText(),
                "leadOfficial", f.at("/leadOfficial").asText()));
        if ("general".equals(f.at("/responsibleUnit").asText())) {
          unitA.add(f.at("/id").asText());
        }
      }
    }
  }

  /** The finding with its measures and history, as the office reads it. */
  JsonNode finding(String findingId) {
    return office().getForObject("/api/findings/" + findingId, JsonNode.class);
  }

  /**
   * Waits for the open task of a process instance: the form posts in the background after the 完成
   * click, so the next step appears a moment later (a wait, not a timing assertion).
   */
  Task awaitTask(String businessKey, String taskKey) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey)
                    .list(),
            found -> found.size() == 1)
        .get(0);
  }

  private TestRestTemplate office() {
    return rest.withBasicAuth("office", TasklistPage.DEMO_PASSWORD);
  }
}
