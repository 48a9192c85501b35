package org.rectify.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.ApiUser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.rectify.workflow.engine.EngineClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The desk's per-unit counts without a filter but the unit come from {@code desk_unit_tally}, which
 * PostgreSQL triggers keep current in the transactions that change measures. Two units of this
 * test's own (no other test's measures count for them); today is Thursday 2026-02-12 (yellow: every
 * deadline up to 2-24, see {@code SupervisionDeskIT}).
 *
 * <pre>
 * finding  unit   measure  deadline    state                              light
 * F1       甲科    a        2026-01-31  in progress                        red
 *                 b        2026-02-24  in progress                        yellow
 *                 c        2026-01-15  completed 2026-01-10 (on time)     grey
 *                 d        2026-03-31  draft                              green
 *                 g (甲+乙) 2026-02-13  in progress                        yellow
 * F2       乙科    e        2026-02-10  in progress                        red
 *                 f        2026-03-31  in progress, 调度 2-01 unanswered  yellow
 *                 h        2026-01-20  completed 2026-01-25 (late)        grey
 * </pre>
 */
@PostgresIntegrationTest
class DeskUnitTallyIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 2, 12);

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired MeasureRepository measures;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  private Unit first;
  private Unit second;
  private UUID inspectionId;
  private final Map<String, UUID> ids = new HashMap<>();

  @BeforeEach
  void twoUnitsOfTheirOwnOnTheTwelfthOfFebruary() {
    TestDirectory.ensure(directory);
    String run = UUID.randomUUID().toString().substring(0, 8);
    // names of their own too: other tests of this database import units called 甲科
    first = directory.registerUnit("tally-1-" + run, "甲科" + run, null);
    second = directory.registerUnit("tally-2-" + run, "乙科" + run, null);
    EngineClock.setCurrentTime(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant());
    Map<String, Object> g = measure("g", "2026-02-13", "TIME_BOUND");
    g.put("responsibleUnits", List.of(first.getCode(), second.getCode()));
    Map<String, Object> body =
        inspection()
            .with("feedbackDate", "2025-12-20")
            .aspect(
                "方面一",
                finding(
                    "F1",
                    first.getCode(),
                    "t-leader",
                    measure("a", "2026-01-31", "TIME_BOUND"),
                    measure("b", "2026-02-24", "TIME_BOUND"),
                    measure("c", "2026-01-15", "IMMEDIATE"),
                    measure("d", "2026-03-31", "TIME_BOUND"),
                    g),
                finding(
                    "F2",
                    second.getCode(),
                    "t-leader",
                    measure("e", "2026-02-10", "TIME_BOUND"),
                    measure("f", "2026-03-31", "LONG_TERM"),
                    measure("h", "2026-01-20", "TIME_BOUND")))
            .build();
    inspectionId =
        UUID.fromString(
            ApiUser.as(rest, "t-office").does("/api/inspections", body).get("id").asText());
    for (Measure m : measures.findByInspection(inspectionId)) {
      ids.put(m.getText(), m.getId());
    }
    change("a", Measure::approve);
    change("b", Measure::approve);
    change(
        "c",
        m -> {
          m.approve();
          m.complete(LocalDate.of(2026, 1, 10));
        });
    change("g", Measure::approve);
    change("e", Measure::approve);
    change(
        "f",
        m -> {
          m.approve();
          m.progressCalled(LocalDate.of(2026, 2, 1));
        });
    change(
        "h",
        m -> {
          m.approve();
          m.complete(LocalDate.of(2026, 1, 25));
        });
  }

  @AfterEach
  void realTimeAgain() {
    EngineClock.reset();
  }

  @Test
  void theTallyCountsEachUnitsMeasuresByTheirLightToday() {
    // 甲科: a b c d g — done c (on time), open a b d g, yellow b g, red a; completion 1/5.
    assertUnit(first, 5, 1, 4, 2, 1, 0, 20.0, 100.0, "RED");
    // 乙科: e f g h — done h (late), open e f g, yellow f (unanswered call) g, red e.
    assertUnit(second, 4, 1, 3, 2, 1, 0, 25.0, 0.0, "RED");
  }

  @Test
  void anExtensionAnAnsweredCallADirectiveAndADeletedDraftMoveTheTallyInTheSameTransaction() {
    change("e", m -> m.extendDeadline(LocalDate.of(2026, 3, 31)));
    change("f", m -> m.progressReported(LocalDate.of(2026, 2, 5)));
    change("g", Measure::closeByDirective);
    transactions.executeWithoutResult(tx -> measures.deleteById(ids.get("d")));

    // 甲科: a b c g — done c, open a b, yellow b, red a, g ended by directive: completion 1/3.
    assertUnit(first, 4, 1, 2, 1, 1, 1, 33.3, 100.0, "RED");
    // 乙科: e (now 3-31) f (answered) g h — open e f, both green; completion 1/3.
    assertUnit(second, 4, 1, 2, 0, 0, 1, 33.3, 0.0, "GREEN");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from rectify.desk_unit_tally where measures < 0", Long.class))
        .isZero();
  }

  @Test
  void theFilteredDeskCountsTheSameFiguresFromTheMeasureRows() {
    JsonNode units =
        ApiUser.as(rest, "t-supervisor")
            .read("/api/supervision/desk?inspection=" + inspectionId)
            .get("units");

    assertThat(units).hasSize(2);
    assertThat(units.get(0).get("name").asText()).isEqualTo(first.getName());
    assertCounts(units.get(0).get("counts"), 5, 1, 4, 2, 1, 0, 20.0, 100.0, "RED");
    assertCounts(units.get(1).get("counts"), 4, 1, 3, 2, 1, 0, 25.0, 0.0, "RED");
  }

  private void change(String measure, Consumer<Measure> change) {
    transactions.executeWithoutResult(
        tx -> change.accept(measures.findById(ids.get(measure)).orElseThrow()));
  }

  private void assertUnit(
      Unit unit,
      long measuresCount,
      long done,
      long open,
      long yellow,
      long red,
      long directive,
      double completion,
      double onTime,
      String light) {
    JsonNode units =
        ApiUser.as(rest, "t-supervisor")
            .read("/api/supervision/desk?unit=" + unit.getId())
            .get("units");
    assertThat(units).as("rows of %s", unit.getName()).hasSize(1);
    assertThat(units.get(0).get("name").asText()).isEqualTo(unit.getName());
    assertCounts(
        units.get(0).get("counts"),
        measuresCount,
        done,
        open,
        yellow,
        red,
        directive,
        completion,
        onTime,
        light);
  }

  private static void assertCounts(
      JsonNode c,
      long measuresCount,
      long done,
      long open,
      long yellow,
      long red,
      long directive,
      double completion,
      double onTime,
      String light) {
    assertThat(c.get("measures").asLong()).as("measures").isEqualTo(measuresCount);
    assertThat(c.get("done").asLong()).as("done").isEqualTo(done);
    assertThat(c.get("inProgress").asLong()).as("inProgress").isEqualTo(open);
    assertThat(c.get("yellow").asLong()).as("yellow").isEqualTo(yellow);
    assertThat(c.get("red").asLong()).as("red").isEqualTo(red);
    assertThat(c.get("closedByDirective").asLong()).as("directive").isEqualTo(directive);
    assertThat(c.get("completionRate").asDouble()).as("completion").isEqualTo(completion);
    assertThat(c.get("onTimeRate").asDouble()).as("onTime").isEqualTo(onTime);
    assertThat(c.get("light").asText()).as("light").isEqualTo(light);
  }
}
