package org.rectify.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.rectify.web.InvalidInputException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The close-out steps, closure by directive and 回头看 of a finding. */
@RestController
@RequestMapping("/api/findings/{findingId}")
@Tag(name = "验收销号")
class VerificationController {

  private final VerificationService verification;

  VerificationController(VerificationService verification) {
    this.verification = verification;
  }

  record ApplicationBody(String selfCheck) {}

  record DecisionBody(Boolean confirmed, Boolean certified, String reason) {}

  record DirectiveBody(String title, String documentNumber) {}

  record FollowUpBody(Boolean relapsed, String note) {}

  @PostMapping("/close-out-application")
  @Operation(summary = "申请销号（部门自审），或继续整改后再次申请")
  Map<String, Object> apply(
      @PathVariable UUID findingId, @RequestBody ApplicationBody body, Principal caller) {
    CloseOutApplication application =
        verification.applyForCloseOut(findingId, body.selfCheck(), caller.getName());
    return Map.of("findingId", findingId, "applicationId", application.getId());
  }

  @PostMapping("/close-out-confirmation")
  @Operation(summary = "责任领导确认，或写明理由退回")
  Map<String, Object> confirm(
      @PathVariable UUID findingId, @RequestBody DecisionBody body, Principal caller) {
    boolean confirmed = required(body.confirmed(), "confirmed");
    verification.confirmCloseOut(findingId, confirmed, body.reason(), caller.getName());
    return Map.of("findingId", findingId, "confirmed", confirmed);
  }

  @PostMapping("/close-out-certification")
  @Operation(summary = "整改办审核认定，或写明理由退回继续整改")
  Map<String, Object> certify(
      @PathVariable UUID findingId, @RequestBody DecisionBody body, Principal caller) {
    boolean certified = required(body.certified(), "certified");
    verification.certifyCloseOut(findingId, certified, body.reason(), caller.getName());
    return Map.of("findingId", findingId, "certified", certified);
  }

  @PostMapping("/directive-closure")
  @Operation(summary = "按上级通知销号（已作销号处理）")
  Map<String, Object> closeByDirective(
      @PathVariable UUID findingId, @RequestBody DirectiveBody body, Principal caller) {
    CloseOut closeOut =
        verification.closeByDirective(
            findingId, body.title(), body.documentNumber(), caller.getName());
    return Map.of(
        "findingId", findingId, "closeOutId", closeOut.getId(), "mode", closeOut.getMode().label());
  }

  @PostMapping("/follow-up-check")
  @Operation(summary = "回头看：是否反弹")
  Map<String, Object> followUp(
      @PathVariable UUID findingId, @RequestBody FollowUpBody body, Principal caller) {
    boolean relapsed = required(body.relapsed(), "relapsed");
    FollowUpResult result =
        verification.recordFollowUp(findingId, relapsed, body.note(), caller.getName());
    return Map.of("findingId", findingId, "followUpId", result.getId(), "relapsed", relapsed);
  }

  private static boolean required(Boolean decision, String field) {
    if (decision == null) {
      throw InvalidInputException.of(field, "必须选择 true（同意）或 false（退回）");
    }
    return decision;
  }
}
