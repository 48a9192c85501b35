package org.rectify.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors outside and inside controllers: problem+json with Chinese titles, never a stack trace. */
@PostgresIntegrationTest
class ErrorHygieneIT {

  @LocalServerPort int port;
  @Autowired DirectoryService directory;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void answersAnUnknownApiPathWithAChinese404() {
    assertProblem(office().get("/api/no-such-thing"), 404, "未找到");
  }

  @Test
  void answersAWrongMethodWithAChinese405() {
    assertProblem(office().delete("/api/inspections"), 405, "不支持该请求方法");
  }

  @Test
  void answersAWrongContentTypeWithAChinese415() {
    HttpResponse<String> response =
        office()
            .withHeader("Content-Type", "text/plain")
            .postForm("/api/inspections", java.util.Map.of("a", "b"), false);
    assertProblem(response, 415, "不支持的内容类型");
  }

  @Test
  void refusesAnOversizedBodyWithA413BeforeReadingIt() {
    String huge = "{\"x\":\"" + "整".repeat(1_000_000) + "\"}";

    assertProblem(office().postJson("/api/inspections", huge, false), 413, "内容过大");
  }

  @Test
  void showsBrowsersAChineseErrorPageWithoutDetails() {
    HttpResponse<String> page = office().withHeader("Accept", "text/html").get("/no-such-page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("未找到").doesNotContain("Exception", "Whitelabel");
  }

  private Browser office() {
    return new Browser(port).withBasic("t-office", TestDirectory.PASSWORD);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String title) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.body())
        .contains("\"title\":\"" + title + "\"")
        .doesNotContain("Exception", "at org.", "trace");
  }
}
