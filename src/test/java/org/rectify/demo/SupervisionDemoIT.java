package org.rectify.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The desk's demo on first start of the default profile: three measures of 服务保障科 being carried out
 * (正在落实), red, yellow and green; one 催办 on the red one, shown on the desk, in 服务保障科's 站内信 and on
 * the measure; the overdue notice in the unit's and the lead official's 站内信. The demo's steps after
 * 分解交办 wait for the finding processes the job executor starts, so the test waits for them too.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:default-profile;DB_CLOSE_DELAY=-1")
class SupervisionDemoIT {

  private static final String RED = "逐项排查消防设施，建立消防安全检查台账。";
  private static final String YELLOW = "制定车辆使用管理办法，规范公务用车审批。";
  private static final String GREEN = "开展食堂采购专项检查，建立采购询价比价制度。";

  @Autowired TestRestTemplate rest;
  @Autowired Clock clock;

  @Test
  void theDeskShowsRedYellowAndGreenMeasuresBeingCarriedOutAndOneUrge() {
    String inspection = demoInspection();
    JsonNode desk =
        await()
            .atMost(Duration.ofMinutes(2))
            .until(
                () -> read("supervisor", "/api/supervision/desk?inspection=" + inspection),
                screen -> screen.at("/measures/rows/0/lastUrgedOn").isTextual());

    JsonNode unit = desk.at("/units/0");
    assertThat(unit.get("name").asText()).isEqualTo("服务保障科");
    assertThat(unit.at("/counts/measures").asLong()).isEqualTo(3);
    assertThat(unit.at("/counts/inProgress").asLong()).isEqualTo(3);
    assertThat(unit.at("/counts/red").asLong()).isEqualTo(1);
    assertThat(unit.at("/counts/yellow").asLong()).isEqualTo(1);
    JsonNode red = desk.at("/measures/rows/0");
    assertThat(red.get("text").asText()).isEqualTo(RED);
    assertThat(red.get("status").asText()).isEqualTo("正在落实");
    assertThat(red.get("lastUrgedOn").asText()).isEqualTo(LocalDate.now(clock).toString());
    assertThat(texts(desk("YELLOW", inspection))).containsExactly(YELLOW);
    assertThat(texts(desk("GREEN", inspection))).containsExactly(GREEN);

    JsonNode history =
        read("unit-b", "/api/supervision/measures/" + red.get("measureId").asText() + "/urges");
    assertThat(history).hasSize(1);
    assertThat(history.at("/0/text").asText()).contains("消防设施排查进展");
  }

  @Test
  void theUnitAndTheLeadOfficialFindTheUrgeAndTheOverdueNoticeInTheirInbox() {
    JsonNode unitInbox =
        await()
            .atMost(Duration.ofMinutes(2))
            .until(
                () -> read("unit-b", "/api/inbox"),
                inbox -> kinds(inbox).containsAll(List.of("URGE", "OVERDUE")));
    assertThat(unitInbox.get("unread").asLong()).isGreaterThanOrEqualTo(2);
    JsonNode urge = null;
    for (JsonNode m : unitInbox.get("messages")) {
      if ("URGE".equals(m.get("kind").asText())) {
        urge = m;
      }
    }
    assertThat(urge.get("message").asText()).contains("消防设施排查进展");

    JsonNode leaderInbox =
        await()
            .atMost(Duration.ofMinutes(2))
            .until(
                () -> read("leader", "/api/inbox"),
                inbox -> kinds(inbox).containsAll(List.of("URGE", "OVERDUE")));
    assertThat(leaderInbox.get("unread").asLong()).isGreaterThanOrEqualTo(2);
  }

  private String demoInspection() {
    JsonNode list = read("office", "/api/inspections");
    for (JsonNode inspection : list) {
      if ("区委第二巡察组".equals(inspection.get("inspectionTeam").asText())) {
        return inspection.get("id").asText();
      }
    }
    throw new AssertionError("no demo inspection of 区委第二巡察组: " + list);
  }

  private JsonNode desk(String light, String inspection) {
    return read("supervisor", "/api/supervision/desk?inspection=" + inspection + "&light=" + light);
  }

  private JsonNode read(String user, String path) {
    return rest.withBasicAuth(user, DemoData.PASSWORD).getForObject(path, JsonNode.class);
  }

  private static List<String> texts(JsonNode screen) {
    List<String> texts = new ArrayList<>();
    screen.at("/measures/rows").forEach(r -> texts.add(r.get("text").asText()));
    return texts;
  }

  private static List<String> kinds(JsonNode inbox) {
    List<String> kinds = new ArrayList<>();
    inbox.get("messages").forEach(m -> kinds.add(m.get("kind").asText()));
    return kinds;
  }
}
