package org.rectify.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The directory is the one source of truth for users, groups and memberships: a change made in
 * Camunda Admin ({@code /camunda/api/engine/engine/…}) or through {@code /engine-rest} to a user, a
 * group or a membership is refused with 409 and a Chinese message pointing to the directory. Only a
 * signed-in user's change of their own password passes (the engine holds passwords, the directory
 * does not). Reads are untouched. See docs/directory.md.
 */
final class DirectoryManagedIdentity extends OncePerRequestFilter {

  static final String REFUSAL =
      "用户、用户组及成员关系由 Rectify 组织目录统一管理，不能在流程引擎中直接修改。请在“组织目录”页面（/directory）或通过 /api/units、/api/officials 修改。";

  private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final Pattern IDENTITY =
      Pattern.compile("^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/(user|group)(/.*)?$");
  private static final Pattern OWN_CREDENTIALS = Pattern.compile("^/([^/]+)/credentials$");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (refused(request)) {
      ProblemResponses.write(response, HttpStatus.CONFLICT, "由组织目录管理", REFUSAL);
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean refused(HttpServletRequest request) {
    if (!WRITES.contains(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher identity = IDENTITY.matcher(path);
    if (!identity.matches()) {
      return false;
    }
    String rest = identity.group(2) == null ? "" : identity.group(2);
    Matcher credentials = OWN_CREDENTIALS.matcher(rest);
    if ("user".equals(identity.group(1))
        && "PUT".equals(request.getMethod())
        && credentials.matches()) {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      return authentication == null || !authentication.getName().equals(credentials.group(1));
    }
    return true;
  }
}
