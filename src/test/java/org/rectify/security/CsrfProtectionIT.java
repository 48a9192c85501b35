package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class CsrfProtectionIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  String registration;

  @BeforeEach
  void organisation() throws Exception {
    TestDirectory.ensure(directory);
    registration =
        new ObjectMapper()
            .writeValueAsString(
                inspection()
                    .aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader"))
                    .build());
  }

  @Test
  void refusesASessionPostWithoutTheTokenAndWritesNothing() {
    Browser browser = new Browser(port);
    browser.login("t-office", TestDirectory.PASSWORD);

    HttpResponse<String> forged = browser.postJson("/api/inspections", registration, false);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(forged.body()).contains("CSRF", "X-XSRF-TOKEN");
  }

  @Test
  void acceptsASessionPostThatEchoesTheXsrfCookieInTheHeader() {
    Browser browser = new Browser(port);
    browser.login("t-office", TestDirectory.PASSWORD);

    assertThat(browser.cookie("XSRF-TOKEN")).isNotBlank();
    assertThat(browser.postJson("/api/inspections", registration, true).statusCode())
        .isEqualTo(201);
  }

  @Test
  void refusesAWrongTokenEvenWithTheCookie() {
    Browser browser = new Browser(port);
    browser.login("t-office", TestDirectory.PASSWORD);

    HttpResponse<String> response =
        browser
            .withHeader("X-XSRF-TOKEN", "guessed")
            .postJson("/api/inspections", registration, false);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void exemptsScriptsThatSendHttpBasicCredentials() {
    Browser script = new Browser(port).withBasic("t-office", TestDirectory.PASSWORD);

    assertThat(script.postJson("/api/inspections", registration, false).statusCode())
        .isEqualTo(201);
  }

  @Test
  void protectsTheLoginFormAndTheWebappsToo() {
    Browser browser = new Browser(port);
    browser.get("/login");
    HttpResponse<String> loginWithoutToken =
        browser.postForm(
            "/login", Map.of("username", "t-office", "password", TestDirectory.PASSWORD), false);
    assertThat(loginWithoutToken.statusCode()).isEqualTo(403);

    browser.login("t-office", TestDirectory.PASSWORD);
    browser.get("/camunda/app/tasklist/default/");
    HttpResponse<String> webappLogoutWithoutToken =
        browser.postForm("/camunda/api/admin/auth/user/default/logout", Map.of(), false);
    assertThat(webappLogoutWithoutToken.statusCode()).isEqualTo(403);
    assertThat(browser.get("/api/inspections").statusCode()).isEqualTo(200);
  }
}
