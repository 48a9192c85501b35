package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      "bpmn/follow-up-check.bpmn",
      "bpmn/finding-rectification.bpmn",
      "bpmn/measure-execution.bpmn"
    })
class FollowUpCheckProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder()
          .configurationResource(LifecycleDelegates.ENGINE_CONFIGURATION)
          .build();

  private final UUID findingId = UUID.randomUUID();
  private LifecycleDelegates delegates;
  private ProcessInstance followUp;

  @BeforeEach
  void delegates() {
    delegates = new LifecycleDelegates();
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  @DisplayName("销号后等待到配置的回头看时间，再由整改办或督查督办复查")
  void waitsForTheFollowUpDateThenAsksTheOfficeOrSupervisors() {
    start();

    assertThat(followUp).isWaitingAt("TimerEvent_FollowUpDue");
    assertThat(job("TimerEvent_FollowUpDue", followUp).getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.FOLLOW_UP));

    execute(job("TimerEvent_FollowUpDue", followUp));

    assertThat(followUp).isWaitingAt("Task_FollowUpCheck");
    assertThat(task(followUp))
        .hasCandidateGroup("office")
        .hasCandidateGroup("supervisors")
        .hasName("回头看 【1.2】学习贯彻不够深入");
  }

  @Test
  void endsWhenTheFindingHasNotRelapsed() {
    start();
    execute(job("TimerEvent_FollowUpDue", followUp));

    complete(task(followUp), withVariables("relapsed", false));

    assertThat(followUp).isEnded().hasPassed("EndEvent_NoRelapse");
    verify(delegates.verification, never()).reopen(any());
  }

  @Test
  @DisplayName("反弹：新立一个关联原问题的问题，并为它启动问题整改流程")
  void reopensARelapsedFindingWithItsOwnRectificationProcess() {
    start();
    execute(job("TimerEvent_FollowUpDue", followUp));

    complete(task(followUp), withVariables("relapsed", true));

    verify(delegates.verification).reopen(findingId);
    assertThat(followUp).isEnded().hasPassed("ServiceTask_StartRectification", "EndEvent_Reopened");
    ProcessInstance reopened =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("FindingRectification")
            .singleResult();
    assertThat(reopened.getBusinessKey()).isEqualTo(LifecycleDelegates.REOPENED_FINDING.toString());
    assertThat(engine.getRuntimeService().getVariable(reopened.getId(), "inspectionId"))
        .isEqualTo(LifecycleDelegates.INSPECTION.toString());
    assertThat(reopened).isWaitingAt("Task_DraftMeasures");
  }

  private void start() {
    init(engine.getProcessEngine());
    followUp =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "FollowUpCheck", findingId.toString(), Map.of("findingId", findingId.toString()));
  }
}
