package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.organization.EngineMirror.assertEngineMirrorsDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Directory management through the API: units and officials created, renamed, moved and deactivated
 * by administrators (and the office for unit staff), with Chinese problems naming the field — and
 * after every change the engine's users, groups and memberships equal the directory.
 */
@PostgresIntegrationTest
class DirectoryManagementIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private String suffix;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
    suffix = "dm" + System.nanoTime() % 100_000 + "-" + SEQUENCE.incrementAndGet();
  }

  @Test
  void anAdministratorCreatesAUnitAndAnOfficialWhoThenSignsIn() throws Exception {
    HttpResponse<String> unit =
        admin().postJson("/api/units", unitJson("u-" + suffix, "综合科" + suffix, "综合", null), false);
    assertThat(unit.statusCode()).as(unit.body()).isEqualTo(201);
    assertThat(JSON.readTree(unit.body()).get("group").asText()).isEqualTo("unit-u-" + suffix);
    assertEngineMirrorsDirectory(identity, jdbc);

    HttpResponse<String> official =
        admin()
            .postJson(
                "/api/officials",
                officialJson(
                    "o-" + suffix, "李综合", "UNIT", "u-" + suffix, "li@example.org", "010-12345678"),
                false);
    assertThat(official.statusCode()).as(official.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(official.body());
    assertThat(body.get("phone").asText()).isEqualTo("010-12345678");
    assertEngineMirrorsDirectory(identity, jdbc);

    assertThat(
            new Browser(port)
                .withBasic("o-" + suffix, "初始密码-12345")
                .get("/api/inspections")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void refusesABadUnitWithAChineseProblemNamingEveryFieldAndWritesNothing() throws Exception {
    HttpResponse<String> response =
        admin().postJson("/api/units", unitJson("坏 代码", "", null, "no-such-parent"), false);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactlyInAnyOrder("code", "name", "parent");
    assertThat(errors.findValuesAsText("message"))
        .anySatisfy(m -> assertThat(m).contains("单位代码只能由字母"))
        .anySatisfy(m -> assertThat(m).contains("单位名称必填"))
        .anySatisfy(m -> assertThat(m).contains("上级单位不存在"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from rectify.unit where code = '坏 代码'", Long.class))
        .isZero();
  }

  @Test
  void refusesABadOfficialNamingEveryFieldAndCreatesNoEngineUser() throws Exception {
    HttpResponse<String> response =
        admin()
            .postJson(
                "/api/officials",
                "{\"username\":\"Bad Name\",\"displayName\":\"\",\"role\":\"UNIT\",\"unit\":\"no-such-unit\","
                    + "\"email\":\"not-an-address\",\"phone\":\"abc\",\"password\":\"short\"}",
                false);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactlyInAnyOrder("username", "displayName", "unit", "email", "phone", "password");
    assertThat(identity.createUserQuery().userId("Bad Name").count()).isZero();
    assertEngineMirrorsDirectory(identity, jdbc);
  }

  @Test
  void refusesADuplicateUnitCodeAndAUsernameTaken() throws Exception {
    admin().postJson("/api/units", unitJson("u-" + suffix, "重复科" + suffix, null, null), false);
    HttpResponse<String> again =
        admin().postJson("/api/units", unitJson("u-" + suffix, "另一科" + suffix, null, null), false);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("单位代码已存在");

    HttpResponse<String> taken =
        admin()
            .postJson(
                "/api/officials",
                officialJson("t-office", "冒名", "OFFICE", null, null, null),
                false);
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(taken.body()).at("/errors/0/field").asText()).isEqualTo("username");
  }

  @Test
  void renamesAUnitAndPlacesItUnderAParentWhileTheEngineGroupFollows() throws Exception {
    admin().postJson("/api/units", unitJson("p-" + suffix, "上级局" + suffix, null, null), false);
    admin().postJson("/api/units", unitJson("c-" + suffix, "下属科" + suffix, null, null), false);

    HttpResponse<String> renamed =
        admin()
            .putJson(
                "/api/units/c-" + suffix,
                unitJson(null, "更名后的科" + suffix, "新科", "p-" + suffix),
                false);

    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(JSON.readTree(renamed.body()).get("parent").asText()).isEqualTo("p-" + suffix);
    assertThat(identity.createGroupQuery().groupId("unit-c-" + suffix).singleResult().getName())
        .isEqualTo("更名后的科" + suffix);
    assertEngineMirrorsDirectory(identity, jdbc);

    HttpResponse<String> grandchild =
        admin()
            .postJson(
                "/api/units", unitJson("g-" + suffix, "孙级" + suffix, null, "c-" + suffix), false);
    assertThat(grandchild.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(grandchild.body()).at("/errors/0/field").asText()).isEqualTo("parent");
  }

  @Test
  void movesAnOfficialToAnotherUnitResetsThePasswordAndDeactivates() throws Exception {
    admin().postJson("/api/units", unitJson("a-" + suffix, "甲科" + suffix, null, null), false);
    admin().postJson("/api/units", unitJson("b-" + suffix, "乙科" + suffix, null, null), false);
    admin()
        .postJson(
            "/api/officials",
            officialJson("m-" + suffix, "调动者", "UNIT", "a-" + suffix, null, null),
            false);

    HttpResponse<String> moved =
        admin()
            .postJson(
                "/api/officials/m-" + suffix + "/role",
                "{\"role\":\"UNIT\",\"unit\":\"b-" + suffix + "\"}",
                false);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(identity.createGroupQuery().groupMember("m-" + suffix).list())
        .extracting(g -> g.getId())
        .containsExactly("unit-b-" + suffix);
    assertEngineMirrorsDirectory(identity, jdbc);

    HttpResponse<String> reset =
        admin()
            .postJson(
                "/api/officials/m-" + suffix + "/password", "{\"password\":\"新密码-987654\"}", false);
    assertThat(reset.statusCode()).isEqualTo(204);
    assertThat(
            new Browser(port).withBasic("m-" + suffix, "新密码-987654").get("/api/units").statusCode())
        .isEqualTo(200);
    Browser session = new Browser(port);
    session.login("m-" + suffix, "新密码-987654");
    String unknownFinding = "/api/findings/" + java.util.UUID.randomUUID();
    assertThat(session.get(unknownFinding).statusCode()).isEqualTo(404);

    // The engine holds a user back for a few seconds after a wrong password: checked last.
    assertThat(
            new Browser(port).withBasic("m-" + suffix, "初始密码-12345").get("/api/units").statusCode())
        .isEqualTo(401);

    HttpResponse<String> deactivated =
        admin().postJson("/api/officials/m-" + suffix + "/deactivate", "{}", false);
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
    assertThat(JSON.readTree(deactivated.body()).get("active").asBoolean()).isFalse();
    assertThat(identity.createUserQuery().userId("m-" + suffix).count()).isZero();
    // A session opened before the deactivation acts on nothing any more.
    assertThat(session.get(unknownFinding).statusCode()).isEqualTo(403);
    assertEngineMirrorsDirectory(identity, jdbc);
  }

  @Test
  void deactivatesAUnitOnlyOnceItsStaffAreGone() throws Exception {
    admin().postJson("/api/units", unitJson("d-" + suffix, "撤并科" + suffix, null, null), false);
    admin()
        .postJson(
            "/api/officials",
            officialJson("d-" + suffix, "撤并科干部", "UNIT", "d-" + suffix, null, null),
            false);

    HttpResponse<String> refused =
        admin().postJson("/api/units/d-" + suffix + "/deactivate", "", false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("在用干部");

    admin().postJson("/api/officials/d-" + suffix + "/deactivate", "{}", false);
    HttpResponse<String> done =
        admin().postJson("/api/units/d-" + suffix + "/deactivate", "", false);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    assertThat(identity.createGroupQuery().groupId("unit-d-" + suffix).count()).isZero();
    assertEngineMirrorsDirectory(identity, jdbc);
    assertThat(admin().get("/api/units").body()).doesNotContain("d-" + suffix);
    assertThat(admin().get("/api/units?all=true").body()).contains("d-" + suffix);
  }

  @Test
  void theOfficeManagesUnitsAndUnitStaffButNoOtherRoleAndUnitStaffNothing() throws Exception {
    Browser office = new Browser(port).withBasic("t-office", TestDirectory.PASSWORD);
    assertThat(
            office
                .postJson(
                    "/api/units", unitJson("o-" + suffix, "整改办建的科" + suffix, null, null), false)
                .statusCode())
        .isEqualTo(201);
    assertThat(
            office
                .postJson(
                    "/api/officials",
                    officialJson("s-" + suffix, "科员", "UNIT", "o-" + suffix, null, null),
                    false)
                .statusCode())
        .isEqualTo(201);

    HttpResponse<String> leader =
        office.postJson(
            "/api/officials", officialJson("l-" + suffix, "领导", "LEADER", null, null, null), false);
    assertThat(leader.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(leader.body()).at("/errors/0/field").asText()).isEqualTo("role");
    assertThat(
            office
                .postJson(
                    "/api/officials/t-leader/password", "{\"password\":\"whatever-123\"}", false)
                .statusCode())
        .isEqualTo(403);

    for (String user : new String[] {"t-leader", "t-unit-a", "t-supervisor"}) {
      Browser someone = new Browser(port).withBasic(user, TestDirectory.PASSWORD);
      assertThat(
              someone
                  .postJson("/api/units", unitJson("x-" + suffix, "越权科", null, null), false)
                  .statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(someone.postJson("/api/officials/t-unit-b/deactivate", "{}", false).statusCode())
          .as(user)
          .isEqualTo(403);
      assertThat(someone.get("/api/officials/t-unit-b/open-work").statusCode())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(new Browser(port).postJson("/api/units", "{}", false).statusCode()).isEqualTo(401);
    assertEngineMirrorsDirectory(identity, jdbc);
  }

  @Test
  void refusesIdentityChangesMadeDirectlyInTheEngineButLetsUsersChangeTheirOwnPassword()
      throws Exception {
    String[] prefixes = {"/engine-rest", "/camunda/api/engine/engine/default"};
    for (String prefix : prefixes) {
      HttpResponse<String> create =
          admin()
              .postJson(
                  prefix + "/user/create",
                  "{\"profile\":{\"id\":\"rogue-"
                      + suffix
                      + "\",\"firstName\":\"x\",\"lastName\":\"\"},\"credentials\":{\"password\":\"rogue-password\"}}",
                  false);
      assertThat(create.statusCode()).as(prefix).isEqualTo(409);
      assertThat(create.body()).contains("组织目录");
      assertThat(admin().putJson(prefix + "/group/office/members/t-unit-a", "", false).statusCode())
          .as(prefix)
          .isEqualTo(409);
      assertThat(admin().delete(prefix + "/user/t-unit-b").statusCode()).as(prefix).isEqualTo(409);
      assertThat(
              admin()
                  .putJson(
                      prefix + "/user/t-unit-a/profile",
                      "{\"id\":\"t-unit-a\",\"firstName\":\"改名\"}",
                      false)
                  .statusCode())
          .as(prefix)
          .isEqualTo(409);
      assertThat(
              admin()
                  .putJson(prefix + "/group/office", "{\"id\":\"office\",\"name\":\"x\"}", false)
                  .statusCode())
          .as(prefix)
          .isEqualTo(409);
    }
    assertThat(identity.createUserQuery().userId("rogue-" + suffix).count()).isZero();
    assertEngineMirrorsDirectory(identity, jdbc);

    admin().postJson("/api/units", unitJson("pw-" + suffix, "改密科" + suffix, null, null), false);
    admin()
        .postJson(
            "/api/officials",
            officialJson("pw-" + suffix, "改密者", "UNIT", "pw-" + suffix, null, null),
            false);
    Browser self = new Browser(port).withBasic("pw-" + suffix, "初始密码-12345");
    HttpResponse<String> own =
        self.putJson(
            "/engine-rest/user/pw-" + suffix + "/credentials",
            "{\"password\":\"自己改的密码-1\",\"authenticatedUserPassword\":\"初始密码-12345\"}",
            false);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(204);
    assertThat(identity.checkPassword("pw-" + suffix, "自己改的密码-1")).isTrue();
    assertThat(
            new Browser(port)
                .withBasic("pw-" + suffix, "自己改的密码-1")
                .putJson(
                    "/engine-rest/user/t-unit-a/credentials",
                    "{\"password\":\"hijack-123\",\"authenticatedUserPassword\":\"自己改的密码-1\"}",
                    false)
                .statusCode())
        .isEqualTo(409);
  }

  private Browser admin() {
    return new Browser(port).withBasic("admin", System.getProperty("RECTIFY_ADMIN_PASSWORD"));
  }

  static String unitJson(String code, String name, String shortName, String parent)
      throws Exception {
    var node = JSON.createObjectNode();
    node.put("code", code);
    node.put("name", name);
    node.put("shortName", shortName);
    node.put("parent", parent);
    return JSON.writeValueAsString(node);
  }

  static String officialJson(
      String username, String name, String role, String unit, String email, String phone)
      throws Exception {
    var node = JSON.createObjectNode();
    node.put("username", username);
    node.put("displayName", name);
    node.put("title", "科员");
    node.put("role", role);
    node.put("unit", unit);
    node.put("email", email);
    node.put("phone", phone);
    node.put("password", "初始密码-12345");
    return JSON.writeValueAsString(node);
  }
}
