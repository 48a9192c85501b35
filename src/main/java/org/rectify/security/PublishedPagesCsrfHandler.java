package org.rectify.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Loads the CSRF token (and so sets its cookie) eagerly on every request except the published
 * public pages, where it stays deferred: nothing on those pages reads it, so the answer carries no
 * {@code Set-Cookie} and a browser or proxy may cache it.
 */
final class PublishedPagesCsrfHandler implements CsrfTokenRequestHandler {

  private final RequestMatcher publishedPages;
  private final CsrfTokenRequestHandler deferred;
  private final CsrfTokenRequestHandler eager;

  PublishedPagesCsrfHandler(
      RequestMatcher publishedPages,
      CsrfTokenRequestHandler deferred,
      CsrfTokenRequestHandler eager) {
    this.publishedPages = publishedPages;
    this.deferred = deferred;
    this.eager = eager;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    (publishedPages.matches(request) ? deferred : eager).handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    return eager.resolveCsrfTokenValue(request, token);
  }
}
