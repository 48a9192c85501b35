package org.rectify.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-address login limiter on top of the engine's per-user delay: an address that failed more than
 * {@code rectify.security.login.max-failures} times within {@code rectify.security.login.window}
 * gets 429 for every further login attempt until the window has passed, whichever user it tries.
 * Kept in memory per node: it slows down guessing, the engine's per-user lock stops it.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

  private final Duration window;
  private final SlidingWindowLimit failures;

  LoginThrottle(
      @Value("${rectify.security.login.max-failures:20}") int maxFailures,
      @Value("${rectify.security.login.window:PT10M}") Duration window,
      Clock clock) {
    this.window = window;
    this.failures = new SlidingWindowLimit(maxFailures, window, clock);
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      failures.record(details.getRemoteAddress());
    }
  }

  /** Whether the address has used up its failed attempts for now. */
  boolean blocked(String address) {
    return failures.exhausted(address);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (carriesCredentials(request) && blocked(request.getRemoteAddr())) {
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(window.toSeconds()));
      ProblemResponses.write(
          response,
          HttpStatus.TOO_MANY_REQUESTS,
          "登录尝试过于频繁",
          "该地址登录失败次数过多，请 " + Math.max(1, window.toMinutes()) + " 分钟后再试。");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean carriesCredentials(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return true;
    }
    return "POST".equals(request.getMethod())
        && (SecurityConfig.LOGIN_PAGE.equals(request.getServletPath())
            || CamundaLoginBridge.matches(request));
  }
}
