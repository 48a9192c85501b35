package org.rectify.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.rectify.inspection.Inspection;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inspections")
@Tag(name = "登记", description = "登记巡视巡察及其反馈意见")
class RegistrationController {

  private final RegistrationService registration;

  RegistrationController(RegistrationService registration) {
    this.registration = registration;
  }

  @PostMapping
  @Operation(
      summary = "登记一次巡视巡察及其全部反馈意见",
      description = "要么全部保存，要么什么都不保存；错误以 application/problem+json 返回，逐项列出 JSON 路径和中文说明。")
  ResponseEntity<Map<String, UUID>> register(
      @RequestBody InspectionRegistration request, Principal principal) {
    Inspection inspection = registration.register(request, principal.getName());
    return ResponseEntity.created(URI.create("/api/inspections/" + inspection.getId() + "/ledger"))
        .body(Map.of("id", inspection.getId()));
  }
}
