package org.rectify.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.ApiUser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationRepository;
import org.rectify.organization.DirectoryService;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRole;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.rectify.workflow.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 督查督办台 on PostgreSQL against a fixture ledger whose figures are computed by hand below. Today is
 * Thursday 2026-02-12, the day before 春节 2026's last working days (2-13, the 调休 Saturday 2-14);
 * yellow is three working days, so every deadline up to 2-24 is yellow.
 *
 * <pre>
 * finding   unit  lead            measure  deadline    state                         light
 * F1        A     t-leader        m1       2026-01-31  in progress                   red, 9 working days overdue
 *                                 m2       2026-02-24  in progress                   yellow (3rd working day)
 *                                 m3       2026-01-15  completed 2026-01-10 (on time) grey
 * F2        B     t-leader        m4       2026-02-10  in progress                   red, 2 working days overdue
 *                                 m5       2026-03-31  in progress, 调度 2-01 unanswered yellow
 *                                 m6       2026-01-20  completed 2026-01-25 (late)   grey
 *                                 m7       2026-03-31  in progress                   green
 * F3        A     t-desk-leader   m8       2026-02-25  draft                         green
 *                                 m9       2026-01-05  已作销号处理                   grey
 *                                 m10 (A+B)2026-02-13  in progress                   yellow
 * </pre>
 */
@PostgresIntegrationTest
class SupervisionDeskIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired MeasureRepository measures;
  @Autowired NotificationRepository notifications;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  private String inspectionId;
  private final Map<String, UUID> ids = new HashMap<>();

  @BeforeEach
  void fixtureLedgerOnTheTwelfthOfFebruary() {
    TestDirectory.ensure(directory);
    directory.registerOfficial(
        new Official("t-desk-leader", "第二责任领导", null, OfficialRole.LEADER, null, null),
        TestDirectory.PASSWORD);
    EngineClock.setCurrentTime(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant());
    Map<String, Object> m10 = measure("m10", "2026-02-13", "TIME_BOUND");
    m10.put("responsibleUnits", List.of(TestDirectory.UNIT_A, TestDirectory.UNIT_B));
    Map<String, Object> body =
        inspection()
            .with("feedbackDate", "2025-12-20")
            .aspect(
                "方面一",
                finding(
                    "F1",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("m1", "2026-01-31", "TIME_BOUND"),
                    measure("m2", "2026-02-24", "TIME_BOUND"),
                    measure("m3", "2026-01-15", "IMMEDIATE")),
                finding(
                    "F2",
                    TestDirectory.UNIT_B,
                    "t-leader",
                    measure("m4", "2026-02-10", "TIME_BOUND"),
                    measure("m5", "2026-03-31", "LONG_TERM"),
                    measure("m6", "2026-01-20", "TIME_BOUND"),
                    measure("m7", "2026-03-31", "TIME_BOUND")),
                finding(
                    "F3",
                    TestDirectory.UNIT_A,
                    "t-desk-leader",
                    measure("m8", "2026-02-25", "TIME_BOUND"),
                    measure("m9", "2026-01-05", "TIME_BOUND"),
                    m10))
            .build();
    inspectionId = ApiUser.as(rest, "t-office").does("/api/inspections", body).get("id").asText();
    transactions.executeWithoutResult(
        tx -> {
          for (Measure m : measures.findByInspection(UUID.fromString(inspectionId))) {
            ids.put(m.getText(), m.getId());
            switch (m.getText()) {
              case "m8" -> {}
              case "m9" -> m.closeByDirective();
              case "m3" -> {
                m.approve();
                m.complete(LocalDate.of(2026, 1, 10));
              }
              case "m6" -> {
                m.approve();
                m.complete(LocalDate.of(2026, 1, 25));
              }
              case "m5" -> {
                m.approve();
                m.progressReported(LocalDate.of(2026, 1, 20));
                m.progressCalled(LocalDate.of(2026, 2, 1));
              }
              default -> m.approve();
            }
          }
        });
  }

  @AfterEach
  void realTimeAgain() {
    EngineClock.reset();
  }

  @Test
  void perUnitFiguresEqualTheHandComputedLedger() {
    JsonNode screen = desk("t-supervisor", "");

    assertThat(screen.get("today").asText()).isEqualTo("2026-02-12");
    JsonNode units = screen.get("units");
    assertThat(units).hasSize(2);
    // 第一科: m1 m2 m3 m8 m9 m10 — done m3 (on time), open m1 m2 m8 m10, yellow m2 m10, red m1,
    // m9 closed by directive: completion 1/5, on time 1/1.
    assertCounts(units.get(0), "第一科", 6, 1, 4, 2, 1, 20.0, 100.0, "RED");
    // 第二科: m4 m5 m6 m7 m10 — done m6 (late), open m4 m5 m7 m10, yellow m5 m10, red m4.
    assertCounts(units.get(1), "第二科", 5, 1, 4, 2, 1, 20.0, 0.0, "RED");
    // Every measure once: 10, done m3 m6, yellow m2 m5 m10, red m1 m4, completion 2/9, on time 1/2.
    assertCounts(screen.get("total"), null, 10, 2, 7, 3, 2, 22.2, 50.0, "RED");
  }

  @Test
  void rollsUpPerLeadOfficialAndPerInspectionAgainstItsReportDeadline() {
    JsonNode screen = desk("t-office", "");

    JsonNode leads = screen.get("leadOfficials");
    assertThat(leads).hasSize(2);
    assertCounts(leads.get(0), null, 3, 0, 2, 1, 0, 0.0, null, "YELLOW");
    assertThat(leads.get(0).get("username").asText()).isEqualTo("t-desk-leader");
    assertCounts(leads.get(1), null, 7, 2, 5, 2, 2, 28.6, 50.0, "RED");

    JsonNode inspection = screen.get("inspections").get(0);
    assertThat(screen.get("inspections")).hasSize(1);
    // Feedback 2025-12-20 + two months; 2-13 and the 调休 Saturday 2-14 are left before 春节.
    assertThat(inspection.get("reportDue").asText()).isEqualTo("2026-02-20");
    assertThat(inspection.get("workingDaysToReport").asInt()).isEqualTo(2);
    assertThat(inspection.get("counts").get("measures").asLong()).isEqualTo(10);
  }

  @Test
  void theOverdueListIsSortedByWorkingDaysOverdueAndTheLightFilterPicksOtherLists() {
    JsonNode red = desk("t-supervisor", "").get("measures");

    assertThat(red.get("total").asLong()).isEqualTo(2);
    assertThat(codes(red)).containsExactly("m1", "m4");
    assertThat(red.get("rows").get(0).get("workingDaysOverdue").asInt()).isEqualTo(9);
    assertThat(red.get("rows").get(1).get("workingDaysOverdue").asInt()).isEqualTo(2);
    assertThat(red.get("rows").get(0).get("units").asText()).isEqualTo("第一科");
    assertThat(red.get("rows").get(0).get("leadOfficial").asText()).isEqualTo("责任领导");
    assertThat(red.get("rows").get(0).get("taskLink").asText())
        .isEqualTo("/supervision/measures/" + ids.get("m1") + "/task");

    JsonNode yellow = desk("t-supervisor", "&light=YELLOW").get("measures");
    assertThat(codes(yellow)).containsExactly("m10", "m2", "m5");
    assertThat(yellow.get("rows").get(0).get("units").asText()).isEqualTo("第一科、第二科");
    assertThat(yellow.get("rows").get(2).get("progressCallUnanswered").asBoolean()).isTrue();
    JsonNode green = desk("t-supervisor", "&light=GREEN").get("measures");
    assertThat(codes(green)).containsExactly("m8", "m7");
    // Only measures being carried out can be urged; m8 is still a draft.
    assertThat(green.get("rows").get(0).get("urgeable").asBoolean()).isFalse();
    assertThat(green.get("rows").get(1).get("urgeable").asBoolean()).isTrue();
    assertThat(codes(desk("t-supervisor", "&light=GREY").get("measures")))
        .containsExactlyInAnyOrder("m9", "m3", "m6");

    JsonNode longTerm = desk("t-supervisor", "&light=YELLOW&term=LONG_TERM");
    assertThat(codes(longTerm.get("measures"))).containsExactly("m5");
    assertThat(longTerm.get("total").get("measures").asLong()).isEqualTo(1);
  }

  @Test
  void theWeeklyTrendCountsCompletedAndDueMeasuresPerWeek() {
    JsonNode trend = desk("t-supervisor", "").get("trend");

    assertThat(trend).hasSize(8);
    assertThat(trend.get(0).get("weekStart").asText()).isEqualTo("2025-12-22");
    Map<String, String> weeks = new HashMap<>();
    trend.forEach(
        w ->
            weeks.put(
                w.get("weekStart").asText(),
                w.get("completed").asLong() + "/" + w.get("due").asLong()));
    // completed m3 (1-10), m6 (1-25); due m3 (1-15), m6 (1-20), m1 (1-31), m4 (2-10), m10 (2-13);
    // m9 ended by directive is not due.
    assertThat(weeks)
        .containsEntry("2025-12-29", "0/0")
        .containsEntry("2026-01-05", "1/0")
        .containsEntry("2026-01-12", "0/1")
        .containsEntry("2026-01-19", "1/1")
        .containsEntry("2026-01-26", "0/1")
        .containsEntry("2026-02-02", "0/0")
        .containsEntry("2026-02-09", "0/2");
  }

  @Test
  void unitStaffSeeTheirUnitsRowsAndLeadersTheFindingsTheyLead() {
    JsonNode unitA = desk("t-unit-a", "");
    assertThat(unitA.get("units")).hasSize(1);
    assertCounts(unitA.get("units").get(0), "第一科", 6, 1, 4, 2, 1, 20.0, 100.0, "RED");
    assertThat(unitA.get("total").get("measures").asLong()).isEqualTo(6);
    assertThat(codes(unitA.get("measures"))).containsExactly("m1");

    JsonNode unitB = desk("t-unit-b", "");
    assertThat(unitB.get("units")).hasSize(1);
    assertThat(unitB.get("units").get(0).get("name").asText()).isEqualTo("第二科");
    assertThat(codes(unitB.get("measures"))).containsExactly("m4");

    JsonNode leader = desk("t-leader", "");
    assertThat(leader.get("total").get("measures").asLong()).isEqualTo(7);
    assertThat(leader.get("units").get(0).get("counts").get("measures").asLong()).isEqualTo(3);
    assertThat(leader.get("units").get(1).get("counts").get("measures").asLong()).isEqualTo(4);
    assertThat(desk("t-desk-leader", "").get("total").get("measures").asLong()).isEqualTo(3);

    assertThat(
            rest.getForEntity("/api/supervision/desk?inspection=" + inspectionId, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
  }

  @Test
  void aBadFilterIsNamedInChinese() {
    ResponseEntity<JsonNode> bad =
        rest.withBasicAuth("t-supervisor", TestDirectory.PASSWORD)
            .getForEntity("/api/supervision/desk?light=PURPLE&page=0", JsonNode.class);

    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().get("errors").toString()).contains("light", "亮灯", "page", "页码");
  }

  @Test
  void theExcelExportOpensWithPoiAndMatchesTheJsonOfTheSameFilter() throws Exception {
    String query = "?inspection=" + inspectionId + "&light=YELLOW";
    JsonNode screen = ApiUser.as(rest, "t-supervisor").read("/api/supervision/desk" + query);
    ResponseEntity<byte[]> export =
        rest.withBasicAuth("t-supervisor", TestDirectory.PASSWORD)
            .getForEntity("/api/supervision/desk/export.xlsx" + query, byte[].class);

    assertThat(export.getStatusCode().value()).isEqualTo(200);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getBody()))) {
      Sheet units = workbook.getSheet("单位统计");
      for (int i = 0; i < screen.get("units").size(); i++) {
        JsonNode unit = screen.get("units").get(i);
        Row row = units.getRow(2 + i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(unit.get("name").asText());
        JsonNode counts = unit.get("counts");
        assertThat((long) row.getCell(1).getNumericCellValue())
            .isEqualTo(counts.get("measures").asLong());
        assertThat((long) row.getCell(4).getNumericCellValue())
            .isEqualTo(counts.get("yellow").asLong());
        assertThat((long) row.getCell(5).getNumericCellValue())
            .isEqualTo(counts.get("red").asLong());
        assertThat(row.getCell(6).getNumericCellValue())
            .isEqualTo(counts.get("completionRate").asDouble());
      }
      Sheet list = workbook.getSheet("措施清单");
      List<String> exported = new ArrayList<>();
      for (int r = 2; r <= list.getLastRowNum(); r++) {
        exported.add(list.getRow(r).getCell(1).getStringCellValue());
      }
      assertThat(exported).containsExactlyElementsOf(codes(screen.get("measures")));
      assertThat(list.getRow(2).getCell(8).getStringCellValue()).isEqualTo("黄灯");
      assertThat(list.getRow(0).getCell(0).getStringCellValue()).contains("2026-02-12");
    }
  }

  @Test
  void aSupervisorUrgesOnceADayTheUnitIsNotifiedAndTheUrgeIsAudited() {
    UUID m1 = ids.get("m1");
    String path = "/api/supervision/measures/" + m1 + "/urges";
    ApiUser supervisor = ApiUser.as(rest, "t-supervisor");

    JsonNode urged = supervisor.does(path, Map.of("text", "请本周内报送进展", "toLeadOfficial", true));
    assertThat(urged.get("urgedOn").asText()).isEqualTo("2026-02-12");

    ResponseEntity<JsonNode> again = supervisor.attempt(path, Map.of("text", "再催一次"));
    assertThat(again.getStatusCode().value()).isEqualTo(429);
    assertThat(again.getBody().get("detail").asText()).contains("每项措施每天只能催办一次");

    assertThat(notifications.findByMeasureIdOrderByCreatedAt(m1))
        .filteredOn(n -> n.getKind() == NotificationKind.URGE)
        .extracting(n -> n.getRecipient())
        .containsExactlyInAnyOrder("unit-" + TestDirectory.UNIT_A, "t-leader");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from rectify.audit_entry where action = 'measure.urged'"
                    + " and subject_id = ? and actor = 't-supervisor'",
                Long.class,
                m1.toString()))
        .isEqualTo(1);

    JsonNode history = ApiUser.as(rest, "t-unit-a").read(path);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("text").asText()).isEqualTo("请本周内报送进展");
    assertThat(history.get(0).get("answered").asBoolean()).isFalse();
    assertThat(
            desk("t-supervisor", "").get("measures").get("rows").get(0).get("lastUrgedOn").asText())
        .isEqualTo("2026-02-12");

    assertThat(ApiUser.as(rest, "t-unit-b").statusOf(path, Map.of("text", "x")).value())
        .isEqualTo(403);
    assertThat(
            rest.withBasicAuth("t-unit-b", TestDirectory.PASSWORD)
                .getForEntity(path, String.class)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(
            ApiUser.as(rest, "t-office")
                .statusOf(
                    "/api/supervision/measures/" + ids.get("m3") + "/urges", Map.of("text", "x"))
                .value())
        .isEqualTo(409);
    ResponseEntity<JsonNode> draft =
        ApiUser.as(rest, "t-supervisor")
            .attempt("/api/supervision/measures/" + ids.get("m8") + "/urges", Map.of("text", "x"));
    assertThat(draft.getStatusCode().value()).isEqualTo(409);
    assertThat(draft.getBody().get("detail").asText()).contains("审核通过后方可催办");
  }

  @Test
  void aMeasuresLightCarriesItsFindingsRollUp() {
    JsonNode m2 =
        ApiUser.as(rest, "t-unit-a").read("/api/supervision/measures/" + ids.get("m2") + "/light");

    assertThat(m2.get("light").asText()).isEqualTo("YELLOW");
    assertThat(m2.get("label").asText()).isEqualTo("黄灯");
    assertThat(m2.get("workingDaysLeft").asInt()).isEqualTo(3);
    assertThat(m2.get("findingLight").asText()).isEqualTo("RED");
    assertThat(
            rest.withBasicAuth("t-unit-b", TestDirectory.PASSWORD)
                .getForEntity("/api/supervision/measures/" + ids.get("m2") + "/light", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(
            rest.withBasicAuth("t-desk-leader", TestDirectory.PASSWORD)
                .getForEntity("/api/supervision/measures/" + ids.get("m2") + "/light", String.class)
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  private JsonNode desk(String user, String more) {
    return ApiUser.as(rest, user).read("/api/supervision/desk?inspection=" + inspectionId + more);
  }

  private static List<String> codes(JsonNode page) {
    List<String> texts = new ArrayList<>();
    page.get("rows").forEach(r -> texts.add(r.get("text").asText()));
    return texts;
  }

  private static void assertCounts(
      JsonNode row,
      String name,
      long measures,
      long done,
      long open,
      long yellow,
      long red,
      Double completion,
      Double onTime,
      String light) {
    if (name != null) {
      assertThat(row.get("name").asText()).isEqualTo(name);
    }
    JsonNode c = row.has("counts") ? row.get("counts") : row;
    assertThat(c.get("measures").asLong()).as("measures").isEqualTo(measures);
    assertThat(c.get("done").asLong()).as("done").isEqualTo(done);
    assertThat(c.get("inProgress").asLong()).as("inProgress").isEqualTo(open);
    assertThat(c.get("yellow").asLong()).as("yellow").isEqualTo(yellow);
    assertThat(c.get("red").asLong()).as("red").isEqualTo(red);
    if (completion == null) {
      assertThat(c.get("completionRate").isNull()).isTrue();
    } else {
      assertThat(c.get("completionRate").asDouble()).as("completion").isEqualTo(completion);
    }
    if (onTime == null) {
      assertThat(c.get("onTimeRate").isNull()).isTrue();
    } else {
      assertThat(c.get("onTimeRate").asDouble()).as("onTime").isEqualTo(onTime);
    }
    assertThat(c.get("light").asText()).as("light").isEqualTo(light);
  }
}
