package org.rectify.step;

import static org.rectify.organization.OfficialRole.LEADER;
import static org.rectify.organization.OfficialRole.OFFICE;
import static org.rectify.organization.OfficialRole.SUPERVISOR;
import static org.rectify.organization.OfficialRole.UNIT;
import static org.rectify.step.ProcessModel.BULLETIN_PUBLICATION;
import static org.rectify.step.ProcessModel.FINDING_RECTIFICATION;
import static org.rectify.step.ProcessModel.INSPECTION_RECTIFICATION;
import static org.rectify.step.ProcessModel.MEASURE_EXECUTION;
import static org.rectify.step.ProcessModel.PUBLIC_OPINION_TRIAGE;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rectify.organization.OfficialRole;

/**
 * 办理环节: every user task of every model in {@code bpmn/}, in one place — its process, its task id,
 * its Chinese name exactly as the model's {@code name} (without the {@code ${…Label}} the task
 * names carry at run time), the roles of its {@code candidateGroups} (or assignee), and the path of
 * the app's endpoint that completes it. The security rules ({@code security/StepEndpoint}), the
 * workflow adapters and guards, and the return steps ({@code review/ReviewStep}) read it; {@code
 * StepCatalogueContractTest} checks it against the models both ways.
 */
public enum UserTaskStep {
  ASSIGN_FINDINGS(
      INSPECTION_RECTIFICATION,
      "Task_AssignFindings",
      "分解交办",
      "/api/inspections/*/assignment",
      OFFICE),
  COMPILE_REPORT(
      INSPECTION_RECTIFICATION,
      "Task_CompileReport",
      "编制整改报告/阶段性通报",
      "/api/inspections/*/rectification-report",
      OFFICE),
  DRAFT_MEASURES(
      FINDING_RECTIFICATION, "Task_DraftMeasures", "制定整改措施", "/api/findings/*/measures", UNIT),
  REVIEW_MEASURES(
      FINDING_RECTIFICATION,
      "Task_ReviewMeasures",
      "审核整改措施",
      "/api/findings/*/plan-review",
      OFFICE),
  APPLY_FOR_CLOSE_OUT(
      FINDING_RECTIFICATION,
      "Task_ApplyForCloseOut",
      "申请销号",
      "/api/findings/*/close-out-application",
      UNIT),
  CONFIRM_CLOSE_OUT(
      FINDING_RECTIFICATION,
      "Task_ConfirmCloseOut",
      "责任领导确认",
      "/api/findings/*/close-out-confirmation",
      LEADER),
  CERTIFY_CLOSE_OUT(
      FINDING_RECTIFICATION,
      "Task_CertifyCloseOut",
      "审核认定",
      "/api/findings/*/close-out-certification",
      OFFICE),
  /**
   * After 审核认定 returned the close-out: the unit reports progress on its measures and applies again,
   * through the endpoint of {@link #APPLY_FOR_CLOSE_OUT}; it has no endpoint of its own.
   */
  CONTINUE_RECTIFICATION(FINDING_RECTIFICATION, "Task_ContinueRectification", "继续整改", null, UNIT),
  CARRY_OUT_MEASURE(
      MEASURE_EXECUTION, "Task_CarryOutMeasure", "落实整改措施", "/api/measures/*/completion", UNIT),
  ISSUE_SUPERVISION_NOTICE(
      MEASURE_EXECUTION,
      "Task_IssueSupervisionNotice",
      "督办",
      "/api/measures/*/supervision-notice",
      SUPERVISOR),
  REVIEW_EXTENSION(
      MEASURE_EXECUTION,
      "Task_ReviewExtension",
      "审批延期申请",
      "/api/measures/*/extension-decision",
      OFFICE),
  FOLLOW_UP_CHECK(
      ProcessModel.FOLLOW_UP_CHECK,
      "Task_FollowUpCheck",
      "回头看",
      "/api/findings/*/follow-up-check",
      OFFICE,
      SUPERVISOR),
  DRAFT_BULLETIN(
      BULLETIN_PUBLICATION, "Task_DraftBulletin", "起草通报", "/api/bulletins/*/draft", OFFICE),
  APPROVE_BULLETIN(
      BULLETIN_PUBLICATION, "Task_ApproveBulletin", "审定通报", "/api/bulletins/*/approval", LEADER),
  TRIAGE_OPINION(
      PUBLIC_OPINION_TRIAGE, "Task_TriageOpinion", "处理意见建议", "/api/opinions/*/triage", OFFICE);

  private final ProcessModel process;
  private final String taskKey;
  private final String taskName;
  private final String apiPath;
  private final List<OfficialRole> roles;

  UserTaskStep(
      ProcessModel process,
      String taskKey,
      String taskName,
      String apiPath,
      OfficialRole... roles) {
    this.process = process;
    this.taskKey = taskKey;
    this.taskName = taskName;
    this.apiPath = apiPath;
    this.roles = List.of(roles);
  }

  public ProcessModel process() {
    return process;
  }

  /** The key of the process the task belongs to. */
  public String processKey() {
    return process.key();
  }

  /** The user task's id in its model (its task definition key). */
  public String taskKey() {
    return taskKey;
  }

  /** The user task's Chinese name in its model, without the run-time label. */
  public String taskName() {
    return taskName;
  }

  /** The roles that may work the task: its candidate groups (or its assignee's role). */
  public List<OfficialRole> roles() {
    return roles;
  }

  /** The step of this task of this process, if it is in the catalogue. */
  public static Optional<UserTaskStep> of(String processKey, String taskKey) {
    return Arrays.stream(values())
        .filter(step -> step.processKey().equals(processKey) && step.taskKey.equals(taskKey))
        .findFirst();
  }

  /**
   * The path (Spring's ant pattern, {@code *} for the id) of the app's {@code POST} endpoint that
   * completes the task, when it has one of its own.
   */
  public Optional<String> apiPath() {
    return Optional.ofNullable(apiPath);
  }
}
