package org.rectify.assignment;

import java.util.List;

/** The body of {@code POST /api/inspections/{id}/assignment}: the office's 分解交办. */
public record AssignmentRequest(List<FindingAssignment> assignments) {

  List<FindingAssignment> entries() {
    return assignments == null ? List.of() : assignments;
  }
}
