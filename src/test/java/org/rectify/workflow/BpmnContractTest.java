package org.rectify.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Rules every model in {@code bpmn/} keeps (HOUSE_STYLE.md): executable, with the same header
 * (history TTL of 3650 days, a version tag, a documentation); ids {@code <Kind>_<PascalCase>} (a
 * flow node's kind one of a few); Chinese names; every user task with an embedded form and a
 * candidate group or assignee; no script tasks.
 */
class BpmnContractTest {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*");

  /** The kinds a flow node's id starts with. */
  private static final Pattern FLOW_NODE_ID =
      Pattern.compile(
          "(StartEvent|EndEvent|Task|ServiceTask|CallActivity|Gateway|SubProcess|BoundaryEvent"
              + "|TimerEvent)_[A-Z][A-Za-z0-9]*");

  private static final Pattern FORM_KEY =
      Pattern.compile("embedded:/forms/[a-z]+(-[a-z]+)*\\.html");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final Path MODELS = Path.of("bpmn");

  /** Every process keeps its history ten years (docs/inspection-process.md, docs/lifecycle.md). */
  private static final String HISTORY_TIME_TO_LIVE = "P3650D";

  @TestFactory
  Stream<DynamicTest> everyModelKeepsTheHouseRules() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(MODELS)) {
      files = listing.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    BpmnModelInstance model;
    try (var in = Files.newInputStream(file)) {
      model = Bpmn.readModelFromStream(in);
    }
    Bpmn.validateModel(model);
    List<String> broken = new ArrayList<>();
    for (org.camunda.bpm.model.bpmn.instance.Process process :
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)) {
      if (!process.isExecutable()) {
        broken.add(process.getId() + " is not executable");
      }
      if (!HISTORY_TIME_TO_LIVE.equals(process.getCamundaHistoryTimeToLiveString())) {
        broken.add(
            process.getId() + " needs camunda:historyTimeToLive=\"" + HISTORY_TIME_TO_LIVE + "\"");
      }
      if (process.getCamundaVersionTag() == null || process.getCamundaVersionTag().isBlank()) {
        broken.add(process.getId() + " has no camunda:versionTag");
      }
      if (process.getDocumentations().isEmpty()) {
        broken.add(process.getId() + " needs a documentation: one instance per what, business key");
      }
      if (process.getName() == null || !CHINESE.matcher(process.getName()).find()) {
        broken.add(process.getId() + " needs a Chinese name");
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      if (!ID.matcher(element.getId()).matches()) {
        broken.add(element.getId() + " does not follow <Kind>_<PascalCase>");
      }
      boolean needsName =
          !(element instanceof org.camunda.bpm.model.bpmn.instance.SequenceFlow)
              && !(element instanceof org.camunda.bpm.model.bpmn.instance.Gateway);
      if (needsName && (element.getName() == null || !CHINESE.matcher(element.getName()).find())) {
        broken.add(element.getId() + " needs a Chinese name");
      }
      if (element instanceof FlowNode && !FLOW_NODE_ID.matcher(element.getId()).matches()) {
        broken.add(element.getId() + " does not start with the kind of its flow node");
      }
      if (element instanceof ScriptTask) {
        broken.add(element.getId() + " is a script task");
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormKey() == null
          || !FORM_KEY.matcher(task.getCamundaFormKey()).matches()) {
        broken.add(task.getId() + " needs camunda:formKey embedded:/forms/<kebab-name>.html");
      }
      if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
        broken.add(task.getId() + " needs a candidate group or an assignee");
      }
    }
    for (BaseElement element :
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class)) {
      if (!ID.matcher(element.getId()).matches()) {
        broken.add(element.getId() + " does not follow <Kind>_<PascalCase>");
      }
    }
    assertThat(broken).as(file.toString()).isEmpty();
  }
}
