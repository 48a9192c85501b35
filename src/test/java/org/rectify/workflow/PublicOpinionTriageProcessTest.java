package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
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
import org.rectify.opinion.OpinionService;

/** Every path of {@code bpmn/public-opinion-triage.bpmn} on an in-memory engine. */
@Deployment(resources = "bpmn/public-opinion-triage.bpmn")
class PublicOpinionTriageProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml")
          .build();

  private final OpinionService opinions = mock(OpinionService.class);
  private final UUID opinionId = UUID.randomUUID();

  @BeforeEach
  void wire(ProcessEngine processEngine) {
    BpmnAwareTests.init(processEngine);
    Mocks.register("completionGuard", GuardsOver.services(opinions));
  }

  @AfterEach
  void unwire() {
    Mocks.reset();
  }

  @Test
  @DisplayName("收到意见建议 → 整改办处理 → 结束")
  void waitsForTheOfficeToTriageTheOpinionThenEnds() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("Task_TriageOpinion");
    assertThat(task(instance))
        .hasCandidateGroup("office")
        .isNotAssigned()
        .hasName("处理意见建议")
        .hasFormKey("embedded:/forms/triage-opinion.html");
    complete(task(instance));

    verify(opinions).checkTriaged(opinionId);
    assertThat(instance)
        .hasPassedInOrder("StartEvent_OpinionReceived", "Task_TriageOpinion")
        .hasPassed("EndEvent_OpinionTriaged")
        .isEnded();
  }

  @Test
  @DisplayName("未记录处理结果时不能在 Tasklist 直接完成")
  void refusesToCompleteTheTaskWhileTheOpinionHasNoOutcome() {
    doThrow(new IllegalStateException("意见建议尚未处理")).when(opinions).checkTriaged(opinionId);
    ProcessInstance instance = start();

    assertThatThrownBy(() -> complete(task(instance))).hasMessageContaining("意见建议尚未处理");

    assertThat(instance).isWaitingAt("Task_TriageOpinion");
  }

  private ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            "PublicOpinionTriage",
            opinionId.toString(),
            Map.of(OpinionProcess.OPINION_ID.name(), opinionId.toString()));
  }
}
