package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rectify.assignment.AssignmentService;
import org.rectify.bulletin.Bulletin;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinService;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.reporting.BulletinPublicationService;
import org.rectify.reporting.ReportingService;

/**
 * Every path of {@code bpmn/inspection-rectification.bpmn} on an in-memory engine, with the real
 * bulletin publication model and a one-task stand-in for FindingRectification.
 */
@Deployment(
    resources = {
      "bpmn/inspection-rectification.bpmn",
      "bpmn/bulletin-publication.bpmn",
      "standin/finding-rectification-standin.bpmn"
    })
class InspectionRectificationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine =
      ProcessEngineExtension.builder()
          .configurationResource("process-test.camunda.cfg.xml")
          .build();

  private static final Date REPORT_DUE = date(LocalDate.of(2025, 10, 22));

  private final LeafFindings leafFindings = mock(LeafFindings.class);
  private final BulletinService bulletins = mock(BulletinService.class);
  private final BulletinPublicationService publication = mock(BulletinPublicationService.class);
  private final AssignmentService assignments = mock(AssignmentService.class);
  private final ReportingService reporting = mock(ReportingService.class);
  private final UUID inspectionId = UUID.randomUUID();
  private final List<String> findingIds =
      List.of(
          UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
  private final Bulletin finalBulletin =
      new Bulletin(
          new Inspection(
              InspectionLevel.MUNICIPAL,
              InspectionType.REGULAR,
              "区委",
              "区委第一巡察组",
              "某局党组",
              LocalDate.of(2025, 8, 22),
              "t"),
          BulletinKind.FINAL,
          OpenFinalBulletinDelegate.PROCESS_ACTOR);

  @BeforeEach
  void wire(ProcessEngine processEngine) {
    BpmnAwareTests.init(processEngine);
    when(leafFindings.idsOf(inspectionId.toString())).thenReturn(findingIds);
    when(bulletins.startDraft(eq(inspectionId), eq(BulletinKind.FINAL), any()))
        .thenReturn(finalBulletin);
    Mocks.register("leafFindings", leafFindings);
    Mocks.register("openFinalBulletin", new OpenFinalBulletinDelegate(bulletins));
    Mocks.register("publishBulletin", new PublishBulletinDelegate(publication));
    Mocks.register("completionGuard", GuardsOver.services(assignments, reporting, publication));
  }

  @AfterEach
  void unwire() {
    Mocks.reset();
  }

  @Test
  @DisplayName("分解交办 → 每个末级问题一个整改流程 → 全部销号后发布整改完成通报")
  void rectifiesEveryLeafFindingAndThenPublishesTheFinalBulletin() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("Task_AssignFindings");
    assertThat(task(instance)).hasCandidateGroup("office");
    complete(task(instance));
    verify(assignments).checkAssigned(inspectionId);

    // Asynchronous: first the multi-instance body, then one start per leaf finding.
    execute(
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .messages()
            .singleResult());
    verify(leafFindings, atLeastOnce()).idsOf(inspectionId.toString());
    List<Job> starts =
        managementService().createJobQuery().processInstanceId(instance.getId()).messages().list();
    assertThat(starts).hasSize(3);
    starts.forEach(job -> execute(job));
    for (String findingId : findingIds) {
      ProcessInstance finding = findingProcess(findingId);
      assertThat(finding).isNotNull();
      assertThat(runtimeService().getVariable(finding.getId(), "findingId")).isEqualTo(findingId);
      assertThat(runtimeService().getVariable(finding.getId(), "inspectionId"))
          .isEqualTo(inspectionId.toString());
    }

    closeOut(findingIds.get(0));
    closeOut(findingIds.get(1));
    assertThat(instance).isWaitingAt("CallActivity_RectifyFindings");
    closeOut(findingIds.get(2));

    assertThat(instance).isWaitingAt("CallActivity_PublishFinalBulletin");
    verify(bulletins).startDraft(eq(inspectionId), eq(BulletinKind.FINAL), any());
    ProcessInstance bulletin = bulletinProcess(finalBulletin.getId().toString());
    assertThat(runtimeService().getVariable(bulletin.getId(), "bulletinId"))
        .isEqualTo(finalBulletin.getId().toString());
    publish(bulletin);

    verify(publication).publishApproved(finalBulletin.getId());
    assertThat(instance).isEnded().hasPassed("EndEvent_RectificationCompleted");
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  @DisplayName("报告时限到 → 整改办编制整改报告（不发通报）")
  void opensTheReportTaskWhenTheReportDeadlineComes() {
    ProcessInstance instance = start();

    Job timer =
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .singleResult();
    assertThat(timer.getDuedate()).isEqualTo(REPORT_DUE);
    assertThat(reportTask(instance)).isNull();
    execute(timer);

    Task report = reportTask(instance);
    assertThat(report).hasCandidateGroup("office").hasName("编制整改报告/阶段性通报");
    assertThat(report.getDueDate()).isEqualTo(REPORT_DUE);
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .count())
        .isZero();
    complete(report, withVariables("stageBulletinRequested", false));
    verify(reporting).checkFiled(inspectionId, 0);

    assertThat(instance).hasPassed("EndEvent_ReportFiled").isWaitingAt("Task_AssignFindings");
    assertThat(reportTask(instance)).isNull();
  }

  @Test
  @DisplayName("编制整改报告并发布阶段性通报（含退回修改）")
  void publishesAStageBulletinTheReportAsksFor() {
    ProcessInstance instance = start();
    execute(
        managementService()
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .singleResult());
    UUID stageBulletinId = UUID.randomUUID();

    complete(
        reportTask(instance),
        withVariables(
            "stageBulletinRequested", true, "stageBulletinId", stageBulletinId.toString()));

    assertThat(instance).isWaitingAt("CallActivity_PublishReportBulletin", "Task_AssignFindings");
    ProcessInstance bulletin = bulletinProcess(stageBulletinId.toString());
    complete(task(bulletin));
    complete(task(bulletin), withVariables("bulletinApproved", false));
    assertThat(bulletin).isWaitingAt("Task_DraftBulletin");
    publish(bulletin);

    verify(publication).publishApproved(stageBulletinId);
    assertThat(instance)
        .hasPassed("EndEvent_ReportBulletinPublished")
        .isWaitingAt("Task_AssignFindings");
  }

  @Test
  @DisplayName("随时发起阶段性通报（消息），可同时进行多份")
  void startsAStageBulletinWheneverTheOfficeAsks() {
    ProcessInstance instance = start();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    requestStageBulletin(instance, first);
    requestStageBulletin(instance, second);

    assertThat(instance).isWaitingAt("Task_AssignFindings", "CallActivity_PublishStageBulletin");
    ProcessInstance firstBulletin = bulletinProcess(first.toString());
    ProcessInstance secondBulletin = bulletinProcess(second.toString());
    assertThat(runtimeService().getVariable(firstBulletin.getId(), "bulletinId"))
        .isEqualTo(first.toString());
    assertThat(runtimeService().getVariable(secondBulletin.getId(), "bulletinId"))
        .isEqualTo(second.toString());

    publish(secondBulletin);
    publish(firstBulletin);

    verify(publication).publishApproved(first);
    verify(publication).publishApproved(second);
    assertThat(instance)
        .hasPassed("EndEvent_StageBulletinPublished")
        .isWaitingAt("Task_AssignFindings");
  }

  @Test
  @DisplayName("有问题未指定责任单位或责任领导时，不能完成分解交办")
  void refusesToFinishTheAssignmentWhileAFindingLacksAnOwner() {
    ProcessInstance instance = start();
    doThrow(new IllegalStateException("问题 1.2 必须指定责任单位"))
        .when(assignments)
        .checkAssigned(inspectionId);

    assertThatThrownBy(() -> complete(task(instance))).hasMessageContaining("问题 1.2 必须指定责任单位");

    assertThat(instance).isWaitingAt("Task_AssignFindings");
    assertThat(
            managementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .messages()
                .count())
        .isZero();
  }

  private ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            "InspectionRectification",
            inspectionId.toString(),
            Map.of("inspectionId", inspectionId.toString(), "reportDueDate", REPORT_DUE));
  }

  private void requestStageBulletin(ProcessInstance instance, UUID bulletinId) {
    runtimeService()
        .createMessageCorrelation("StartStageBulletin")
        .processInstanceId(instance.getId())
        .setVariable("stageBulletinId", bulletinId.toString())
        .correlate();
  }

  private static ProcessInstance findingProcess(String findingId) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("FindingRectification")
        .processInstanceBusinessKey(findingId)
        .singleResult();
  }

  private static ProcessInstance bulletinProcess(String bulletinId) {
    return runtimeService()
        .createProcessInstanceQuery()
        .processDefinitionKey("BulletinPublication")
        .processInstanceBusinessKey(bulletinId)
        .singleResult();
  }

  private static void closeOut(String findingId) {
    complete(task(findingProcess(findingId)));
  }

  /** Drafts, approves and publishes a bulletin in its publication process. */
  private static void publish(ProcessInstance bulletin) {
    assertThat(bulletin).isWaitingAt("Task_DraftBulletin");
    complete(task(bulletin));
    complete(task(bulletin), withVariables("bulletinApproved", true));
    execute(
        managementService().createJobQuery().processInstanceId(bulletin.getId()).singleResult());
    assertThat(bulletin).isEnded();
  }

  private static Task reportTask(ProcessInstance instance) {
    return taskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey("Task_CompileReport")
        .singleResult();
  }

  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
