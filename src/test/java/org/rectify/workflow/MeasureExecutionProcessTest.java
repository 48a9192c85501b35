package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/measure-execution.bpmn")
class MeasureExecutionProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder()
          .configurationResource(LifecycleDelegates.ENGINE_CONFIGURATION)
          .build();

  private final UUID measureId = UUID.randomUUID();
  private LifecycleDelegates delegates;
  private ProcessInstance measure;

  @BeforeEach
  void delegates() {
    ClockUtil.setCurrentTime(Date.from(LifecycleDelegates.NOW));
    delegates = new LifecycleDelegates();
  }

  /** The deployment happens after {@code @BeforeEach}, so each test starts its instance. */
  private void startMeasure() {
    init(engine.getProcessEngine());
    measure =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "MeasureExecution",
                measureId.toString(),
                Map.of("measureId", measureId.toString()));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  @DisplayName("措施开始后由责任单位认领落实，时限、提醒日期写在待办上，四个计时器就绪")
  void waitsForTheUnitWithDueDatesAndFourTimers() {
    startMeasure();
    assertThat(measure).isWaitingAt("Task_CarryOutMeasure");
    assertThat(task(measure)).hasCandidateGroup("unit-general").hasName("落实整改措施 【1.2-1】制定学习计划");
    assertThat(task(measure).getDueDate()).isEqualTo(Date.from(LifecycleDelegates.DUE));
    assertThat(task(measure).getFollowUpDate()).isEqualTo(Date.from(LifecycleDelegates.REMINDER));
    assertThat(timer("BoundaryEvent_ReminderDue").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.REMINDER));
    assertThat(timer("BoundaryEvent_DeadlineReached").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.DUE));
    assertThat(timer("BoundaryEvent_EscalationDue").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.ESCALATION));
    assertThat(timer("BoundaryEvent_ProgressCallDue").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.NOW.plus(java.time.Duration.ofDays(30))));
  }

  @Test
  void completingTheMeasureEndsTheProcessAndRemovesEveryTimer() {
    startMeasure();
    complete(task(measure));

    assertThat(measure).isEnded().hasPassed("EndEvent_MeasureCompleted");
    assertThat(management().createJobQuery().processInstanceId(measure.getId()).count()).isZero();
  }

  @Test
  void remindsOnceBeforeTheDeadlineAndKeepsTheTaskOpen() {
    startMeasure();
    execute(timer("BoundaryEvent_ReminderDue"));

    verify(delegates.rectification, times(1)).remindOfDeadline(measureId);
    assertThat(measure).isWaitingAt("Task_CarryOutMeasure").hasPassed("ServiceTask_SendReminder");
    assertThat(management().createJobQuery().activityId("BoundaryEvent_ReminderDue").count())
        .isZero();
  }

  @Test
  void marksTheMeasureOverdueWhenTheDeadlineRunsOut() {
    startMeasure();
    execute(timer("BoundaryEvent_DeadlineReached"));

    verify(delegates.rectification).markOverdue(measureId);
    assertThat(measure).isWaitingAt("Task_CarryOutMeasure").hasPassed("ServiceTask_MarkOverdue");
  }

  @Test
  @DisplayName("逾期若干天后督办：通知督查督办并生成督办待办，下发督办意见后该分支结束")
  void escalatesToTheSupervisorsWithASupervisionTask() {
    startMeasure();
    execute(timer("BoundaryEvent_EscalationDue"));

    verify(delegates.supervision).escalate(measureId);
    assertThat(measure).isWaitingAt("Task_CarryOutMeasure", "Task_IssueSupervisionNotice");
    assertThat(task("Task_IssueSupervisionNotice", measure))
        .hasCandidateGroup("supervisors")
        .hasName("督办 【1.2-1】制定学习计划");

    complete(task("Task_IssueSupervisionNotice", measure));

    assertThat(measure).isWaitingAt("Task_CarryOutMeasure").hasPassed("EndEvent_Supervised");
  }

  @Test
  void completingTheMeasureWhileASupervisionTaskIsOpenEndsBoth() {
    startMeasure();
    execute(timer("BoundaryEvent_EscalationDue"));

    complete(task("Task_CarryOutMeasure", measure));

    assertThat(measure).isEnded();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(measure.getId()).count())
        .isZero();
  }

  @Test
  void callsForProgressEveryCycleUntilTheMeasureIsDone() {
    startMeasure();
    execute(timer("BoundaryEvent_ProgressCallDue"));
    execute(timer("BoundaryEvent_ProgressCallDue"));

    verify(delegates.rectification, times(2)).callForProgress(measureId);
    assertThat(measure).isWaitingAt("Task_CarryOutMeasure");
    assertThat(management().createJobQuery().activityId("BoundaryEvent_ProgressCallDue").count())
        .isOne();
  }

  @Test
  @DisplayName("延期申请批准后，时限与提醒、到期、督办计时器和待办的到期日全部顺延")
  void anApprovedExtensionMovesEveryDeadlineTimerAndTheTaskDates() {
    startMeasure();
    requestExtension();
    assertThat(measure).isWaitingAt("Task_CarryOutMeasure", "Task_ReviewExtension");
    assertThat(task("Task_ReviewExtension", measure))
        .hasCandidateGroup("office")
        .hasName("审批延期申请 【1.2-1】制定学习计划");

    complete(task("Task_ReviewExtension", measure), withVariables("extensionApproved", true));

    verify(delegates.rectification).applyApprovedExtension(measureId);
    assertThat(measure)
        .isWaitingAt("Task_CarryOutMeasure")
        .hasPassed("ServiceTask_RescheduleTimers");
    assertThat(timer("BoundaryEvent_ReminderDue").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_REMINDER));
    assertThat(timer("BoundaryEvent_DeadlineReached").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_DUE));
    assertThat(timer("BoundaryEvent_EscalationDue").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_ESCALATION));
    assertThat(task("Task_CarryOutMeasure", measure).getDueDate())
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_DUE));
    assertThat(task("Task_CarryOutMeasure", measure).getFollowUpDate())
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_REMINDER));
    assertThat(engine.getRuntimeService().getVariable(measure.getId(), "deadline"))
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_DUE));
  }

  @Test
  void aRejectedExtensionLeavesEveryTimerWhereItWas() {
    startMeasure();
    requestExtension();

    complete(task("Task_ReviewExtension", measure), withVariables("extensionApproved", false));

    verify(delegates.rectification, never()).applyApprovedExtension(measureId);
    assertThat(measure).isWaitingAt("Task_CarryOutMeasure").hasPassed("EndEvent_ExtensionRejected");
    assertThat(timer("BoundaryEvent_DeadlineReached").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.DUE));
  }

  @Test
  void anExtensionAfterTheReminderFiredMovesTheTimersThatAreStillPending() {
    startMeasure();
    execute(timer("BoundaryEvent_ReminderDue"));
    requestExtension();

    complete(task("Task_ReviewExtension", measure), withVariables("extensionApproved", true));

    assertThat(timer("BoundaryEvent_DeadlineReached").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_DUE));
    assertThat(timer("BoundaryEvent_EscalationDue").getDuedate())
        .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_ESCALATION));
  }

  @Test
  @DisplayName("提醒和到期计时器已触发后批准延期：重启落实任务（保留认领人），按新时限重新计时")
  void anExtensionAfterTimersFiredRearmsThemForTheNewDeadlineKeepingTheAssignee() {
    startMeasure();
    engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("office"));
    engine.getIdentityService().saveUser(engine.getIdentityService().newUser("reviewer"));
    engine.getIdentityService().createMembership("reviewer", "office");
    try {
      engine.getTaskService().setAssignee(task("Task_CarryOutMeasure", measure).getId(), "clerk");
      execute(timer("BoundaryEvent_ReminderDue"));
      execute(timer("BoundaryEvent_DeadlineReached"));
      requestExtension();
      RectificationWorkflowAdapter workflow =
          new RectificationWorkflowAdapter(
              new UserTaskSteps(engine.getTaskService(), engine.getIdentityService()),
              engine.getProcessEngine(),
              new MeasureTimers());

      workflow.extensionDecided(measureId, true, "reviewer");

      assertThat(measure).isWaitingAt("Task_CarryOutMeasure");
      assertThat(task("Task_CarryOutMeasure", measure)).isAssignedTo("clerk");
      assertThat(task("Task_CarryOutMeasure", measure).getDueDate())
          .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_DUE));
      assertThat(timer("BoundaryEvent_ReminderDue").getDuedate())
          .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_REMINDER));
      assertThat(timer("BoundaryEvent_DeadlineReached").getDuedate())
          .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_DUE));
      assertThat(timer("BoundaryEvent_EscalationDue").getDuedate())
          .isEqualTo(Date.from(LifecycleDelegates.EXTENDED_ESCALATION));
      assertThat(
              management()
                  .createJobQuery()
                  .processInstanceId(measure.getId())
                  .activityId("BoundaryEvent_ProgressCallDue")
                  .count())
          .isOne();

      execute(timer("BoundaryEvent_ReminderDue"));
      verify(delegates.rectification, times(2)).remindOfDeadline(measureId);
    } finally {
      engine.getIdentityService().deleteMembership("reviewer", "office");
      engine.getIdentityService().deleteUser("reviewer");
      engine.getIdentityService().deleteGroup("office");
    }
  }

  @Test
  void anExtensionWithEveryTimerPendingKeepsTheSameTask() {
    startMeasure();
    String before = task("Task_CarryOutMeasure", measure).getId();
    requestExtension();
    complete(task("Task_ReviewExtension", measure), withVariables("extensionApproved", true));

    new MeasureTimers().rearmFiredTimers(engine.getProcessEngine(), measure.getId());

    assertThat(task("Task_CarryOutMeasure", measure).getId()).isEqualTo(before);
  }

  @Test
  void theUnitTaskHasOnlyItsUnitAsCandidate() {
    startMeasure();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task(measure).getId()))
        .extracting(IdentityLink::getGroupId)
        .containsExactly("unit-general");
  }

  private void requestExtension() {
    engine
        .getRuntimeService()
        .createMessageCorrelation("RequestExtension")
        .processInstanceBusinessKey(measureId.toString())
        .correlate();
  }

  private Job timer(String activityId) {
    return management()
        .createJobQuery()
        .processInstanceId(measure.getId())
        .activityId(activityId)
        .singleResult();
  }

  private ManagementService management() {
    return engine.getManagementService();
  }
}
