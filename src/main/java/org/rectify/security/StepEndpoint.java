package org.rectify.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rectify.organization.OfficialRole;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * 办理环节: the lifecycle step endpoints and the roles that may work each — the candidate groups of the
 * step's user task in {@code bpmn/}. {@link SecurityConfig} refuses every other role (403) before
 * anything else, so that a refusal never depends on whether the step is open; the services then
 * hide other units' records (404), and the workflow says whether the step is open (409).
 */
enum StepEndpoint {
  ASSIGNMENT("/api/inspections/*/assignment", "分解交办", OfficialRole.OFFICE),
  STAGE_BULLETIN("/api/inspections/*/stage-bulletins", "发起阶段性通报", OfficialRole.OFFICE),
  REPORT("/api/inspections/*/rectification-report", "编制整改报告", OfficialRole.OFFICE),
  DRAFT_MEASURES("/api/findings/*/measures", "制定整改措施", OfficialRole.UNIT),
  REVIEW_MEASURES("/api/findings/*/plan-review", "审核整改措施", OfficialRole.OFFICE),
  APPLY_FOR_CLOSE_OUT("/api/findings/*/close-out-application", "申请销号", OfficialRole.UNIT),
  CONFIRM_CLOSE_OUT("/api/findings/*/close-out-confirmation", "责任领导确认", OfficialRole.LEADER),
  CERTIFY_CLOSE_OUT("/api/findings/*/close-out-certification", "审核认定", OfficialRole.OFFICE),
  DIRECTIVE_CLOSURE("/api/findings/*/directive-closure", "按上级通知销号", OfficialRole.OFFICE),
  FOLLOW_UP_CHECK(
      "/api/findings/*/follow-up-check", "回头看", OfficialRole.OFFICE, OfficialRole.SUPERVISOR),
  PROGRESS("/api/measures/*/progress", "报送整改进展", OfficialRole.UNIT),
  EVIDENCE("/api/measures/*/evidence", "上传佐证材料", OfficialRole.UNIT),
  COMPLETION("/api/measures/*/completion", "落实整改措施", OfficialRole.UNIT),
  EXTENSION_REQUEST("/api/measures/*/extension-requests", "申请延期", OfficialRole.UNIT),
  EXTENSION_DECISION("/api/measures/*/extension-decision", "审批延期申请", OfficialRole.OFFICE),
  SUPERVISION_NOTICE("/api/measures/*/supervision-notice", "督办", OfficialRole.SUPERVISOR),
  DRAFT_BULLETIN("/api/bulletins/*/draft", "起草通报", OfficialRole.OFFICE),
  APPROVE_BULLETIN("/api/bulletins/*/approval", "审定通报", OfficialRole.LEADER),
  TRIAGE_OPINION("/api/opinions/*/triage", "处理意见建议", OfficialRole.OFFICE);

  private final RequestMatcher matcher;
  private final String stepName;
  private final List<OfficialRole> roles;

  StepEndpoint(String path, String stepName, OfficialRole... roles) {
    this.matcher = antMatcher(HttpMethod.POST, path);
    this.stepName = stepName;
    this.roles = List.of(roles);
  }

  RequestMatcher matcher() {
    return matcher;
  }

  /** Spring Security role names ({@code hasAnyRole}). */
  String[] roleNames() {
    return roles.stream().map(Enum::name).toArray(String[]::new);
  }

  /** What a caller of another role is told. */
  String refusal() {
    return "您无权办理「"
        + stepName
        + "」：该环节由"
        + roles.stream().map(OfficialRole::label).collect(Collectors.joining("或"))
        + "办理。";
  }

  /** Registers every step endpoint with its roles (before the catch-all rules). */
  static void authorizeByRole(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests) {
    for (StepEndpoint step : values()) {
      requests.requestMatchers(step.matcher).hasAnyRole(step.roleNames());
    }
  }

  static Optional<StepEndpoint> of(HttpServletRequest request) {
    return Arrays.stream(values()).filter(step -> step.matcher.matches(request)).findFirst();
  }
}
