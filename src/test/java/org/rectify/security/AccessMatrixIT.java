package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.rectify.workflow.engine.UnitInstanceAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may do what, per role (office, leader, unit A, unit B, supervisor, anonymous), over the app's
 * API, {@code /engine-rest} and the public site. Scripts use HTTP Basic; the engine's
 * authorizations decide what {@code /engine-rest} shows.
 */
@PostgresIntegrationTest
class AccessMatrixIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNIT_A_GROUP = "unit-" + TestDirectory.UNIT_A;

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired UnitInstanceAccess instanceAccess;

  @BeforeEach
  void organisationAndProbeProcess() {
    TestDirectory.ensure(directory);
    repository
        .createDeployment()
        .name("security-probe")
        .addClasspathResource("security/unit-task-probe.bpmn")
        .enableDuplicateFiltering(true)
        .deploy();
  }

  @Test
  void everyOfficialReadsTodayAsTheServerCountsItAndAnonymousDoesNot() throws Exception {
    for (String user :
        new String[] {"t-office", "t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
      HttpResponse<String> today = as(user).get("/api/calendar/today");
      assertThat(today.statusCode()).as(user).isEqualTo(200);
      assertThat(JSON.readTree(today.body()).path("zone").asText()).isEqualTo("Asia/Shanghai");
    }
    assertThat(new Browser(port).get("/api/calendar/today").statusCode()).isEqualTo(401);
  }

  @Test
  void everyOfficialReadsTheInspectionListAndAnonymousGetsAChinese401() {
    for (String user :
        new String[] {"t-office", "t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
      assertThat(as(user).get("/api/inspections").statusCode()).as(user).isEqualTo(200);
    }
    HttpResponse<String> anonymous = new Browser(port).get("/api/inspections");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(anonymous.body()).contains("未登录");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
        .startsWith("Basic");
  }

  @Test
  void onlyTheOfficeRegistersInspections() throws Exception {
    String body =
        JSON.writeValueAsString(
            inspection().aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader")).build());

    assertThat(as("t-office").postJson("/api/inspections", body, false).statusCode())
        .isEqualTo(201);
    for (String user : new String[] {"t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
      HttpResponse<String> denied = as(user).postJson("/api/inspections", body, false);
      assertThat(denied.statusCode()).as(user).isEqualTo(403);
      assertThat(denied.body()).as(user).contains("无权操作");
    }
    assertThat(new Browser(port).postJson("/api/inspections", body, false).statusCode())
        .isEqualTo(401);
  }

  @Test
  void unitStaffSeeOnlyTheirOwnUnitsFindingsInTheLedger() throws Exception {
    String body =
        JSON.writeValueAsString(
            inspection()
                .aspect(
                    "方面一",
                    finding("甲科的问题", TestDirectory.UNIT_A, "t-leader"),
                    finding("乙科的问题", TestDirectory.UNIT_B, "t-leader"))
                .build());
    String id =
        JSON.readTree(as("t-office").postJson("/api/inspections", body, false).body())
            .get("id")
            .asText();
    String ledger = "/api/inspections/" + id + "/ledger";

    assertThat(as("t-unit-a").get(ledger).body()).contains("甲科的问题").doesNotContain("乙科的问题");
    assertThat(as("t-unit-b").get(ledger).body()).contains("乙科的问题").doesNotContain("甲科的问题");
    for (String user : new String[] {"t-office", "t-leader", "t-supervisor"}) {
      assertThat(as(user).get(ledger).body()).as(user).contains("甲科的问题", "乙科的问题");
    }
    assertThat(new Browser(port).get(ledger).statusCode()).isEqualTo(401);
  }

  @Test
  void theAuditLogIsForTheOfficeAndSupervisorsOnly() {
    assertThat(as("t-office").get("/api/audit").statusCode()).isEqualTo(200);
    assertThat(as("t-supervisor").get("/api/audit").statusCode()).isEqualTo(200);
    assertThat(as("t-leader").get("/api/audit").statusCode()).isEqualTo(403);
    assertThat(as("t-unit-a").get("/api/audit").statusCode()).isEqualTo(403);
    assertThat(new Browser(port).get("/api/audit").statusCode()).isEqualTo(401);
  }

  @Test
  void everyOfficialReadsProcessDefinitionsThroughEngineRestAndAnonymousNone() throws Exception {
    for (String user :
        new String[] {"t-office", "t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
      JsonNode definitions =
          JSON.readTree(as(user).get("/engine-rest/process-definition?key=SecurityProbe").body());
      assertThat(definitions.size()).as(user).isGreaterThanOrEqualTo(1);
    }
    assertThat(new Browser(port).get("/engine-rest/process-definition").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aUnitsCandidateTaskIsSeenAndWorkedByThatUnitAndReadAcrossBySupervisionOnly()
      throws Exception {
    String instance =
        runtime
            .startProcessInstanceByKey("SecurityProbe", Map.of("unitGroup", UNIT_A_GROUP))
            .getId();
    String taskQuery = "/engine-rest/task?processInstanceId=" + instance;

    assertThat(count(as("t-unit-a").get(taskQuery))).isEqualTo(1);
    assertThat(count(as("t-unit-b").get(taskQuery))).isZero();
    assertThat(count(as("t-supervisor").get(taskQuery))).isEqualTo(1);
    assertThat(count(as("t-leader").get(taskQuery))).isEqualTo(1);
    assertThat(count(as("t-office").get(taskQuery))).isEqualTo(1);

    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(
            as("t-unit-b")
                .postJson("/engine-rest/task/" + taskId + "/complete", "{}", false)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            as("t-supervisor")
                .postJson("/engine-rest/task/" + taskId + "/complete", "{}", false)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            as("t-unit-a")
                .postJson(
                    "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"t-unit-a\"}", false)
                .statusCode())
        .isEqualTo(204);
    assertThat(
            as("t-unit-a")
                .postJson("/engine-rest/task/" + taskId + "/complete", "{}", false)
                .statusCode())
        .isEqualTo(204);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void unitsReadOnlyProcessInstancesGrantedToThemWhileSupervisionReadsAll() throws Exception {
    String instance =
        runtime
            .startProcessInstanceByKey("SecurityProbe", Map.of("unitGroup", UNIT_A_GROUP))
            .getId();
    String query = "/engine-rest/process-instance?processInstanceIds=" + instance;

    assertThat(count(as("t-unit-a").get(query))).isZero();
    instanceAccess.grantRead(instance, UNIT_A_GROUP);
    instanceAccess.grantRead(instance, UNIT_A_GROUP);

    assertThat(count(as("t-unit-a").get(query))).isEqualTo(1);
    assertThat(count(as("t-unit-b").get(query))).isZero();
    assertThat(count(as("t-supervisor").get(query))).isEqualTo(1);
    assertThat(count(as("t-office").get(query))).isEqualTo(1);
    assertThat(as("t-supervisor").delete("/engine-rest/process-instance/" + instance).statusCode())
        .isEqualTo(403);
    assertThat(as("t-office").delete("/engine-rest/process-instance/" + instance).statusCode())
        .isEqualTo(204);
  }

  @Test
  void onlyAdministratorsCreateTaskFilters() {
    String filter =
        "{\"resourceType\":\"Task\",\"name\":\"我的待办\",\"query\":{\"assigneeExpression\":\"${currentUser()}\"}}";

    assertThat(as("t-office").postJson("/engine-rest/filter/create", filter, false).statusCode())
        .isEqualTo(403);
    assertThat(as("t-unit-a").postJson("/engine-rest/filter/create", filter, false).statusCode())
        .isEqualTo(403);
    HttpResponse<String> byAdmin =
        new Browser(port)
            .withBasic("admin", System.getProperty("RECTIFY_ADMIN_PASSWORD"))
            .postJson("/engine-rest/filter/create", filter, false);
    assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(200);
  }

  @Test
  void refusesExpressionsInAdHocTaskQueries() {
    HttpResponse<String> response =
        as("t-supervisor")
            .postJson("/engine-rest/task", "{\"assigneeExpression\":\"${currentUser()}\"}", false);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).containsIgnoringCase("expressions are forbidden");
  }

  @Test
  void theOfficeAndAdministratorsManageTheDirectoryAndNobodyElse() {
    Browser admin =
        new Browser(port).withBasic("admin", System.getProperty("RECTIFY_ADMIN_PASSWORD"));
    // Bodies that fail validation: allowed callers get 400 (nothing changes), others 403/401.
    String[][] writes = {
      {"POST", "/api/units"},
      {"PUT", "/api/units/" + TestDirectory.UNIT_A},
      {"POST", "/api/units/no-such-unit/deactivate"},
      {"POST", "/api/officials"},
      {"PUT", "/api/officials/t-unit-b"},
      {"POST", "/api/officials/t-unit-b/role"},
      {"POST", "/api/officials/t-unit-b/password"},
      {"POST", "/api/officials/no-such-official/deactivate"}
    };
    for (String[] write : writes) {
      String what = write[0] + " " + write[1];
      assertThat(send(admin, write)).as("admin " + what).isIn(400, 404);
      assertThat(send(as("t-office"), write)).as("office " + what).isIn(400, 404);
      for (String user : new String[] {"t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
        assertThat(send(as(user), write)).as(user + " " + what).isEqualTo(403);
      }
      assertThat(send(new Browser(port), write)).as("anonymous " + what).isEqualTo(401);
    }
    for (String read :
        new String[] {
          "/api/officials/t-unit-b/open-work", "/api/directory/export.xlsx", "/directory"
        }) {
      assertThat(admin.get(read).statusCode()).as("admin " + read).isEqualTo(200);
      assertThat(as("t-office").get(read).statusCode()).as("office " + read).isEqualTo(200);
      for (String user : new String[] {"t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
        assertThat(as(user).get(read).statusCode()).as(user + " " + read).isEqualTo(403);
      }
      assertThat(new Browser(port).get(read).statusCode()).as("anonymous " + read).isIn(401, 302);
    }
    // The Excel import can create any role: administrators only.
    for (String user :
        new String[] {"t-office", "t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
      assertThat(as(user).postJson("/api/directory/import", "{}", false).statusCode())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(admin.postJson("/api/directory/import", "{}", false).statusCode()).isNotIn(401, 403);
    // Every official reads the directory for the pickers.
    for (String user :
        new String[] {"t-office", "t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
      assertThat(as(user).get("/api/units").statusCode()).as(user).isEqualTo(200);
      assertThat(as(user).get("/api/officials").statusCode()).as(user).isEqualTo(200);
    }
  }

  private static int send(Browser browser, String[] write) {
    return (write[0].equals("PUT")
            ? browser.putJson(write[1], "{}", false)
            : browser.postJson(write[1], "{}", false))
        .statusCode();
  }

  @Test
  void everyOfficialReadsTheSupervisionDeskScopedToTheirRowsOnlySupervisionUrgesAndAnonymousNone() {
    String unknownMeasure = "/api/supervision/measures/" + java.util.UUID.randomUUID();
    for (String user :
        new String[] {"t-office", "t-leader", "t-unit-a", "t-unit-b", "t-supervisor"}) {
      assertThat(as(user).get("/api/supervision/desk").statusCode()).as(user).isEqualTo(200);
      assertThat(as(user).get("/api/supervision/desk/export.xlsx").statusCode())
          .as(user)
          .isEqualTo(200);
      assertThat(as(user).get(unknownMeasure + "/light").statusCode()).as(user).isEqualTo(404);
      assertThat(as(user).get(unknownMeasure + "/urges").statusCode()).as(user).isEqualTo(404);
    }
    for (String user : new String[] {"t-office", "t-supervisor"}) {
      assertThat(
              as(user)
                  .postJson(unknownMeasure + "/urges", "{\"text\":\"请抓紧\"}", false)
                  .statusCode())
          .as(user)
          .isEqualTo(404);
    }
    for (String user : new String[] {"t-leader", "t-unit-a", "t-unit-b"}) {
      HttpResponse<String> denied =
          as(user).postJson(unknownMeasure + "/urges", "{\"text\":\"请抓紧\"}", false);
      assertThat(denied.statusCode()).as(user).isEqualTo(403);
      assertThat(denied.body()).as(user).contains("无权操作");
    }
    Browser anonymous = new Browser(port);
    assertThat(anonymous.get("/api/supervision/desk").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/api/supervision/desk/export.xlsx").statusCode()).isEqualTo(401);
    assertThat(anonymous.get(unknownMeasure + "/light").statusCode()).isEqualTo(401);
    assertThat(new Browser(port).postJson(unknownMeasure + "/urges", "{}", false).statusCode())
        .isEqualTo(401);
    assertThat(anonymous.get("/supervision").statusCode()).isIn(302, 401);
  }

  @Test
  void thePublicSiteNeedsNoLogin() {
    HttpResponse<String> response = new Browser(port).get("/public/bulletins");

    assertThat(response.statusCode()).isNotIn(401, 403, 302);
  }

  private Browser as(String user) {
    return new Browser(port).withBasic(user, TestDirectory.PASSWORD);
  }

  private static int count(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).size();
  }

  static Map<String, String> form(String... pairs) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      form.put(pairs[i], pairs[i + 1]);
    }
    return form;
  }
}
