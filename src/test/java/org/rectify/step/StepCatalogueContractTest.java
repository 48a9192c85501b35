package org.rectify.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rectify.organization.OfficialRole;

/**
 * The step catalogue ({@link UserTaskStep}, {@link ProcessModel}) is the models' user tasks, read
 * from every file in {@code bpmn/}, both ways: every user task of every model is in the catalogue
 * with the same name and the roles of its {@code candidateGroups} (or assignee), and every
 * catalogue entry is a user task of its model.
 */
class StepCatalogueContractTest {

  private static final Path MODELS = Path.of("bpmn");

  /** The run-time label a task name ends with: {@code 制定整改措施 ${findingLabel}}. */
  private static final String LABEL_SUFFIX = "\\s*\\$\\{[A-Za-z]+}$";

  /** Candidate groups and assignees given by expression, and the role they stand for. */
  private static final Map<String, OfficialRole> EXPRESSIONS =
      Map.of("${unitGroup}", OfficialRole.UNIT, "${leadOfficial}", OfficialRole.LEADER);

  private static final Map<String, BpmnModelInstance> MODELS_BY_FILE = new LinkedHashMap<>();

  @BeforeAll
  static void readModels() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(MODELS)) {
      files = listing.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    for (Path file : files) {
      try (var in = Files.newInputStream(file)) {
        MODELS_BY_FILE.put(file.getFileName().toString(), Bpmn.readModelFromStream(in));
      }
    }
  }

  @Test
  void everyModelFileIsAProcessModelWithItsKey() {
    assertThat(MODELS_BY_FILE.keySet())
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ProcessModel.values()).map(ProcessModel::file).toList());
    for (ProcessModel process : ProcessModel.values()) {
      assertThat(
              MODELS_BY_FILE.get(process.file()).getModelElementsByType(Process.class).stream()
                  .map(Process::getId))
          .as(process.file())
          .containsExactly(process.key());
    }
  }

  @Test
  void everyUserTaskOfEveryModelIsInTheCatalogueWithItsNameAndRoles() {
    List<String> drifted = new ArrayList<>();
    MODELS_BY_FILE.forEach(
        (file, model) -> {
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String processKey = processOf(task).getId();
            var step = UserTaskStep.of(processKey, task.getId());
            if (step.isEmpty()) {
              drifted.add(file + ": " + task.getId() + " is not in the step catalogue");
              continue;
            }
            String name = task.getName().replaceFirst(LABEL_SUFFIX, "");
            if (!name.equals(step.get().taskName())) {
              drifted.add(
                  step.get()
                      + " is named 「"
                      + step.get().taskName()
                      + "」, the model says 「"
                      + name
                      + "」");
            }
            Set<OfficialRole> roles = rolesOf(task, drifted);
            if (!roles.equals(EnumSet.copyOf(step.get().roles()))) {
              drifted.add(
                  step.get() + " is worked by " + step.get().roles() + ", the model says " + roles);
            }
          }
        });
    assertThat(drifted).isEmpty();
  }

  @Test
  void everyCatalogueStepIsAUserTaskOfItsModel() {
    List<String> missing = new ArrayList<>();
    for (UserTaskStep step : UserTaskStep.values()) {
      BpmnModelInstance model = MODELS_BY_FILE.get(step.process().file());
      ModelElementInstance element =
          model == null ? null : model.getModelElementById(step.taskKey());
      if (!(element instanceof UserTask task)
          || !processOf(task).getId().equals(step.processKey())) {
        missing.add(step + ": no user task " + step.taskKey() + " in " + step.process().file());
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void noTwoStepsShareAnEndpoint() {
    List<String> paths =
        Arrays.stream(UserTaskStep.values()).flatMap(step -> step.apiPath().stream()).toList();
    assertThat(paths).doesNotHaveDuplicates().allMatch(path -> path.startsWith("/api/"));
  }

  @Test
  void findsAStepByItsProcessAndTask() {
    assertThat(UserTaskStep.of("BulletinPublication", "Task_ApproveBulletin"))
        .contains(UserTaskStep.APPROVE_BULLETIN);
    assertThat(UserTaskStep.of("FindingRectification", "Task_ApproveBulletin")).isEmpty();
  }

  /** The roles of the task's candidate groups, or of its assignee when it has no groups. */
  private static Set<OfficialRole> rolesOf(UserTask task, List<String> problems) {
    List<String> given =
        task.getCamundaCandidateGroups() != null
            ? Arrays.stream(task.getCamundaCandidateGroups().split(",")).map(String::trim).toList()
            : List.of(String.valueOf(task.getCamundaAssignee()));
    Set<OfficialRole> roles = EnumSet.noneOf(OfficialRole.class);
    for (String group : given) {
      OfficialRole role =
          EXPRESSIONS.containsKey(group)
              ? EXPRESSIONS.get(group)
              : Arrays.stream(OfficialRole.values())
                  .filter(r -> group.equals(r.groupId()))
                  .findFirst()
                  .orElse(null);
      if (role == null) {
        problems.add(task.getId() + ": candidate group or assignee " + group + " is no role");
      } else {
        roles.add(role);
      }
    }
    return roles;
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }
}
