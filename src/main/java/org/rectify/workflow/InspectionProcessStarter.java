package org.rectify.workflow;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.registration.InspectionRegistered;
import org.rectify.reporting.ReportDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts {@code InspectionRectification} ({@code bpmn/inspection-rectification.bpmn}) for every
 * registered inspection, once the registration has committed, with the report deadline the timer
 * reads; at start-up, for every inspection that has never had one.
 */
@Component
class InspectionProcessStarter {

  private static final Logger log = LoggerFactory.getLogger(InspectionProcessStarter.class);

  private final RuntimeService runtime;
  private final HistoryService history;
  private final InspectionRepository inspections;
  private final ReportDeadlines deadlines;
  private final DeadlineCalendar calendar;

  InspectionProcessStarter(
      RuntimeService runtime,
      HistoryService history,
      InspectionRepository inspections,
      ReportDeadlines deadlines,
      DeadlineCalendar calendar) {
    this.runtime = runtime;
    this.history = history;
    this.inspections = inspections;
    this.deadlines = deadlines;
    this.calendar = calendar;
  }

  // After commit the registering transaction is finished: the process needs a transaction of its
  // own.
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void start(InspectionRegistered event) {
    Inspection inspection =
        inspections
            .findById(event.inspectionId())
            .orElseThrow(() -> new IllegalStateException("登记的巡视巡察不存在：" + event.inspectionId()));
    if (!hasProcess(inspection)) {
      start(inspection);
    }
  }

  /**
   * Catches up on inspections that have never had a process: registered before this process
   * existed, or whose start failed after the registration had committed.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void startMissing() {
    for (Inspection inspection : inspections.findAll()) {
      // One engine transaction per start: a failing inspection neither blocks the others nor the
      // boot.
      try {
        if (!hasProcess(inspection)) {
          start(inspection);
        }
      } catch (RuntimeException e) {
        log.error("巡视巡察整改流程未能启动：{}", inspection.getId(), e);
      }
    }
  }

  /** Running or finished: history is kept for the process's whole time to live. */
  private boolean hasProcess(Inspection inspection) {
    return history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(InspectionProcess.KEY)
            .processInstanceBusinessKey(inspection.getId().toString())
            .count()
        > 0;
  }

  private void start(Inspection inspection) {
    String businessKey = inspection.getId().toString();
    LocalDate reportDue = deadlines.reportDue(inspection.getLevel(), inspection.getFeedbackDate());
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionProcess.INSPECTION_ID.name(), businessKey);
    variables.put(InspectionProcess.REPORT_DUE_DATE.name(), Date.from(calendar.startOf(reportDue)));
    runtime.startProcessInstanceByKey(InspectionProcess.KEY, businessKey, variables);
    log.info("巡视巡察整改流程已启动：{}（整改报告时限 {}）", businessKey, reportDue);
  }
}
