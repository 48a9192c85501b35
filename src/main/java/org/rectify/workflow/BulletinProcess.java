package org.rectify.workflow;

/** Names in {@code bpmn/bulletin-publication.bpmn} that code refers to. */
final class BulletinProcess {

  static final String KEY = "BulletinPublication";
  static final String TASK_DRAFT = "Task_DraftBulletin";
  static final String TASK_APPROVE = "Task_ApproveBulletin";

  static final ProcessVariable<String> BULLETIN_ID = ProcessVariable.text("bulletinId");
  static final ProcessVariable<Boolean> BULLETIN_APPROVED =
      ProcessVariable.flag("bulletinApproved");

  private BulletinProcess() {}
}
