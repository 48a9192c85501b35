package org.rectify.workflow;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.verification.FollowUpSchedule;
import org.rectify.verification.VerificationService;
import org.springframework.stereotype.Component;

/**
 * <code>ServiceTask_ScheduleFollowUp</code> (排定回头看时间) in <code>bpmn/follow-up-check.bpmn</code>.
 */
@Component
class ScheduleFollowUpDelegate implements JavaDelegate {

  private final VerificationService verification;

  ScheduleFollowUpDelegate(VerificationService verification) {
    this.verification = verification;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUpSchedule schedule =
        verification.followUpSchedule(LifecycleVariables.FINDING_ID.getId(execution));
    LifecycleVariables.FOLLOW_UP_DATE.set(execution, Date.from(schedule.dueAt()));
    LifecycleVariables.FINDING_LABEL.set(execution, schedule.findingLabel());
  }
}
