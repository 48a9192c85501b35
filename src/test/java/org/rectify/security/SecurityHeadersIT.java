package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class SecurityHeadersIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void sendsTheSecurityHeadersOnTheAppsPages() {
    HttpResponse<String> page = new Browser(port).get("/login");

    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(page.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(page.headers().firstValue("Strict-Transport-Security"))
        .as("no HSTS over plain HTTP")
        .isEmpty();
  }

  @Test
  void marksCookiesHttpOnlyAndSameSiteAndSecureBehindAnHttpsProxy() {
    Browser plain = new Browser(port);
    HttpResponse<String> login = plain.login("t-office", TestDirectory.PASSWORD);
    List<String> plainCookies = login.headers().allValues("Set-Cookie");

    assertThat(plainCookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax")
                    .doesNotContain("Secure"));
    assertThat(plainCookies)
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("XSRF-TOKEN=")
                    .containsIgnoringCase("SameSite=Lax")
                    .doesNotContain("HttpOnly"));

    Browser proxied = new Browser(port).withHeader("X-Forwarded-Proto", "https");
    assertThat(proxied.get("/login").headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("Secure"));
    // The test talks plain HTTP to the "proxied" app, so the client withholds Secure cookies: send
    // it by hand.
    String token = proxied.cookie("XSRF-TOKEN");
    HttpResponse<String> secureLogin =
        proxied
            .withHeader("Cookie", "XSRF-TOKEN=" + token)
            .postForm(
                "/login",
                java.util.Map.of(
                    "username", "t-office", "password", TestDirectory.PASSWORD, "_csrf", token),
                false);
    assertThat(secureLogin.statusCode()).isEqualTo(302);
    assertThat(secureLogin.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
    assertThat(
            proxied.get("/login").headers().firstValue("Strict-Transport-Security").orElseThrow())
        .contains("max-age=31536000");
  }

  @Test
  void leavesTheWebappsTheirOwnContentSecurityPolicy() {
    Browser browser = new Browser(port);
    browser.login("t-office", TestDirectory.PASSWORD);

    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");

    assertThat(tasklist.statusCode()).isEqualTo(200);
    List<String> policies = tasklist.headers().allValues("Content-Security-Policy");
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0)).contains("script-src").doesNotContain("frame-ancestors 'self'");
  }

  @Test
  void answersApiCallsWithoutAStackTrace() {
    HttpResponse<String> response =
        new Browser(port)
            .withBasic("t-office", TestDirectory.PASSWORD)
            .get("/api/inspections/not-a-uuid/ledger");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("Exception", "at org.");
  }
}
