package org.rectify.organization;

import java.util.List;
import java.util.Map;

/**
 * 未完成工作: what an official still holds (tasks assigned to them, findings they lead as 责任领导, measures
 * they are 责任人 for) and the hand-over (工作交接) of it. Implemented outside this package (it reads the
 * ledger and the engine), so that the directory does not depend on them.
 */
public interface OpenWork {

  /** The official's open work, in a stable order; empty when nothing is open. */
  List<OpenWorkItem> of(Official official);

  /** How many unfinished findings a unit is responsible for. */
  long openFindingsOf(Unit unit);

  /**
   * 工作交接: hands every open item to its successor ({@code successors} by {@link
   * OpenWorkItem#key()}), in the caller's transaction: engine tasks, ledger fields, the record, the
   * notifications.
   */
  void handOver(Official from, Map<String, Official> successors, String reason, String actor);
}
