package org.rectify.workflow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.rectify.step.ProcessModel;
import org.rectify.supervision.IncidentSubject;
import org.rectify.supervision.IncidentWorkflow;
import org.rectify.supervision.ProcessIncident;
import org.springframework.stereotype.Component;

/**
 * The engine's incidents for {@code GET /api/supervision/incidents}: only root causes (a failure in
 * a measure's process also marks the finding's and the inspection's call activities), named in
 * Chinese from the process models, with the business key that says which inspection, finding,
 * measure or bulletin stands still.
 */
@Component
class IncidentWorkflowAdapter implements IncidentWorkflow {

  private static final Map<String, IncidentSubject> SUBJECTS =
      Map.of(
          ProcessModel.INSPECTION_RECTIFICATION.key(), IncidentSubject.INSPECTION,
          ProcessModel.FINDING_RECTIFICATION.key(), IncidentSubject.FINDING,
          ProcessModel.FOLLOW_UP_CHECK.key(), IncidentSubject.FINDING,
          ProcessModel.MEASURE_EXECUTION.key(), IncidentSubject.MEASURE,
          ProcessModel.BULLETIN_PUBLICATION.key(), IncidentSubject.BULLETIN);

  private final RuntimeService runtime;
  private final RepositoryService repository;

  IncidentWorkflowAdapter(RuntimeService runtime, RepositoryService repository) {
    this.runtime = runtime;
    this.repository = repository;
  }

  @Override
  public List<ProcessIncident> openIncidents() {
    List<Incident> incidents =
        runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list().stream()
            .filter(i -> i.getId().equals(i.getRootCauseIncidentId()))
            .toList();
    if (incidents.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds =
        incidents.stream()
            .map(Incident::getProcessInstanceId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    Map<String, String> businessKeys = new HashMap<>();
    if (!instanceIds.isEmpty()) {
      for (ProcessInstance instance :
          runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
        businessKeys.put(instance.getId(), instance.getBusinessKey());
      }
    }
    Map<String, ProcessDefinition> definitions = new HashMap<>();
    Map<String, BpmnModelInstance> models = new HashMap<>();
    return incidents.stream()
        .map(
            incident -> {
              ProcessDefinition definition =
                  definitions.computeIfAbsent(
                      incident.getProcessDefinitionId(), repository::getProcessDefinition);
              String activityId =
                  incident.getFailedActivityId() != null
                      ? incident.getFailedActivityId()
                      : incident.getActivityId();
              BpmnModelInstance model =
                  models.computeIfAbsent(
                      incident.getProcessDefinitionId(), repository::getBpmnModelInstance);
              return new ProcessIncident(
                  incident.getId(),
                  incident.getProcessInstanceId(),
                  definition.getKey(),
                  definition.getName(),
                  activityId,
                  nameOf(model, activityId),
                  SUBJECTS.get(definition.getKey()),
                  businessKeys.get(incident.getProcessInstanceId()),
                  incident.getIncidentMessage(),
                  incident.getIncidentTimestamp().toInstant());
            })
        .sorted(Comparator.comparing(ProcessIncident::since))
        .toList();
  }

  /** The element's Chinese name without the label expression of task names (${measureLabel}). */
  private static String nameOf(BpmnModelInstance model, String activityId) {
    if (model == null || activityId == null) {
      return null;
    }
    ModelElementInstance element = model.getModelElementById(activityId);
    if (element instanceof FlowElement flowElement && flowElement.getName() != null) {
      return flowElement.getName().replaceAll("\\s*\\$\\{[^}]*}", "").strip();
    }
    return activityId;
  }
}
