package org.rectify.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** Each 退回环节 is named as its user task in {@code bpmn/} (without the task's label suffix). */
class ReviewStepNamesTest {

  private static final Map<ReviewStep, String[]> TASKS =
      Map.of(
          ReviewStep.PLAN_REVIEW,
              new String[] {"finding-rectification.bpmn", "Task_ReviewMeasures"},
          ReviewStep.LEADER_CONFIRMATION,
              new String[] {"finding-rectification.bpmn", "Task_ConfirmCloseOut"},
          ReviewStep.CLOSE_OUT_CERTIFICATION,
              new String[] {"finding-rectification.bpmn", "Task_CertifyCloseOut"},
          ReviewStep.BULLETIN_APPROVAL,
              new String[] {"bulletin-publication.bpmn", "Task_ApproveBulletin"});

  @Test
  void everyReturnStepHasTheNameOfItsUserTaskInTheModel() throws Exception {
    assertThat(TASKS.keySet()).containsExactlyInAnyOrder(ReviewStep.values());
    for (Map.Entry<ReviewStep, String[]> step : TASKS.entrySet()) {
      BpmnModelInstance model;
      try (var in = Files.newInputStream(Path.of("bpmn", step.getValue()[0]))) {
        model = Bpmn.readModelFromStream(in);
      }
      UserTask task = model.getModelElementById(step.getValue()[1]);
      String name = task.getName().replaceFirst("\\s*\\$\\{[^}]*}$", "");
      assertThat(step.getKey().label()).as(step.getKey().name()).isEqualTo(name);
    }
  }
}
