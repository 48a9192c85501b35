package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.rectify.assignment.AssignmentService;
import org.rectify.reporting.BulletinPublicationService;
import org.rectify.reporting.ReportingService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code complete} task listeners on the user tasks of {@code inspection-rectification.bpmn} and
 * {@code bulletin-publication.bpmn}. The API writes the domain record and completes the task in one
 * transaction; completing a task another way (Tasklist, {@code /engine-rest}) without that record
 * is refused here, so the process never runs ahead of the domain tables.
 */
@Configuration
class CompletionGuards {

  /** {@code Task_AssignFindings}: every leaf finding has a unit and a lead official. */
  @Bean
  TaskListener findingsAssignedGuard(AssignmentService assignments) {
    return task -> assignments.checkAssigned(InspectionProcess.INSPECTION_ID.getId(task));
  }

  /** {@code Task_CompileReport}: the report has been filed. */
  @Bean
  TaskListener reportFiledGuard(ReportingService reporting) {
    return task -> reporting.checkFiled(InspectionProcess.INSPECTION_ID.getId(task));
  }

  /** {@code Task_DraftBulletin}: the draft has been submitted. */
  @Bean
  TaskListener draftSubmittedGuard(BulletinPublicationService publication) {
    return task -> publication.checkSubmitted(BulletinProcess.BULLETIN_ID.getId(task));
  }

  /** {@code Task_ApproveBulletin}: the leader's decision is on the bulletin. */
  @Bean
  TaskListener bulletinDecidedGuard(BulletinPublicationService publication) {
    return task ->
        publication.checkDecided(
            BulletinProcess.BULLETIN_ID.getId(task), BulletinProcess.BULLETIN_APPROVED.get(task));
  }
}
