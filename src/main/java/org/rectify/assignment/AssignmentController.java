package org.rectify.assignment;

import java.util.UUID;
import org.rectify.security.CurrentViewer;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 分解交办 over the JSON API; who may do it is decided by the open task's candidate group. */
@RestController
class AssignmentController {

  private final AssignmentService assignments;
  private final CurrentViewer viewer;

  AssignmentController(AssignmentService assignments, CurrentViewer viewer) {
    this.assignments = assignments;
    this.viewer = viewer;
  }

  @PostMapping("/api/inspections/{id}/assignment")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void assign(@PathVariable UUID id, @RequestBody AssignmentRequest request) {
    assignments.assign(id, request, viewer.get().username());
  }
}
