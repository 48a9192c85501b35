package org.rectify.step;

/**
 * 流程模型: one process of {@code bpmn/}, by the key code starts and queries it with and the file it is
 * modelled in. {@code StepCatalogueContractTest} reads every file and checks both ways.
 */
public enum ProcessModel {
  INSPECTION_RECTIFICATION("InspectionRectification", "inspection-rectification.bpmn"),
  FINDING_RECTIFICATION("FindingRectification", "finding-rectification.bpmn"),
  MEASURE_EXECUTION("MeasureExecution", "measure-execution.bpmn"),
  FOLLOW_UP_CHECK("FollowUpCheck", "follow-up-check.bpmn"),
  BULLETIN_PUBLICATION("BulletinPublication", "bulletin-publication.bpmn"),
  PUBLIC_OPINION_TRIAGE("PublicOpinionTriage", "public-opinion-triage.bpmn");

  private final String key;
  private final String file;

  ProcessModel(String key, String file) {
    this.key = key;
    this.file = file;
  }

  /** The process id in the model, the key processes are started and queried by. */
  public String key() {
    return key;
  }

  /** The model's file name in {@code bpmn/}. */
  public String file() {
    return file;
  }
}
