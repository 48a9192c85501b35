package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.web.NotAssignedException;
import org.rectify.web.StepNotOpenException;

@Deployment(
    resources = {
      "bpmn/finding-rectification.bpmn",
      "bpmn/measure-execution.bpmn",
      "bpmn/follow-up-check.bpmn"
    })
class FindingRectificationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder()
          .configurationResource(LifecycleDelegates.ENGINE_CONFIGURATION)
          .build();

  private final UUID findingId = UUID.randomUUID();
  private final UUID firstMeasure = UUID.randomUUID();
  private final UUID secondMeasure = UUID.randomUUID();
  private LifecycleDelegates delegates;
  private ProcessInstance finding;

  @BeforeEach
  void delegates() {
    delegates = new LifecycleDelegates();
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  @DisplayName("交办后责任单位制定措施，任务名带问题编号和标题")
  void startsWithTheUnitDraftingMeasuresUnderTheFindingLabel() {
    start();

    verify(delegates.plan).routing(findingId);
    verify(delegates.unitAccess).grantRead(finding.getId(), "unit-general");
    assertThat(finding).isWaitingAt("Task_DraftMeasures");
    assertThat(task(finding)).hasCandidateGroup("unit-general").hasName("制定整改措施 【1.2】学习贯彻不够深入");
  }

  @Test
  @DisplayName("整改办退回措施后回到制定整改措施，可反复退回")
  void returnsThePlanToDraftingAsOftenAsTheOfficeReturnsIt() {
    start();
    complete(task(finding));
    assertThat(task(finding)).hasDefinitionKey("Task_ReviewMeasures").hasCandidateGroup("office");

    complete(task(finding), withVariables("planApproved", false));
    assertThat(finding).isWaitingAt("Task_DraftMeasures");
    complete(task(finding));
    complete(task(finding), withVariables("planApproved", false));

    assertThat(finding).isWaitingAt("Task_DraftMeasures");
    assertThat(historicTasks("Task_ReviewMeasures")).isEqualTo(2);
  }

  @Test
  @DisplayName("措施审核通过后每条措施一个并行的落实流程，业务键为措施 id")
  void carriesOutEveryApprovedMeasureInParallel() {
    approvePlan();

    assertThat(finding).isWaitingAt("CallActivity_ExecuteMeasures");
    List<ProcessInstance> measures = measureInstances();
    assertThat(measures)
        .extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(firstMeasure.toString(), secondMeasure.toString());
    assertThat(engine.getRuntimeService().getVariable(measures.get(0).getId(), "measureId"))
        .isIn(firstMeasure.toString(), secondMeasure.toString());
    assertThat(engine.getRuntimeService().getVariables(finding.getId()))
        .doesNotContainKey("measureIds");
    for (ProcessInstance measure : measures) {
      verify(delegates.unitAccess).grantRead(measure.getId(), "unit-general");
    }
  }

  @Test
  @DisplayName("全部措施完成后：部门自审申请销号 → 责任领导确认 → 审核认定 → 销号")
  void closesOutAfterTheThreeStepSignOff() {
    carryOutAllMeasures();
    assertThat(finding).isWaitingAt("Task_ApplyForCloseOut");
    assertThat(task(finding)).hasCandidateGroup("unit-general");

    complete(task(finding));
    assertThat(finding).isWaitingAt("Task_ConfirmCloseOut");
    assertThat(task(finding)).isAssignedTo("leader").hasName("责任领导确认 【1.2】学习贯彻不够深入");
    complete(task(finding), withVariables("leaderConfirmed", true));
    assertThat(task(finding)).hasDefinitionKey("Task_CertifyCloseOut").hasCandidateGroup("office");
    complete(task(finding), withVariables("closeOutCertified", true));

    verify(delegates.verification).closeOut(findingId);
    assertThat(finding)
        .isEnded()
        .hasPassed("EndEvent_ClosedOut")
        .hasNotPassed("ServiceTask_StartFollowUpCheck");
  }

  @Test
  @DisplayName("责任领导退回后责任单位重新申请销号")
  void theLeaderReturnsTheApplicationToTheUnit() {
    carryOutAllMeasures();
    complete(task(finding));

    complete(task(finding), withVariables("leaderConfirmed", false));

    assertThat(finding).isWaitingAt("Task_ApplyForCloseOut");
    complete(task(finding));
    assertThat(finding).isWaitingAt("Task_ConfirmCloseOut");
  }

  @Test
  @DisplayName("审核认定退回后继续整改，再次提交后重新经责任领导确认")
  void theOfficeReturnsTheFindingToRectificationThenTheLeaderConfirmsAgain() {
    carryOutAllMeasures();
    complete(task(finding));
    complete(task(finding), withVariables("leaderConfirmed", true));

    complete(task(finding), withVariables("closeOutCertified", false));

    assertThat(finding).isWaitingAt("Task_ContinueRectification");
    assertThat(task(finding)).hasCandidateGroup("unit-general").hasName("继续整改 【1.2】学习贯彻不够深入");
    complete(task(finding));
    assertThat(finding).isWaitingAt("Task_ConfirmCloseOut");
    complete(task(finding), withVariables("leaderConfirmed", true));
    complete(task(finding), withVariables("closeOutCertified", true));
    assertThat(finding).isEnded().hasPassed("EndEvent_ClosedOut");
  }

  @Test
  @DisplayName("长期坚持的问题销号后为已完成并长期坚持，并启动回头看")
  void aLongTermFindingStartsAFollowUpCheckAfterCloseOut() {
    when(delegates.verification.closeOut(any())).thenReturn(true);
    carryOutAllMeasures();
    complete(task(finding));
    complete(task(finding), withVariables("leaderConfirmed", true));

    complete(task(finding), withVariables("closeOutCertified", true));

    assertThat(finding)
        .isEnded()
        .hasPassed("ServiceTask_StartFollowUpCheck", "EndEvent_ClosedOutOngoing");
    ProcessInstance followUp =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("FollowUpCheck")
            .singleResult();
    assertThat(followUp.getBusinessKey()).isEqualTo(findingId.toString());
    assertThat(followUp).isWaitingAt("TimerEvent_FollowUpDue");
  }

  @Test
  @DisplayName("上级通知销号：结束问题流程并撤销尚未完成的措施落实")
  void aDirectiveClosesTheFindingAndCancelsOpenMeasureWork() {
    approvePlan();
    assertThat(measureInstances()).hasSize(2);

    engine
        .getRuntimeService()
        .createMessageCorrelation("CloseFindingByDirective")
        .processInstanceBusinessKey(findingId.toString())
        .correlate();

    assertThat(finding)
        .isEnded()
        .hasPassed("EndEvent_ClosedByDirective")
        .hasNotPassed("ServiceTask_CloseOut");
    assertThat(measureInstances()).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void aDirectiveAlsoClosesAFindingWaitingForSignOff() {
    carryOutAllMeasures();
    complete(task(finding));

    engine
        .getRuntimeService()
        .createMessageCorrelation("CloseFindingByDirective")
        .processInstanceBusinessKey(findingId.toString())
        .correlate();

    assertThat(finding).isEnded().hasPassed("EndEvent_ClosedByDirective");
  }

  @Test
  @DisplayName("办理前检查：非候选人 403，环节未开放 409，办理后记录办理人")
  void stepsAreOnlyOpenToTheirCandidatesAndRecordWhoDidThem() {
    start();
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("unit-general"));
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("office"));
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser("clerk"));
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser("stranger"));
    engine.getIdentityService().createMembership("clerk", "unit-general");
    UserTaskSteps steps = new UserTaskSteps(engine.getTaskService(), engine.getIdentityService());
    PlanWorkflowAdapter plan = new PlanWorkflowAdapter(steps);

    assertThatThrownBy(() -> plan.checkDrafting(findingId, "stranger"))
        .isInstanceOf(NotAssignedException.class)
        .hasMessageContaining("制定整改措施");
    assertThatThrownBy(() -> plan.checkPlanReview(findingId, "clerk"))
        .isInstanceOf(StepNotOpenException.class)
        .hasMessageContaining("审核整改措施");

    plan.measuresDrafted(findingId, "clerk");

    assertThat(finding).isWaitingAt("Task_ReviewMeasures");
    assertThat(
            engine
                .getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskDefinitionKey("Task_DraftMeasures")
                .singleResult()
                .getAssignee())
        .isEqualTo("clerk");
    engine.getIdentityService().deleteMembership("clerk", "unit-general");
    for (String user : List.of("clerk", "stranger")) {
      engine.getIdentityService().deleteUser(user);
    }
    engine.getIdentityService().deleteGroup("unit-general");
    engine.getIdentityService().deleteGroup("office");
  }

  private void start() {
    init(engine.getProcessEngine());
    finding =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "FindingRectification",
                findingId.toString(),
                Map.of(
                    "findingId",
                    findingId.toString(),
                    "inspectionId",
                    UUID.randomUUID().toString()));
  }

  private void approvePlan() {
    start();
    complete(task(finding));
    VariableMap approval =
        Variables.createVariables()
            .putValue("planApproved", true)
            .putValueTyped(
                "measureIds",
                LifecycleVariables.measureIds(
                    List.of(firstMeasure.toString(), secondMeasure.toString())));
    complete(task(finding), approval);
  }

  private void carryOutAllMeasures() {
    approvePlan();
    for (Task carryOut :
        engine
            .getTaskService()
            .createTaskQuery()
            .taskDefinitionKey("Task_CarryOutMeasure")
            .list()) {
      engine.getTaskService().complete(carryOut.getId());
    }
  }

  private List<ProcessInstance> measureInstances() {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("MeasureExecution")
        .list();
  }

  private long historicTasks(String taskKey) {
    return engine
        .getHistoryService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(finding.getId())
        .taskDefinitionKey(taskKey)
        .count();
  }
}
