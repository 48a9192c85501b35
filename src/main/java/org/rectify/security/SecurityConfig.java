package org.rectify.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, and how they sign in: one login (the page {@code /login}, or HTTP Basic for
 * scripts) opens one session for the app's pages, its JSON API, {@code /engine-rest} and the
 * Camunda webapps (the webapps pick the signed-in user up in {@code
 * workflow.engine.WebappSingleSignOn}).
 *
 * <p>CSRF: every state-changing request made with a session must echo the cookie {@code XSRF-TOKEN}
 * in the header {@code X-XSRF-TOKEN} (what the Camunda webapps and AngularJS embedded forms already
 * do) or, in HTML forms, in the field {@code _csrf}. Requests carrying HTTP Basic credentials are
 * exempt: a browser never adds those to a forged cross-site request.
 */
@Configuration
class SecurityConfig {

  static final String LOGIN_PAGE = "/login";

  /**
   * Where a refused public form post is forwarded: a Chinese page served by {@code
   * opinion.PublicOpinionController} (which cannot import this package-private class).
   */
  static final String PUBLIC_FORM_REFUSED = "/public/form-refused";

  /**
   * Applies to the app's pages; the Camunda webapps send their own, nonce-based policy ({@code
   * camunda.bpm.webapp.header-security}).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
          + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'self'";

  private static final RequestMatcher JSON_API =
      new OrRequestMatcher(antMatcher("/api/**"), antMatcher("/engine-rest/**"));
  private static final RequestMatcher CAMUNDA_API = antMatcher("/camunda/api/**");
  private static final RequestMatcher CAMUNDA = antMatcher("/camunda/**");

  /**
   * The public site's published pages (list, edition, downloads; not the 意见建议 form): the same bytes
   * for everyone, cached by browsers and proxies, so their answers carry no cookie.
   */
  static final RequestMatcher PUBLISHED_PAGES =
      new OrRequestMatcher(
          antMatcher(HttpMethod.GET, "/public/bulletins"),
          antMatcher(HttpMethod.GET, "/public/bulletins/*"),
          antMatcher(HttpMethod.GET, "/public/bulletins/*/text"),
          antMatcher(HttpMethod.GET, "/public/bulletins/*/docx"),
          antMatcher(HttpMethod.HEAD, "/public/bulletins"),
          antMatcher(HttpMethod.HEAD, "/public/bulletins/*"),
          antMatcher(HttpMethod.HEAD, "/public/bulletins/*/text"),
          antMatcher(HttpMethod.HEAD, "/public/bulletins/*/docx"));

  @Bean
  ProviderManager rectifyAuthenticationManager(
      RectifyAuthenticationProvider provider, ApplicationEventPublisher events) {
    ProviderManager manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager;
  }

  /** The throttle runs inside the security chain only, not as a second servlet filter. */
  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottleOutsideTheChain(LoginThrottle throttle) {
    FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(throttle);
    registration.setEnabled(false);
    return registration;
  }

  @Bean
  SecurityFilterChain rectifyFilterChain(
      HttpSecurity http, ProviderManager authenticationManager, LoginThrottle throttle)
      throws Exception {
    AuthenticationEntryPoint apiEntryPoint = new ApiAuthenticationEntryPoint(true);
    AuthenticationEntryPoint webappEntryPoint = new ApiAuthenticationEntryPoint(false);
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
    entryPoints.put(JSON_API, apiEntryPoint);
    entryPoints.put(CAMUNDA_API, webappEntryPoint);
    DelegatingAuthenticationEntryPoint entryPoint =
        new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE));

    LinkedHashMap<RequestMatcher, AccessDeniedHandler> deniedHandlers = new LinkedHashMap<>();
    deniedHandlers.put(new OrRequestMatcher(JSON_API, CAMUNDA_API), new ApiAccessDeniedHandler());
    // Public forms (意见建议) refused for a missing or stale CSRF token: a page that says what to do.
    AccessDeniedHandlerImpl publicDenied = new AccessDeniedHandlerImpl();
    publicDenied.setErrorPage(PUBLIC_FORM_REFUSED);
    deniedHandlers.put(antMatcher("/public/**"), publicDenied);
    AccessDeniedHandler denied =
        new RequestMatcherDelegatingAccessDeniedHandler(
            deniedHandlers, new AccessDeniedHandlerImpl());

    SecurityContextRepository contexts =
        new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(),
            new HttpSessionSecurityContextRepository());
    SessionFixationProtectionStrategy freshSession = new SessionFixationProtectionStrategy();
    // A clean session on every login: no webapp authentication of a previous user survives.
    freshSession.setMigrateSessionAttributes(false);

    CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    CsrfTokenRequestAttributeHandler eagerCsrf = new CsrfTokenRequestAttributeHandler();
    // Load the token on every request so that the cookie is always there for scripts to echo ...
    eagerCsrf.setCsrfRequestAttributeName(null);
    // ... except on the published public pages: cacheable by anyone, so no cookie of any kind.
    CsrfTokenRequestHandler csrfHandler =
        new PublishedPagesCsrfHandler(
            PUBLISHED_PAGES, new CsrfTokenRequestAttributeHandler(), eagerCsrf);

    http.authenticationManager(authenticationManager)
        .securityContext(context -> context.securityContextRepository(contexts))
        // Each lifecycle step by its role first: refused whatever the state of the step.
        .authorizeHttpRequests(StepEndpoint::authorizeByRole)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        antMatcher(LOGIN_PAGE),
                        antMatcher("/public/**"),
                        antMatcher("/error"),
                        antMatcher("/favicon.ico"),
                        antMatcher("/css/**"),
                        antMatcher("/v3/api-docs/**"),
                        antMatcher("/swagger-ui/**"),
                        antMatcher("/swagger-ui.html"),
                        antMatcher("/actuator/health/**"))
                    .permitAll()
                    .requestMatchers(
                        antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*"))
                    .permitAll()
                    .requestMatchers(
                        antMatcher(HttpMethod.POST, "/api/inspections"),
                        antMatcher("/api/inspections/import/**"),
                        antMatcher("/api/inspections/ledger-template.xlsx"))
                    .hasAnyRole("OFFICE", "ADMIN")
                    // 组织目录: the Excel import may create any role, so administrators only.
                    .requestMatchers(antMatcher("/api/directory/import"))
                    .hasRole("ADMIN")
                    .requestMatchers(
                        antMatcher(HttpMethod.POST, "/api/units/**"),
                        antMatcher(HttpMethod.PUT, "/api/units/**"),
                        antMatcher(HttpMethod.POST, "/api/officials/**"),
                        antMatcher(HttpMethod.PUT, "/api/officials/**"),
                        antMatcher(HttpMethod.GET, "/api/officials/*/open-work"),
                        antMatcher("/api/directory/**"),
                        antMatcher("/directory"),
                        antMatcher("/directory/**"))
                    .hasAnyRole("OFFICE", "ADMIN")
                    .requestMatchers(
                        antMatcher("/bulletins/tools/preview"),
                        antMatcher("/bulletins/tools/import"))
                    .hasRole("OFFICE")
                    .requestMatchers(
                        antMatcher("/api/bulletin-check"),
                        antMatcher("/bulletins/tools"),
                        antMatcher("/bulletins/tools/**"))
                    .hasAnyRole("OFFICE", "SUPERVISOR")
                    .requestMatchers(antMatcher("/api/audit/**"))
                    .hasAnyRole("OFFICE", "SUPERVISOR")
                    // 督查督办台: every official, scoped by role in the service; 催办 by supervision.
                    .requestMatchers(
                        antMatcher(HttpMethod.POST, "/api/supervision/measures/*/urges"))
                    .hasAnyRole("OFFICE", "SUPERVISOR")
                    .requestMatchers(
                        antMatcher("/api/supervision/desk/**"),
                        antMatcher("/api/supervision/measures/**"))
                    .authenticated()
                    .requestMatchers(antMatcher("/api/supervision/**"))
                    .hasAnyRole("OFFICE", "SUPERVISOR", "ADMIN")
                    // 意见建议: read by office and supervisors; triage also checks the task.
                    .requestMatchers(antMatcher("/api/opinions/**"))
                    .hasAnyRole("OFFICE", "SUPERVISOR")
                    // The outbox (failed deliveries, retry): administrators only. The inbox and
                    // the preferences are every signed-in user's own (scoped in notification/).
                    .requestMatchers(
                        antMatcher("/api/notifications/outbox/**"),
                        antMatcher("/notifications/outbox/**"))
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage(LOGIN_PAGE)
                    .defaultSuccessUrl("/camunda/app/tasklist/", false)
                    .failureUrl(LOGIN_PAGE + "?error")
                    .permitAll())
        .httpBasic(basic -> basic.realmName("Rectify").authenticationEntryPoint(apiEntryPoint))
        .logout(
            logout ->
                logout
                    .logoutRequestMatcher(
                        new OrRequestMatcher(
                            antMatcher(HttpMethod.POST, "/logout"),
                            antMatcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout")))
                    .logoutSuccessHandler(logoutSuccess())
                    .deleteCookies("JSESSIONID"))
        .sessionManagement(session -> session.sessionAuthenticationStrategy(freshSession))
        .exceptionHandling(
            exceptions ->
                exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(csrfHandler)
                    .requireCsrfProtectionMatcher(
                        new AndRequestMatcher(
                            CsrfFilter.DEFAULT_CSRF_MATCHER,
                            new NegatedRequestMatcher(SecurityConfig::carriesBasicCredentials),
                            new OrRequestMatcher(
                                SecurityConfig::comesWithASession,
                                antMatcher(LOGIN_PAGE),
                                CamundaLoginBridge::matches,
                                antMatcher("/public/**")))))
        .headers(
            headers ->
                headers
                    .frameOptions(frame -> frame.sameOrigin())
                    .referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    // Sent only on HTTPS requests (behind a proxy: X-Forwarded-Proto, see
                    // server.forward-headers-strategy).
                    .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(CAMUNDA),
                            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY))))
        .addFilterBefore(throttle, BasicAuthenticationFilter.class)
        .addFilterAfter(new DirectoryManagedIdentity(), AuthorizationFilter.class)
        .addFilterAfter(
            new CamundaLoginBridge(authenticationManager, contexts, webappEntryPoint),
            BasicAuthenticationFilter.class);
    return http.build();
  }

  private static LogoutSuccessHandler logoutSuccess() {
    SimpleUrlLogoutSuccessHandler toLoginPage = new SimpleUrlLogoutSuccessHandler();
    toLoginPage.setDefaultTargetUrl(LOGIN_PAGE + "?logout");
    HttpStatusReturningLogoutSuccessHandler ok =
        new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK);
    return (request, response, authentication) -> {
      if (CAMUNDA_API.matches(request)) {
        ok.onLogoutSuccess(request, response, authentication);
      } else {
        toLoginPage.onLogoutSuccess(request, response, authentication);
      }
    };
  }

  /**
   * Only a session (the cookie a browser adds to any request, forged or not) carries ambient
   * authority; an API call without a session and without credentials is simply unauthenticated.
   */
  private static boolean comesWithASession(HttpServletRequest request) {
    return request.getRequestedSessionId() != null || request.getSession(false) != null;
  }

  private static boolean carriesBasicCredentials(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }
}
