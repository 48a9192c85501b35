package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.TestDirectory;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@PostgresIntegrationTest
class DirectoryApiIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void listsUnitsWithTheirEngineGroups() {
    JsonNode units =
        rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
            .getForObject("/api/units", JsonNode.class);

    assertThat(units.findValuesAsText("code")).contains(TestDirectory.UNIT_A, TestDirectory.UNIT_B);
    assertThat(units.findValuesAsText("group")).contains("unit-" + TestDirectory.UNIT_A);
  }

  @Test
  void filtersOfficialsByRoleWithChineseLabels() {
    JsonNode leaders =
        rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
            .getForObject("/api/officials?role=LEADER", JsonNode.class);

    assertThat(leaders.findValuesAsText("username"))
        .contains("t-leader")
        .doesNotContain("t-office", "t-unit-a");
    assertThat(leaders.findValuesAsText("roleLabel")).containsOnly("责任领导");
  }

  @Test
  void rejectsAnUnknownRoleWithAProblemNamingTheParameter() {
    var response =
        rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
            .getForEntity("/api/officials?role=BOSS", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo("role");
  }

  @Test
  void mirrorsOfficialsIntoTheEngineWithTheirGroup() {
    JsonNode groups =
        rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
            .getForObject("/engine-rest/group?member=t-unit-a", JsonNode.class);

    assertThat(groups.findValuesAsText("id")).containsExactly("unit-" + TestDirectory.UNIT_A);
  }
}
