package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every user task of every model in {@code bpmn/} refuses completion without its domain record: it
 * carries the one {@code complete} listener {@code ${completionGuard}}, and {@link
 * CompletionGuards} has a rule for it (read from the models themselves, so a new user task without
 * a guard fails here).
 */
class CompletionGuardContractTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final String LISTENER = "${completionGuard}";

  @TestFactory
  Stream<DynamicTest> everyUserTaskOfEveryModelIsGuarded() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(MODELS)) {
      files = listing.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    CompletionGuards guards = GuardsOver.services();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file, guards)));
  }

  private static void check(Path file, CompletionGuards guards) throws IOException {
    BpmnModelInstance model;
    try (var in = Files.newInputStream(file)) {
      model = Bpmn.readModelFromStream(in);
    }
    List<UserTask> userTasks = List.copyOf(model.getModelElementsByType(UserTask.class));
    List<String> unguarded = new ArrayList<>();
    for (UserTask task : userTasks) {
      String processKey = processOf(task).getId();
      long listeners =
          listenersOf(task).stream()
              .filter(l -> "complete".equals(l.getCamundaEvent()))
              .filter(l -> LISTENER.equals(l.getCamundaDelegateExpression()))
              .count();
      if (listeners != 1) {
        unguarded.add(task.getId() + " has no complete listener " + LISTENER);
      }
      if (!guards.guards(processKey, task.getId())) {
        unguarded.add(task.getId() + " has no rule in CompletionGuards for " + processKey);
      }
    }
    assertThat(unguarded).as(file.toString()).isEmpty();
  }

  private static List<CamundaTaskListener> listenersOf(UserTask task) {
    ExtensionElements extensions = task.getExtensionElements();
    if (extensions == null) {
      return List.of();
    }
    return List.copyOf(
        extensions.getElementsQuery().filterByType(CamundaTaskListener.class).list());
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }
}
