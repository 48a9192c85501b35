package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.reporting.BulletinPublicationService;

/** Every path of {@code bpmn/bulletin-publication.bpmn} on an in-memory engine. */
@Deployment(resources = "bpmn/bulletin-publication.bpmn")
class BulletinPublicationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml")
          .build();

  private final BulletinPublicationService publication = mock(BulletinPublicationService.class);
  private final UUID bulletinId = UUID.randomUUID();

  @BeforeEach
  void wire(ProcessEngine processEngine) {
    BpmnAwareTests.init(processEngine);
    Mocks.register("publishBulletin", new PublishBulletinDelegate(publication));
    Mocks.register("completionGuard", GuardsOver.services(publication));
  }

  @AfterEach
  void unwire() {
    Mocks.reset();
  }

  @Test
  @DisplayName("起草 → 审定通过 → 发布")
  void publishesTheBulletinOnceALeaderApprovesTheDraft() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("Task_DraftBulletin");
    assertThat(task(instance)).hasCandidateGroup("office").isNotAssigned();
    complete(task(instance));

    assertThat(instance).isWaitingAt("Task_ApproveBulletin");
    assertThat(task(instance)).hasCandidateGroup("leaders");
    complete(task(instance), withVariables("bulletinApproved", true));

    // Publishing is asynchronous: the approval is saved even if publishing fails.
    assertThat(instance).isWaitingAt("ServiceTask_PublishBulletin");
    verify(publication, never()).publishApproved(bulletinId);
    execute(job(instance));

    verify(publication).publishApproved(bulletinId);
    verify(publication).checkSubmitted(bulletinId);
    verify(publication).checkDecided(bulletinId, true);
    assertThat(instance)
        .hasPassedInOrder(
            "Task_DraftBulletin", "Task_ApproveBulletin", "ServiceTask_PublishBulletin")
        .isEnded();
    assertThat(instance).hasPassed("EndEvent_BulletinPublished");
  }

  @Test
  @DisplayName("审定退回 → 重新起草 → 审定通过 → 发布")
  void returnsTheDraftToTheOfficeAndPublishesTheRevision() {
    ProcessInstance instance = start();
    complete(task(instance));
    complete(task(instance), withVariables("bulletinApproved", false));

    assertThat(instance).isWaitingAt("Task_DraftBulletin");
    assertThat(task(instance)).hasCandidateGroup("office");
    verify(publication, never()).publishApproved(bulletinId);

    complete(task(instance));
    complete(task(instance), withVariables("bulletinApproved", true));
    execute(job(instance));

    assertThat(instance).isEnded();
    verify(publication, times(1)).publishApproved(bulletinId);
    assertThat(
            historyService()
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId("Task_DraftBulletin")
                .count())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("发布失败时保留审定结果，作业可重试")
  void keepsTheApprovalWhenPublishingFails() {
    doThrow(new IllegalStateException("渲染失败")).when(publication).publishApproved(bulletinId);
    ProcessInstance instance = start();
    complete(task(instance));
    complete(task(instance), withVariables("bulletinApproved", true));

    assertThatThrownBy(() -> execute(job(instance))).hasMessageContaining("渲染失败");

    assertThat(instance).isWaitingAt("ServiceTask_PublishBulletin");
    assertThat(job(instance).getRetries()).isEqualTo(2);
    assertThat(instance).hasPassed("Task_ApproveBulletin");
  }

  @Test
  @DisplayName("未经接口写入通报记录时，不能完成起草或审定任务")
  void refusesToCompleteAStepWhoseDecisionTheBulletinDoesNotRecord() {
    ProcessInstance instance = start();
    doThrow(new IllegalStateException("通报稿尚未提交")).when(publication).checkSubmitted(bulletinId);

    assertThatThrownBy(() -> complete(task(instance))).hasMessageContaining("通报稿尚未提交");
    assertThat(instance).isWaitingAt("Task_DraftBulletin");

    doNothing().when(publication).checkSubmitted(bulletinId);
    complete(task(instance));
    doThrow(new IllegalStateException("审定结果尚未记录")).when(publication).checkDecided(bulletinId, true);

    assertThatThrownBy(() -> complete(task(instance), withVariables("bulletinApproved", true)))
        .hasMessageContaining("审定结果尚未记录");
    assertThat(instance).isWaitingAt("Task_ApproveBulletin");
  }

  private ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            "BulletinPublication",
            bulletinId.toString(),
            Map.of(
                "bulletinId", bulletinId.toString(), "inspectionId", UUID.randomUUID().toString()));
  }
}
