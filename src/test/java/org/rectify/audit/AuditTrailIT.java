package org.rectify.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@PostgresIntegrationTest
class AuditTrailIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired org.rectify.calendar.DeadlineCalendar calendar;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void recordsWhoRegisteredWhatAndWhenWithTheRequestId() throws Exception {
    String body =
        JSON.writeValueAsString(
            inspection()
                .with("inspectionTeam", "审计测试巡察组")
                .aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader"))
                .build());
    HttpResponse<String> created =
        new Browser(port)
            .withBasic("t-office", TestDirectory.PASSWORD)
            .withHeader("X-Request-Id", "audit-test-request-1")
            .postJson("/api/inspections", body, false);
    String id = JSON.readTree(created.body()).get("id").asText();

    JsonNode log = read("t-supervisor", "/api/audit?subjectType=Inspection&subjectId=" + id);

    assertThat(log.get("total").asLong()).isEqualTo(1);
    JsonNode entry = log.at("/items/0");
    assertThat(entry.get("actor").asText()).isEqualTo("t-office");
    assertThat(entry.get("action").asText()).isEqualTo("inspection.registered");
    assertThat(entry.get("requestId").asText()).isEqualTo("audit-test-request-1");
    assertThat(entry.get("summary").asText()).contains("审计测试巡察组");
    assertThat(entry.get("before").isNull()).isTrue();
    assertThat(JSON.readTree(entry.get("after").asText()).get("inspectionTeam").asText())
        .isEqualTo("审计测试巡察组");
    assertThat(created.headers().firstValue("X-Request-Id")).hasValue("audit-test-request-1");
  }

  @Test
  void filtersByActorAndDateAndPagesNewestFirst() throws Exception {
    String body =
        JSON.writeValueAsString(
            inspection().aspect("方面一", finding("问题一", TestDirectory.UNIT_B, "t-leader")).build());
    String today = calendar.today().toString();
    String yesterday = calendar.today().minusDays(1).toString();
    // Other tests on this database may have written entries on other days (some move the clock).
    long earlier =
        read("t-office", "/api/audit?actor=t-office&to=" + yesterday).get("total").asLong();
    Browser office = new Browser(port).withBasic("t-office", TestDirectory.PASSWORD);
    office.postJson("/api/inspections", body, false);
    office.postJson("/api/inspections", body, false);

    JsonNode firstPage =
        read("t-office", "/api/audit?actor=t-office&from=" + today + "&to=" + today + "&size=1");
    JsonNode nobody = read("t-office", "/api/audit?actor=t-unit-a");
    JsonNode before = read("t-office", "/api/audit?actor=t-office&to=" + yesterday);

    assertThat(firstPage.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(firstPage.get("items").size()).isEqualTo(1);
    JsonNode secondPage = read("t-office", "/api/audit?actor=t-office&page=1&size=1");
    assertThat(secondPage.at("/items/0/occurredAt").asText())
        .isLessThanOrEqualTo(firstPage.at("/items/0/occurredAt").asText());
    assertThat(nobody.get("total").asLong()).isZero();
    assertThat(before.get("total").asLong()).as("entries up to yesterday").isEqualTo(earlier);
  }

  @Test
  void aRefusedRegistrationLeavesNoAuditEntry() throws Exception {
    long before = read("t-office", "/api/audit?actor=t-office").get("total").asLong();
    String invalid =
        JSON.writeValueAsString(
            inspection()
                .with("feedbackDate", "2025-02-30")
                .aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader"))
                .build());

    int status =
        new Browser(port)
            .withBasic("t-office", TestDirectory.PASSWORD)
            .postJson("/api/inspections", invalid, false)
            .statusCode();

    assertThat(status).isEqualTo(400);
    assertThat(read("t-office", "/api/audit?actor=t-office").get("total").asLong())
        .isEqualTo(before);
  }

  @Test
  void namesBadFilterValuesInChinese() throws Exception {
    HttpResponse<String> response =
        new Browser(port)
            .withBasic("t-office", TestDirectory.PASSWORD)
            .get("/api/audit?from=2025-13-01&size=5000");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("from", "size");
    assertThat(response.body()).contains("日期无效", "每页条数");
  }

  private JsonNode read(String user, String path) throws Exception {
    HttpResponse<String> response =
        new Browser(port).withBasic(user, TestDirectory.PASSWORD).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
