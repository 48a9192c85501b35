package org.rectify.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 督办 of an overdue measure. */
@RestController
@RequestMapping("/api/measures/{measureId}")
@Tag(name = "督查督办")
class SupervisionController {

  private final SupervisionService supervision;

  SupervisionController(SupervisionService supervision) {
    this.supervision = supervision;
  }

  record NoticeBody(String text) {}

  @PostMapping("/supervision-notice")
  @Operation(summary = "下发督办意见")
  Map<String, Object> issue(
      @PathVariable UUID measureId, @RequestBody NoticeBody body, Principal caller) {
    SupervisionNotice notice = supervision.issueNotice(measureId, body.text(), caller.getName());
    return Map.of("measureId", measureId, "supervisionNoticeId", notice.getId());
  }
}
