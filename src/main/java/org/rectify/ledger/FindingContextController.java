package org.rectify.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.rectify.security.CurrentViewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The context of one finding for the Tasklist forms. */
@RestController
@Tag(name = "整改台账")
class FindingContextController {

  private final FindingContextService contexts;
  private final CurrentViewer viewer;

  FindingContextController(FindingContextService contexts, CurrentViewer viewer) {
    this.contexts = contexts;
    this.viewer = viewer;
  }

  @GetMapping("/api/findings/{findingId}")
  @Operation(summary = "问题档案：方面、问题、时限、措施、进展、佐证、退回记录、销号")
  FindingContext finding(@PathVariable UUID findingId) {
    return contexts.of(findingId, viewer.get());
  }
}
