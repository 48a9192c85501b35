package org.rectify.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda webapps' own login form (shown again after logging out inside Tasklist, Cockpit or
 * Admin) posts to {@code /camunda/api/admin/auth/user/{engine}/login/{app}}. This filter checks
 * those credentials the same way as the app's login page and opens the same Spring Security session
 * before the webapp records its own login, so both logins are one.
 */
class CamundaLoginBridge extends OncePerRequestFilter {

  private static final Pattern LOGIN =
      Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?$");

  private final AuthenticationManager authentication;
  private final SecurityContextRepository contexts;
  private final AuthenticationEntryPoint failure;
  private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

  CamundaLoginBridge(
      AuthenticationManager authentication,
      SecurityContextRepository contexts,
      AuthenticationEntryPoint failure) {
    this.authentication = authentication;
    this.contexts = contexts;
    this.failure = failure;
  }

  static boolean matches(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && LOGIN.matcher(pathOf(request)).matches();
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !matches(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    UsernamePasswordAuthenticationToken attempt =
        UsernamePasswordAuthenticationToken.unauthenticated(
            request.getParameter("username"), request.getParameter("password"));
    attempt.setDetails(details.buildDetails(request));
    Authentication signedIn;
    try {
      signedIn = authentication.authenticate(attempt);
    } catch (AuthenticationException e) {
      SecurityContextHolder.clearContext();
      failure.commence(request, response, e);
      return;
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
    // The webapp's login replaces the session (its own fixation protection): store the signed-in
    // user in the session it leaves behind.
    if (response.getStatus() < 400) {
      contexts.saveContext(context, request, response);
    }
  }
}
