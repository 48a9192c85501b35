package org.rectify.organization;

import java.util.Set;

/**
 * 一项未完成工作 of an official.
 *
 * @param key stable id of the item within the hand-over, e.g. {@code TASK:<taskId>}, {@code
 *     FINDING:<findingId>}, {@code MEASURE:<measureId>}
 * @param kind what the official holds it as
 * @param label how people read it, e.g. 责任领导确认 【1.2】落实“第一议题”不到位
 * @param successorGroups the engine groups (role or unit) a successor must work in, one of them;
 *     empty for any active official
 */
public record OpenWorkItem(String key, Kind kind, String label, Set<String> successorGroups) {

  public OpenWorkItem {
    successorGroups = Set.copyOf(successorGroups);
  }

  /** May this official take the item over? */
  public boolean acceptsSuccessor(Official official) {
    return official.isActive()
        && (successorGroups.isEmpty() || successorGroups.contains(official.groupId()));
  }

  /** 工作类别. */
  public enum Kind {
    TASK("待办任务"),
    FINDING_LEAD("责任领导"),
    MEASURE_PERSON("措施责任人");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
