package org.rectify.workflow;

/**
 * Variables of {@code bpmn/bulletin-publication.bpmn}; its key and user tasks are in the step
 * catalogue ({@code step/}).
 */
final class BulletinProcess {

  static final ProcessVariable<String> BULLETIN_ID = ProcessVariable.text("bulletinId");
  static final ProcessVariable<Boolean> BULLETIN_APPROVED =
      ProcessVariable.flag("bulletinApproved");

  private BulletinProcess() {}
}
