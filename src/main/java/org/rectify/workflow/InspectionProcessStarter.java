package org.rectify.workflow;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.registration.InspectionRegistered;
import org.rectify.reporting.ReportDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts {@code InspectionRectification} ({@code bpmn/inspection-rectification.bpmn}) for every
 * registered inspection, once the registration has committed, with the report deadline the timer
 * reads.
 */
@Component
class InspectionProcessStarter {

  private static final Logger log = LoggerFactory.getLogger(InspectionProcessStarter.class);

  private final RuntimeService runtime;
  private final InspectionRepository inspections;
  private final ReportDeadlines deadlines;

  InspectionProcessStarter(RuntimeService runtime, InspectionRepository inspections, ReportDeadlines deadlines) {
    this.runtime = runtime;
    this.inspections = inspections;
    this.deadlines = deadlines;
  }

  // After commit the registering transaction is finished: the process needs a transaction of its own.
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void start(InspectionRegistered event) {
    String businessKey = event.inspectionId().toString();
    boolean running =
        runtime.createProcessInstanceQuery()
                .processDefinitionKey(InspectionProcess.KEY)
                .processInstanceBusinessKey(businessKey)
                .count()
            > 0;
    if (running) {
      return;
    }
    Inspection inspection =
        inspections
            .findById(event.inspectionId())
            .orElseThrow(() -> new IllegalStateException("登记的巡视巡察不存在：" + businessKey));
    LocalDate reportDue = deadlines.reportDue(inspection.getLevel(), inspection.getFeedbackDate());
    Map<String, Object> variables = new HashMap<>();
    variables.put(InspectionProcess.INSPECTION_ID.name(), businessKey);
    variables.put(
        InspectionProcess.REPORT_DUE_DATE.name(),
        Date.from(reportDue.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    runtime.startProcessInstanceByKey(InspectionProcess.KEY, businessKey, variables);
    log.info("巡视巡察整改流程已启动：{}（整改报告时限 {}）", businessKey, reportDue);
  }
}
