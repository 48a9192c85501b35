package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Collection;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The house rules for the two models of the inspection level, read from {@code bpmn/}. */
class InspectionModelsContractTest {

  private static final String ELEMENT_ID =
      "(StartEvent|EndEvent|Task|ServiceTask|CallActivity|Gateway|SubProcess|BoundaryEvent|IntermediateEvent)_[A-Z][A-Za-z]+";

  @ParameterizedTest
  @ValueSource(strings = {"inspection-rectification.bpmn", "bulletin-publication.bpmn"})
  void setsAHistoryTimeToLiveOnEveryProcess(String file) {
    for (Process process : model(file).getModelElementsByType(Process.class)) {
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
      assertThat(process.isExecutable()).isTrue();
      assertThat(process.getName()).as(process.getId()).matches(".*\\p{IsHan}.*");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"inspection-rectification.bpmn", "bulletin-publication.bpmn"})
  void givesEveryUserTaskACandidateGroup(String file) {
    Collection<UserTask> userTasks = model(file).getModelElementsByType(UserTask.class);
    assertThat(userTasks).isNotEmpty();
    for (UserTask task : userTasks) {
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isIn("office", "leaders");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"inspection-rectification.bpmn", "bulletin-publication.bpmn"})
  void namesElementsInEnglishIdsAndChineseNames(String file) {
    BpmnModelInstance model = model(file);
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).matches(ELEMENT_ID);
      assertThat(node.getName()).as(node.getId()).matches(".*\\p{IsHan}.*");
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches("Flow_[A-Z][A-Za-z]+");
    }
  }

  private static BpmnModelInstance model(String file) {
    return Bpmn.readModelFromFile(new File("bpmn", file));
  }
}
