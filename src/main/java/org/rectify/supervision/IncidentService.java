package org.rectify.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rectify.bulletin.BulletinRepository;
import org.rectify.feedback.FindingRepository;
import org.rectify.inspection.InspectionRepository;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 流程异常一览: the incidents of the engine, each named by the finding, measure, inspection or bulletin
 * it stopped, so that the office and the supervisors see which rectification stands still.
 */
@Service
public class IncidentService {

  private final IncidentWorkflow workflow;
  private final InspectionRepository inspections;
  private final FindingRepository findings;
  private final MeasureRepository measures;
  private final BulletinRepository bulletins;

  public IncidentService(
      IncidentWorkflow workflow,
      InspectionRepository inspections,
      FindingRepository findings,
      MeasureRepository measures,
      BulletinRepository bulletins) {
    this.workflow = workflow;
    this.inspections = inspections;
    this.findings = findings;
    this.measures = measures;
    this.bulletins = bulletins;
  }

  /** One open incident with the label of what it stopped. */
  public record IncidentView(
      String id,
      String process,
      String processKey,
      String activity,
      String activityId,
      String subjectType,
      String subjectTypeLabel,
      String subjectId,
      String label,
      String message,
      Instant since,
      String processInstanceId) {}

  @Transactional(readOnly = true)
  public List<IncidentView> openIncidents() {
    return workflow.openIncidents().stream()
        .map(
            incident ->
                new IncidentView(
                    incident.id(),
                    incident.processName(),
                    incident.processKey(),
                    incident.activityName(),
                    incident.activityId(),
                    incident.subject() == null ? null : incident.subject().name(),
                    incident.subject() == null ? null : incident.subject().label(),
                    incident.subjectId(),
                    label(incident.subject(), incident.subjectId()),
                    incident.message(),
                    incident.since(),
                    incident.processInstanceId()))
        .toList();
  }

  private String label(IncidentSubject subject, String subjectId) {
    Optional<UUID> id = uuid(subjectId);
    if (subject == null || id.isEmpty()) {
      return null;
    }
    return switch (subject) {
      case INSPECTION ->
          inspections
              .findById(id.get())
              .map(i -> i.getInspectionTeam() + " · " + i.getInspectedOrganization())
              .orElse(null);
      case FINDING -> findings.findById(id.get()).map(f -> f.label()).orElse(null);
      case MEASURE -> measures.findById(id.get()).map(IncidentService::measureLabel).orElse(null);
      case BULLETIN ->
          bulletins
              .findById(id.get())
              .map(b -> b.getKind().label() + " · " + b.getInspection().getInspectedOrganization())
              .orElse(null);
    };
  }

  /** As the measure's tasks are named: 【finding code-ordinal】 and the first words of its text. */
  static String measureLabel(Measure measure) {
    String text = measure.getText().split("[。；;]", 2)[0];
    String shortText = text.length() <= 24 ? text : text.substring(0, 23) + "…";
    return "【" + measure.getFinding().getCode() + "-" + measure.getOrdinal() + "】" + shortText;
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
