package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRole;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class OneLoginIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void sendsAnonymousVisitorsOfTasklistToTheChineseLoginPage() {
    Browser browser = new Browser(port);

    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
    HttpResponse<String> page = browser.get("/login");

    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("巡视巡察整改工作平台", "用户名", "密码", "name=\"_csrf\"");
  }

  @Test
  void oneLoginOpensTasklistCockpitTheApiAndEngineRestInOneSession() {
    Browser browser = new Browser(port);

    HttpResponse<String> login = browser.login("t-office", TestDirectory.PASSWORD);

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
    HttpResponse<String> webappUser = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(webappUser.statusCode()).isEqualTo(200);
    assertThat(webappUser.body()).contains("\"userId\":\"t-office\"", "tasklist", "cockpit");
    assertThat(browser.get("/api/inspections").statusCode()).isEqualTo(200);
    assertThat(browser.get("/engine-rest/process-definition").statusCode()).isEqualTo(200);
  }

  @Test
  void givesUnitStaffTasklistButNotCockpitOrAdmin() {
    Browser browser = new Browser(port);
    browser.login("t-unit-a", TestDirectory.PASSWORD);
    browser.get("/camunda/app/tasklist/default/");

    String webappUser = browser.get("/camunda/api/admin/auth/user/default").body();

    assertThat(webappUser)
        .contains("\"userId\":\"t-unit-a\"", "tasklist")
        .doesNotContain("cockpit", "admin\"");
  }

  @Test
  void refusesAWrongPasswordWithAChineseMessageOnTheLoginPage() {
    // Its own user: after a failed attempt the engine holds the account back for a few seconds.
    directory.registerOfficial(
        new Official("t-mistyped", "输错密码测试", null, OfficialRole.SUPERVISOR, null, null),
        TestDirectory.PASSWORD);
    Browser browser = new Browser(port);

    HttpResponse<String> login = browser.login("t-mistyped", "not-the-password");
    HttpResponse<String> page = browser.get("/login?error");

    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    assertThat(page.body()).contains("用户名或密码错误");
    assertThat(browser.get("/api/inspections").statusCode()).isEqualTo(401);
  }

  @Test
  void logoutEndsTheSessionForTheAppAndTheWebapps() {
    Browser browser = new Browser(port);
    browser.login("t-leader", TestDirectory.PASSWORD);
    assertThat(browser.get("/api/inspections").statusCode()).isEqualTo(200);

    HttpResponse<String> logout = browser.postForm("/logout", Map.of(), true);

    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
    assertThat(browser.get("/api/inspections").statusCode()).isEqualTo(401);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
  }

  @Test
  void theWebappsOwnLogoutAndLoginFormUseTheSameSession() {
    Browser browser = new Browser(port);
    browser.login("t-unit-b", TestDirectory.PASSWORD);

    HttpResponse<String> logout =
        browser.postForm("/camunda/api/admin/auth/user/default/logout", Map.of(), true);
    assertThat(logout.statusCode()).isEqualTo(200);
    assertThat(browser.get("/api/inspections").statusCode()).isEqualTo(401);

    HttpResponse<String> login =
        browser.postForm(
            "/camunda/api/admin/auth/user/default/login/tasklist",
            Map.of("username", "t-unit-b", "password", TestDirectory.PASSWORD),
            true);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(browser.get("/api/inspections").statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/admin/auth/user/default").body())
        .contains("\"userId\":\"t-unit-b\"");
  }

  @Test
  void tellsAUserHeldBackByTheEngineAfterFailedAttemptsUntilWhen() {
    directory.registerOfficial(
        new Official("t-locked", "锁定测试", null, OfficialRole.SUPERVISOR, null, null),
        TestDirectory.PASSWORD);
    Browser script = new Browser(port);
    for (int attempt = 0; attempt < 3; attempt++) {
      script.withBasic("t-locked", "wrong").get("/api/inspections");
    }

    HttpResponse<String> rightPassword =
        new Browser(port).withBasic("t-locked", TestDirectory.PASSWORD).get("/api/inspections");

    assertThat(rightPassword.statusCode()).isEqualTo(401);
    assertThat(rightPassword.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(rightPassword.body()).contains("登录失败次数过多", "暂时锁定");
  }
}
