package org.rectify.personnel;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The engine side of 工作交接: the user tasks an official holds, and moving them to a successor. */
public interface PersonnelWorkflow {

  /**
   * An open user task assigned to the official (claimed from a group, or assigned like 责任领导确认).
   *
   * @param candidateGroups the task's candidate groups; empty for a task assigned by name
   * @param findingId the finding the task's process is about, when it is one
   * @param measureId the measure the task's process is about, when it is one
   */
  record AssignedTask(
      String id, String name, Set<String> candidateGroups, UUID findingId, UUID measureId) {}

  List<AssignedTask> tasksAssignedTo(String username);

  /** Assigns each task (by id) to its successor (user name). */
  void reassign(Map<String, String> successorByTaskId);

  /**
   * The lead official of these findings' and measures' processes is now {@code successor}: later
   * tasks (责任领导确认) and notices go to them.
   */
  void leadOfficialChanged(
      String from, String successor, Set<UUID> findingIds, Set<UUID> measureIds);
}
