package org.rectify.workflow;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.assignment.AssignmentService;
import org.rectify.opinion.OpinionService;
import org.rectify.plan.PlanService;
import org.rectify.rectification.RectificationService;
import org.rectify.reporting.BulletinPublicationService;
import org.rectify.reporting.ReportingService;
import org.rectify.step.UserTaskStep;
import org.rectify.supervision.SupervisionService;
import org.rectify.verification.VerificationService;
import org.rectify.workflow.engine.CompletionRefusedException;
import org.springframework.stereotype.Component;

/**
 * The one {@code complete} task listener ({@code ${completionGuard}}) on every user task of every
 * model in {@code bpmn/}: completing a task refuses unless the step's domain record is there. The
 * app's step API writes the record and completes the task in one transaction, so it passes;
 * completing the task another way (Tasklist's 完成 without the form's API call, {@code POST
 * /engine-rest/task/{id}/complete}) without that record is refused, so the process never runs ahead
 * of the domain tables. A user task without a rule here (or not in the step catalogue {@link
 * UserTaskStep}) is refused too.
 *
 * <p>The refusal is a {@link CompletionRefusedException} without a cause, so the engine does not
 * turn it into a BPMN error; {@code /engine-rest} answers it with 400 and the Chinese message
 * ({@link EngineRestRefusals}). Tasks that can come round again (a return, a second 督办) compare the
 * domain's count of records with the number of times the task was completed before in the same
 * process instance.
 */
@Component("completionGuard")
class CompletionGuards implements TaskListener {

  /** What one user task needs before it may be completed. */
  @FunctionalInterface
  interface Rule {
    void check(DelegateTask task, long completedBefore);
  }

  private final Map<UserTaskStep, Rule> rules = new EnumMap<>(UserTaskStep.class);

  CompletionGuards(
      AssignmentService assignments,
      ReportingService reporting,
      BulletinPublicationService publication,
      PlanService plan,
      RectificationService rectification,
      SupervisionService supervision,
      VerificationService verification,
      OpinionService opinions) {
    rules.put(
        UserTaskStep.ASSIGN_FINDINGS,
        (task, before) -> assignments.checkAssigned(InspectionProcess.INSPECTION_ID.getId(task)));
    rules.put(
        UserTaskStep.COMPILE_REPORT,
        (task, before) ->
            reporting.checkFiled(InspectionProcess.INSPECTION_ID.getId(task), before));
    rules.put(
        UserTaskStep.DRAFT_BULLETIN,
        (task, before) -> publication.checkSubmitted(BulletinProcess.BULLETIN_ID.getId(task)));
    rules.put(
        UserTaskStep.APPROVE_BULLETIN,
        (task, before) ->
            publication.checkDecided(
                BulletinProcess.BULLETIN_ID.getId(task),
                BulletinProcess.BULLETIN_APPROVED.get(task)));
    rules.put(UserTaskStep.DRAFT_MEASURES, (task, before) -> plan.checkDrafted(finding(task)));
    rules.put(
        UserTaskStep.REVIEW_MEASURES,
        (task, before) ->
            plan.checkPlanReviewed(
                finding(task), LifecycleVariables.PLAN_APPROVED.get(task), before));
    rules.put(
        UserTaskStep.APPLY_FOR_CLOSE_OUT,
        (task, before) -> verification.checkApplied(finding(task)));
    rules.put(
        UserTaskStep.CONTINUE_RECTIFICATION,
        (task, before) -> verification.checkApplied(finding(task)));
    rules.put(
        UserTaskStep.CONFIRM_CLOSE_OUT,
        (task, before) ->
            verification.checkConfirmed(
                finding(task), LifecycleVariables.LEADER_CONFIRMED.get(task)));
    rules.put(
        UserTaskStep.CERTIFY_CLOSE_OUT,
        (task, before) ->
            verification.checkCertified(
                finding(task), LifecycleVariables.CLOSE_OUT_CERTIFIED.get(task)));
    rules.put(
        UserTaskStep.CARRY_OUT_MEASURE,
        (task, before) -> rectification.checkCompleted(measure(task)));
    rules.put(
        UserTaskStep.ISSUE_SUPERVISION_NOTICE,
        (task, before) -> supervision.checkNoticeIssued(measure(task), before));
    rules.put(
        UserTaskStep.REVIEW_EXTENSION,
        (task, before) ->
            rectification.checkExtensionDecided(
                measure(task), LifecycleVariables.EXTENSION_APPROVED.get(task), before));
    rules.put(
        UserTaskStep.FOLLOW_UP_CHECK,
        (task, before) ->
            verification.checkFollowUpRecorded(
                finding(task), LifecycleVariables.RELAPSED.get(task)));
    rules.put(
        UserTaskStep.TRIAGE_OPINION,
        (task, before) -> opinions.checkTriaged(OpinionProcess.OPINION_ID.getId(task)));
  }

  /** Whether completing this user task of this process is guarded by a rule here. */
  boolean guards(String processKey, String taskKey) {
    return UserTaskStep.of(processKey, taskKey).map(rules::containsKey).orElse(false);
  }

  @Override
  public void notify(DelegateTask task) {
    String processKey =
        task.getProcessEngineServices()
            .getRepositoryService()
            .getProcessDefinition(task.getProcessDefinitionId())
            .getKey();
    Rule rule =
        UserTaskStep.of(processKey, task.getTaskDefinitionKey()).map(rules::get).orElse(null);
    if (rule == null) {
      throw refusal(task, "该环节没有办结校验规则，不能办结");
    }
    long completedBefore =
        task.getProcessEngineServices()
            .getHistoryService()
            .createHistoricTaskInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .taskDefinitionKey(task.getTaskDefinitionKey())
            .finished()
            .count();
    try {
      rule.check(task, completedBefore);
    } catch (IllegalStateException | IllegalArgumentException | ClassCastException missing) {
      // a missing record, or an id or routing flag of the wrong kind passed to /engine-rest
      throw refusal(task, missing.getMessage());
    }
  }

  private static CompletionRefusedException refusal(DelegateTask task, String why) {
    return new CompletionRefusedException("「" + task.getName() + "」不能办结：" + why);
  }

  private static UUID finding(DelegateTask task) {
    return LifecycleVariables.FINDING_ID.getId(task);
  }

  private static UUID measure(DelegateTask task) {
    return LifecycleVariables.MEASURE_ID.getId(task);
  }
}
