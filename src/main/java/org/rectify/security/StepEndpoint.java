package org.rectify.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rectify.organization.OfficialRole;
import org.rectify.step.UserTaskStep;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * 办理环节: the lifecycle step endpoints and the roles that may work each. The endpoint of every user
 * task and its roles (the task's candidate groups in {@code bpmn/}) come from the step catalogue
 * ({@link UserTaskStep}); the few actions that are no user task of their own are listed here, with
 * the roles of the task they are taken in where there is one. {@link SecurityConfig} refuses every
 * other role (403) before anything else, so that a refusal never depends on whether the step is
 * open; the services then hide other units' records (404), and the workflow says whether the step
 * is open (409).
 */
final class StepEndpoint {

  /** The actions that are no user task: messages to a process, and work within 落实整改措施. */
  private static final List<StepEndpoint> ACTIONS =
      List.of(
          new StepEndpoint(
              "/api/inspections/*/stage-bulletins", "发起阶段性通报", List.of(OfficialRole.OFFICE)),
          new StepEndpoint(
              "/api/findings/*/directive-closure", "按上级通知销号", List.of(OfficialRole.OFFICE)),
          within(UserTaskStep.CARRY_OUT_MEASURE, "/api/measures/*/progress", "报送整改进展"),
          within(UserTaskStep.CARRY_OUT_MEASURE, "/api/measures/*/evidence", "上传佐证材料"),
          within(UserTaskStep.CARRY_OUT_MEASURE, "/api/measures/*/extension-requests", "申请延期"));

  private static final List<StepEndpoint> ALL =
      Stream.concat(
              Arrays.stream(UserTaskStep.values())
                  .filter(step -> step.apiPath().isPresent())
                  .map(
                      step ->
                          new StepEndpoint(step.apiPath().get(), step.taskName(), step.roles())),
              ACTIONS.stream())
          .toList();

  private final RequestMatcher matcher;
  private final String stepName;
  private final List<OfficialRole> roles;

  private StepEndpoint(String path, String stepName, List<OfficialRole> roles) {
    this.matcher = antMatcher(HttpMethod.POST, path);
    this.stepName = stepName;
    this.roles = roles;
  }

  private static StepEndpoint within(UserTaskStep task, String path, String actionName) {
    return new StepEndpoint(path, actionName, task.roles());
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
    for (StepEndpoint step : ALL) {
      requests.requestMatchers(step.matcher).hasAnyRole(step.roleNames());
    }
  }

  static Optional<StepEndpoint> of(HttpServletRequest request) {
    return ALL.stream().filter(step -> step.matcher.matches(request)).findFirst();
  }
}
