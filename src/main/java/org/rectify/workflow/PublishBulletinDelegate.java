package org.rectify.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rectify.reporting.BulletinPublicationService;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_PublishBulletin} in {@code bulletin-publication.bpmn}: publishes the approved
 * bulletin.
 */
@Component("publishBulletin")
class PublishBulletinDelegate implements JavaDelegate {

  private final BulletinPublicationService publication;

  PublishBulletinDelegate(BulletinPublicationService publication) {
    this.publication = publication;
  }

  @Override
  public void execute(DelegateExecution execution) {
    publication.publishApproved(BulletinProcess.BULLETIN_ID.getId(execution));
  }
}
