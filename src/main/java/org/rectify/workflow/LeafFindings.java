package org.rectify.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The collection of the multi-instance {@code CallActivity_RectifyFindings} in {@code
 * inspection-rectification.bpmn} ({@code ${leafFindings.idsOf(inspectionId)}}): read from the
 * domain tables when 分解交办 completes, so the ids never sit in a process variable.
 */
@Component("leafFindings")
public class LeafFindings {

  private final FindingRepository findings;

  LeafFindings(FindingRepository findings) {
    this.findings = findings;
  }

  /**
   * Ids of the inspection's open findings without sub-findings, in reading order. A finding already
   * finished when registered (imported from a bulletin as 已完成整改) needs no rectification run.
   */
  @Transactional
  public List<String> idsOf(String inspectionId) {
    List<Finding> all = new ArrayList<>(findings.findByInspection(UUID.fromString(inspectionId)));
    all.sort(Finding.READING_ORDER);
    return all.stream()
        .filter(f -> f.getChildren().isEmpty())
        .filter(f -> !f.getStatus().isFinished())
        .map(f -> f.getId().toString())
        .toList();
  }
}
