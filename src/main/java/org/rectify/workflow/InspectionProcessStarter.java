package org.rectify.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.registration.InspectionRegistered;
import org.rectify.reporting.ReportDeadlines;
import org.rectify.step.ProcessModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts {@code InspectionRectification} ({@code bpmn/inspection-rectification.bpmn}) for every
 * registered inspection, once the registration has committed, with the report deadline the timer
 * reads; at start-up, for every inspection that has never had one. The start is recorded on the
 * inspection ({@code process_started_at}) in the same transaction: that record, not engine history
 * (which history cleanup removes), says whether an inspection has had its process.
 */
@Component
class InspectionProcessStarter {

  private static final Logger log = LoggerFactory.getLogger(InspectionProcessStarter.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final InspectionRepository inspections;
  private final ReportDeadlines deadlines;
  private final DeadlineCalendar calendar;
  private final TransactionTemplate transactions;
  private final Clock clock;

  InspectionProcessStarter(
      RuntimeService runtime,
      HistoryService history,
      InspectionRepository inspections,
      ReportDeadlines deadlines,
      DeadlineCalendar calendar,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.runtime = runtime;
    this.history = history;
    this.inspections = inspections;
    this.deadlines = deadlines;
    this.calendar = calendar;
    this.transactions = new TransactionTemplate(transactionManager);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  // After commit the registering transaction is finished: the process needs a transaction of its
  // own.
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  public void start(InspectionRegistered event) {
    transactions.executeWithoutResult(status -> startIfNone(event.inspectionId()));
  }

  /**
   * Catches up on inspections that have never had a process: registered before this process
   * existed, or whose start failed after the registration had committed.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void startMissing() {
    for (Inspection inspection : inspections.findByProcessStartedAtIsNull()) {
      // One transaction per start: a failing inspection neither blocks the others nor the boot.
      try {
        transactions.executeWithoutResult(status -> startIfNone(inspection.getId()));
      } catch (RuntimeException e) {
        log.error("巡视巡察整改流程未能启动：{}", inspection.getId(), e);
      }
    }
  }

  private void startIfNone(UUID inspectionId) {
    Inspection inspection =
        inspections
            .findById(inspectionId)
            .orElseThrow(() -> new IllegalStateException("登记的巡视巡察不存在：" + inspectionId));
    if (inspection.getProcessStartedAt() != null) {
      return;
    }
    // Inspections registered before the start was recorded (V61): their process, if any, is still
    // in engine history; record it instead of starting a second one.
    HistoricProcessInstance earlier =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessModel.INSPECTION_RECTIFICATION.key())
            .processInstanceBusinessKey(inspection.getId().toString())
            .orderByProcessInstanceStartTime()
            .asc()
            .listPage(0, 1)
            .stream()
            .findFirst()
            .orElse(null);
    if (earlier != null) {
      inspection.recordProcessStart(earlier.getStartTime().toInstant());
      return;
    }
    start(inspection);
    inspection.recordProcessStart(clock.instant());
  }

  private void start(Inspection inspection) {
    String businessKey = inspection.getId().toString();
    LocalDate reportDue = deadlines.reportDue(inspection.getLevel(), inspection.getFeedbackDate());
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionProcess.INSPECTION_ID.name(), businessKey);
    variables.put(InspectionProcess.REPORT_DUE_DATE.name(), Date.from(calendar.startOf(reportDue)));
    runtime.startProcessInstanceByKey(
        ProcessModel.INSPECTION_RECTIFICATION.key(), businessKey, variables);
    log.info("巡视巡察整改流程已启动：{}（整改报告时限 {}）", businessKey, reportDue);
  }
}
