package org.rectify.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. The Camunda webapps under {@code /camunda} keep their own login for now; the
 * JSON API and {@code /engine-rest} need an official's credentials (HTTP Basic or session).
 */
@Configuration
class SecurityConfig {

  @Bean
  SecurityFilterChain rectifyFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(antMatcher(HttpMethod.POST, "/api/inspections"))
                    .hasAnyRole("OFFICE", "ADMIN")
                    .requestMatchers(antMatcher("/api/**"), antMatcher("/engine-rest/**"))
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .httpBasic(basic -> basic.realmName("Rectify"))
        // The JSON API is called with explicit credentials; the browser session of the Camunda
        // webapps is protected by the webapps' own CSRF filter.
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    antMatcher("/api/**"), antMatcher("/engine-rest/**"), antMatcher("/camunda/**")))
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }
}
