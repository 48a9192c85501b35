package org.rectify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.ApiUser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * 新的待办: a step the office takes through the API (claimed and completed in one transaction) is no
 * new to-do for anyone, while a task assigned to someone else notifies them.
 */
@PostgresIntegrationTest
class TaskAssignedNotificationIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired NotificationRepository notifications;

  @Test
  void aStepTakenThroughTheApiNotifiesNobodyAndATaskAssignedToSomeoneElseNotifiesThem() {
    TestDirectory.ensure(directory);
    String inspectionId =
        ApiUser.as(rest, "t-office")
            .does(
                "/api/inspections",
                inspection()
                    .aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader"))
                    .build())
            .get("id")
            .asText();
    String findingId =
        ApiUser.as(rest, "t-office")
            .read("/api/inspections/" + inspectionId + "/ledger")
            .at("/aspects/0/findings/0/id")
            .asText();

    assertThat(
            rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
                .postForEntity(
                    "/api/inspections/" + inspectionId + "/assignment",
                    Map.of("assignments", List.of(Map.of("findingId", findingId))),
                    String.class)
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
    String assignStep =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceBusinessKey(inspectionId)
            .taskDefinitionKey("Task_AssignFindings")
            .singleResult()
            .getId();
    assertThat(notifications.findByRecipientOrderByCreatedAtDesc("t-office"))
        .noneMatch(n -> assignStep.equals(n.getTaskId()));

    Task drafting =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    tasks
                        .createTaskQuery()
                        .processInstanceBusinessKey(findingId)
                        .taskDefinitionKey("Task_DraftMeasures")
                        .singleResult(),
                task -> task != null);
    tasks.setAssignee(drafting.getId(), "t-unit-a");

    assertThat(notifications.findByRecipientOrderByCreatedAtDesc("t-unit-a"))
        .filteredOn(n -> drafting.getId().equals(n.getTaskId()))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.getKind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
              assertThat(n.getFindingId()).isEqualTo(UUID.fromString(findingId));
              assertThat(n.getMessage()).isEqualTo("您有一项新的待办：制定整改措施 【1.1】问题一");
            });
  }
}
