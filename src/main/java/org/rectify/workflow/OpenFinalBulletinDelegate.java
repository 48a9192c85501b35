package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinService;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_OpenFinalBulletin} in {@code inspection-rectification.bpmn}: once every
 * finding is closed out, creates the 整改完成通报 record that the publication process then drafts.
 */
@Component("openFinalBulletin")
class OpenFinalBulletinDelegate implements JavaDelegate {

  /** Recorded as the creator until the office saves its draft. */
  static final String PROCESS_ACTOR = "rectify-process";

  private final BulletinService bulletins;

  OpenFinalBulletinDelegate(BulletinService bulletins) {
    this.bulletins = bulletins;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var bulletin =
        bulletins.startDraft(
            InspectionProcess.INSPECTION_ID.getId(execution), BulletinKind.FINAL, PROCESS_ACTOR);
    InspectionProcess.FINAL_BULLETIN_ID.set(execution, bulletin.getId().toString());
  }
}
