package org.rectify.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.LedgerFigures;
import org.rectify.bulletin.LedgerSnapshotSource;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.feedback.FindingStatus;
import org.rectify.fixtures.ApiUser;
import org.rectify.fixtures.RegistrationJson;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.ExtensionRequest;
import org.rectify.rectification.ExtensionRequestRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.rectify.verification.CloseOut;
import org.rectify.verification.CloseOutRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger page ({@code GET /api/inspections/{id}/ledger}), the forms' finding context ({@code
 * GET /api/findings/{id}}) and the bulletin's figures are three projections of one reading of the
 * ledger: on a varied ledger they count the same, and when one status changes all three follow.
 *
 * <p>The ledger: aspect 1 — 1.1 (第一科, two measures carried out, 已完成整改); 1.2 with the sub-findings
 * 1.2.1 (第一科, one measure overdue) and 1.2.2 (第二科, one long-term measure carried out, 已完成并长期坚持);
 * aspect 2 — 2.1 (第二科, one measure extended, one carried out, 正在整改); 2.2 (第一科, closed by a higher
 * notice, its measure ended with it).
 */
@PostgresIntegrationTest
class OneLedgerReadingIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired CloseOutRepository closeOuts;
  @Autowired ExtensionRequestRepository extensions;
  @Autowired LedgerSnapshotSource snapshots;
  @Autowired PlatformTransactionManager transactions;
  @Autowired Clock clock;

  private ApiUser office;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
    office = ApiUser.as(rest, "t-office");
  }

  @Test
  void theLedgerPageTheFormsAndTheBulletinCountTheSameVariedLedger() {
    UUID id = registerVariedLedger();

    JsonNode totals = office.read("/api/inspections/" + id + "/ledger").get("totals");
    assertThat(totals(totals)).containsExactly(5, 3, 7, 4, 1);

    Map<String, Object> figures = figures(id);
    assertThat(figures)
        .containsEntry("findings", 5)
        .containsEntry("findingsFinished", 3)
        .containsEntry("findingsOpen", 2)
        .containsEntry("findingsClosedByDirective", 1)
        .containsEntry("measures", 7)
        .containsEntry("measuresCompleted", 4)
        .containsEntry("measuresOpen", 2);

    Map<String, String> contexts = contextStatuses(id);
    assertThat(contexts)
        .containsOnly(
            Map.entry("1.1", "已完成整改"),
            Map.entry("1.2.1", "正在整改"),
            Map.entry("1.2.2", "已完成并长期坚持"),
            Map.entry("2.1", "正在整改"),
            Map.entry("2.2", "已作销号处理"));
    assertThat(contextMeasureCounts(id)).containsExactly(7, 4, 1);
  }

  @Test
  void eachUnitSeesTheTotalsOfItsOwnPartOfTheLedger() {
    UUID id = registerVariedLedger();

    JsonNode unitA = ApiUser.as(rest, "t-unit-a").read("/api/inspections/" + id + "/ledger");
    JsonNode unitB = ApiUser.as(rest, "t-unit-b").read("/api/inspections/" + id + "/ledger");

    assertThat(totals(unitA.get("totals"))).containsExactly(3, 2, 4, 2, 1);
    assertThat(totals(unitB.get("totals"))).containsExactly(2, 1, 3, 2, 0);
    assertThat(unitA.get("aspects").get(0).get("findings").get(1).get("subFindings")).hasSize(1);
  }

  @Test
  void whenAnOverdueMeasureIsCarriedOutAndItsFindingFinishedAllThreeFollow() {
    UUID id = registerVariedLedger();

    inTransaction(
        () -> {
          Finding finding = findingCoded(id, "1.2.1");
          measures.findByFindingIdOrderByOrdinal(finding.getId()).get(0).complete(today());
          finding.changeStatus(FindingStatus.COMPLETED);
        });

    JsonNode totals = office.read("/api/inspections/" + id + "/ledger").get("totals");
    assertThat(totals(totals)).containsExactly(5, 4, 7, 5, 0);
    assertThat(figures(id))
        .containsEntry("findingsFinished", 4)
        .containsEntry("findingsOpen", 1)
        .containsEntry("measuresCompleted", 5)
        .containsEntry("measuresOpen", 1);
    assertThat(contextStatuses(id)).containsEntry("1.2.1", "已完成整改");
    assertThat(contextMeasureCounts(id)).containsExactly(7, 5, 0);
  }

  // ------------------------------------------------------------------ the varied ledger

  private UUID registerVariedLedger() {
    Map<String, Object> parent = finding("落实民主集中制不到位", null, null);
    parent.put(
        "subFindings",
        List.of(
            finding(
                "议事规则执行不严",
                TestDirectory.UNIT_A,
                "t-leader",
                measure("修订议事规则", "2025-10-31", "TIME_BOUND")),
            finding(
                "重大事项未集体研究",
                TestDirectory.UNIT_B,
                "t-leader",
                measure("建立重大事项清单", "2025-11-30", "LONG_TERM"))));
    Map<String, Object> registration =
        RegistrationJson.inspection()
            .aspect(
                "理论学习方面",
                finding(
                    "学习不够深入",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("制定学习计划", "2025-10-31", "TIME_BOUND"),
                    measure("开展专题学习", "2025-11-30", "TIME_BOUND")),
                parent)
            .aspect(
                "作风建设方面",
                finding(
                    "文山会海问题突出",
                    TestDirectory.UNIT_B,
                    "t-leader",
                    measure("精简会议", "2025-10-31", "TIME_BOUND"),
                    measure("压减发文", "2025-11-30", "TIME_BOUND")),
                finding(
                    "办公用房超标",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("腾退超标用房", "2025-12-31", "TIME_BOUND")))
            .build();
    UUID id = UUID.fromString(office.does("/api/inspections", registration).get("id").asText());
    LocalDate day = LocalDate.of(2025, 10, 20);
    inTransaction(
        () -> {
          List<Measure> first = measuresOf(id, "1.1");
          first.forEach(Measure::approve);
          first.forEach(m -> m.complete(day));
          findingCoded(id, "1.1").changeStatus(FindingStatus.COMPLETED);

          Measure overdue = measuresOf(id, "1.2.1").get(0);
          overdue.approve();
          overdue.markOverdue();
          findingCoded(id, "1.2.1").changeStatus(FindingStatus.IN_PROGRESS);

          Measure ongoing = measuresOf(id, "1.2.2").get(0);
          ongoing.approve();
          ongoing.complete(day);
          findingCoded(id, "1.2.2").changeStatus(FindingStatus.COMPLETED_ONGOING);

          List<Measure> third = measuresOf(id, "2.1");
          third.forEach(Measure::approve);
          ExtensionRequest extension =
              new ExtensionRequest(third.get(0), LocalDate.of(2025, 12, 31), "需协调多个部门", "t-unit-b");
          extension.approve("t-office", "同意");
          extensions.save(extension);
          third.get(0).extendDeadline(LocalDate.of(2025, 12, 31));
          third.get(1).complete(day);
          findingCoded(id, "2.1").changeStatus(FindingStatus.IN_PROGRESS);

          Finding closed = findingCoded(id, "2.2");
          measuresOf(id, "2.2").forEach(m -> m.closeByDirective());
          closed.changeStatus(FindingStatus.CLOSED_BY_DIRECTIVE);
          closeOuts.save(
              CloseOut.byDirective(closed, "关于有关问题销号的通知", "区巡办〔2025〕9号", day, "t-office"));
        });
    return id;
  }

  // ------------------------------------------------------------------ the three readings

  private static List<Integer> totals(JsonNode totals) {
    return List.of(
        totals.get("findings").asInt(),
        totals.get("findingsFinished").asInt(),
        totals.get("measures").asInt(),
        totals.get("measuresCompleted").asInt(),
        totals.get("measuresOverdue").asInt());
  }

  private Map<String, Object> figures(UUID id) {
    return LedgerFigures.compute(snapshots.snapshot(id, today()));
  }

  /** Status label of every leaf finding, as the forms show it, by finding number. */
  private Map<String, String> contextStatuses(UUID id) {
    Map<String, String> statuses = new HashMap<>();
    for (JsonNode context : leafContexts(id)) {
      statuses.put(context.get("code").asText(), context.get("statusLabel").asText());
    }
    return statuses;
  }

  /** Measures, carried out, overdue — summed over the forms' contexts of the leaf findings. */
  private List<Integer> contextMeasureCounts(UUID id) {
    int all = 0;
    int completed = 0;
    int overdue = 0;
    for (JsonNode context : leafContexts(id)) {
      for (JsonNode measure : context.get("measures")) {
        all++;
        if (List.of("已完成落实", "已完成并长期坚持").contains(measure.get("statusLabel").asText())) {
          completed++;
        }
        if (measure.get("overdue").asBoolean()) {
          overdue++;
        }
      }
    }
    return List.of(all, completed, overdue);
  }

  private List<JsonNode> leafContexts(UUID id) {
    List<JsonNode> contexts = new ArrayList<>();
    for (String code : List.of("1.1", "1.2.1", "1.2.2", "2.1", "2.2")) {
      UUID findingId = inTransaction(() -> findingCoded(id, code).getId());
      contexts.add(office.read("/api/findings/" + findingId));
    }
    return contexts;
  }

  // ------------------------------------------------------------------ helpers

  private Finding findingCoded(UUID inspectionId, String code) {
    return findings.findByInspection(inspectionId).stream()
        .filter(f -> f.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private List<Measure> measuresOf(UUID inspectionId, String code) {
    return measures.findByFindingIdOrderByOrdinal(findingCoded(inspectionId, code).getId());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }

  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return new TransactionTemplate(transactions).execute(status -> work.get());
  }
}
