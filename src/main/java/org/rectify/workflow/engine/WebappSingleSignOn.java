package org.rectify.workflow.engine;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One login for Tasklist, Cockpit, Admin and {@code /engine-rest}: the servlet filters below run
 * after the Spring Security chain and before the webapps' own filters (which Camunda's initializer
 * adds later and only when no filter of the same name exists).
 *
 * <ul>
 *   <li>{@code /camunda/*}: Camunda's container-based authentication takes the signed-in user from
 *       Spring Security into the webapp session.
 *   <li>{@code /engine-rest/*}: every call runs as the calling user with the user's groups, so the
 *       engine's authorizations apply (without this filter the REST API is anonymous and
 *       unchecked).
 *   <li>{@code CsrfPreventionFilter}: replaced by a pass-through; Spring Security checks the same
 *       cookie {@code XSRF-TOKEN} / header {@code X-XSRF-TOKEN} for the whole application, and two
 *       filters writing one cookie name would invalidate each other's tokens.
 * </ul>
 */
@Configuration
class WebappSingleSignOn {

  private static final String PROVIDER = SpringSecurityEngineAuthentication.class.getName();

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOnFilter() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("Rectify Webapp Single Sign-On");
    registration.setInitParameters(Map.of("authentication-provider", PROVIDER));
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(101);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("Rectify Engine REST Authentication");
    registration.setInitParameters(
        Map.of("authentication-provider", PROVIDER, "rest-url-pattern-prefix", "/engine-rest"));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(102);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> camundaCsrfPreventionReplaced() {
    Filter passThrough = (request, response, chain) -> chain.doFilter(request, response);
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(passThrough);
    registration.setName("CsrfPreventionFilter");
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(103);
    return registration;
  }
}
