package org.rectify.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.Bulletin;
import org.rectify.bulletin.BulletinEdition;
import org.rectify.bulletin.BulletinEditionRepository;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinRepository;
import org.rectify.bulletin.BulletinStatus;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.ApiUser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.notification.Notification;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationRepository;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 3's whole lifecycle on PostgreSQL with the job executor running, every step over the REST
 * API as the official whose step it is: registration of a feedback with six leaf findings (one
 * finding split into two sub-findings) → 分解交办 → 13 measures drafted, one plan returned → a
 * reminder, an overdue measure escalated to 督办, an extension → progress, evidence, completion → the
 * three-step close-out with one return, one finding closed by directive, one long-term finding with
 * its 回头看 → the final bulletin drafted, approved and published on the public site with the ledger's
 * figures.
 */
@PostgresIntegrationTest
class WholeLifecycleIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired NotificationRepository notifications;
  @Autowired BulletinRepository bulletins;
  @Autowired BulletinEditionRepository editions;
  @Autowired DeadlineCalendar calendar;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired TransactionTemplate transactions;

  private LocalDate today;

  @BeforeEach
  void todayInChina() {
    today = calendar.today();
  }

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void anInspectionGoesFromRegistrationThroughRectificationToItsPublishedFinalBulletin() {
    // ── 登记反馈意见: five findings in three aspects, the third split into two sub-findings ──
    UUID inspectionId = register();
    String inspectionPath = "/api/inspections/" + inspectionId;
    await()
        .atMost(PATIENCE)
        .until(() -> openTaskCount(inspectionId.toString(), "Task_AssignFindings") == 1);
    Map<String, UUID> byText = findingIdsByText(inspectionId);
    UUID study = byText.get("学习贯彻习近平新时代中国特色社会主义思想不够深入");
    UUID ideology = byText.get("意识形态工作责任制落实不到位");
    UUID parent = byText.get("选人用人工作不够规范");
    UUID promotion = byText.get("干部选拔任用程序执行不严格");
    UUID files = byText.get("干部人事档案审核不细致");
    UUID rules = byText.get("落实中央八项规定精神有差距");
    UUID assets = byText.get("国有资产管理不规范");
    List<UUID> leaves = List.of(study, ideology, promotion, files, rules, assets);

    // ── 分解交办 (office only) ──
    Map<String, Object> assignment =
        Map.of(
            "assignments",
            List.of(
                Map.of(
                    "findingId",
                    ideology.toString(),
                    "responsibleUnit",
                    TestDirectory.UNIT_B,
                    "leadOfficial",
                    "t-leader")));
    assertThat(unitA().statusOf(inspectionPath + "/assignment", assignment))
        .isEqualTo(HttpStatus.FORBIDDEN);
    office().does(inspectionPath + "/assignment", assignment);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              for (UUID leaf : leaves) {
                assertThat(openTaskCount(leaf.toString(), "Task_DraftMeasures"))
                    .as("制定整改措施 of " + leaf)
                    .isOne();
              }
            });
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(parent.toString())
                .count())
        .as("a finding split into sub-findings has no process of its own")
        .isZero();

    // ── 制定整改措施: 13 measures, one long-term; the office returns one plan with a reason ──
    LocalDate later = today.plusDays(60);
    draft(unitA(), study, measure("制定理论学习计划", today), measure("建立学习督导台账", later));
    draft(unitB(), ideology, measure("修订意识形态工作责任制实施办法", later), measure("开展意识形态领域风险排查", later));
    draft(unitA(), promotion, measure("对照条例逐项梳理选任程序", later), measure("建立选任纪实制度", later));
    draft(unitB(), files, measure("开展干部人事档案专项审核", later), measure("补齐缺失材料", later));
    draft(
        unitA(),
        rules,
        measure("开展作风问题专项整治", later),
        measure("建立常态化监督检查机制", later, "LONG_TERM"),
        measure("通报典型问题", later));
    draft(unitB(), assets, measure("全面清查国有资产", later), measure("完善资产管理制度", later));

    assertThat(unitA().statusOf(findingPath(study) + "/plan-review", Map.of("approved", true)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    office()
        .does(
            findingPath(study) + "/plan-review",
            Map.of("approved", false, "reason", "学习计划应明确频次和内容"));
    draft(unitA(), study, measure("制定理论学习计划，每月集中学习一次", today), measure("建立学习督导台账", later));
    for (UUID leaf : leaves) {
      office().does(findingPath(leaf) + "/plan-review", Map.of("approved", true));
    }
    List<Measure> planned =
        leaves.stream().flatMap(f -> measures.findByFindingIdOrderByOrdinal(f).stream()).toList();
    assertThat(planned).hasSize(13);
    UUID dueToday = measures.findByFindingIdOrderByOrdinal(study).get(0).getId();
    UUID extended = measures.findByFindingIdOrderByOrdinal(ideology).get(0).getId();
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              for (Measure m : planned) {
                assertThat(openTaskCount(m.getId().toString(), "Task_CarryOutMeasure"))
                    .as("落实 " + m.getText())
                    .isOne();
              }
            });

    // ── 到期提醒: the measure due today is inside the reminder window, the job executor sends it ──
    await().atMost(PATIENCE).until(() -> count(NotificationKind.DEADLINE_REMINDER, dueToday) == 1);

    // ── 逾期 → 督办: the deadline and the escalation time are brought forward to now ──
    fireNow(dueToday, "BoundaryEvent_DeadlineReached");
    await().atMost(PATIENCE).until(() -> count(NotificationKind.OVERDUE, dueToday) == 2);
    fireNow(dueToday, "BoundaryEvent_EscalationDue");
    await()
        .atMost(PATIENCE)
        .until(() -> openTaskCount(dueToday.toString(), "Task_IssueSupervisionNotice") == 1);
    String notice = measurePath(dueToday) + "/supervision-notice";
    assertThat(office().statusOf(notice, Map.of("text", "限期完成"))).isEqualTo(HttpStatus.FORBIDDEN);
    supervisor().does(notice, Map.of("text", "请于三日内完成并报送佐证材料"));

    // ── 延期申请 → 审批: every timer of the measure moves to the new deadline ──
    LocalDate newDeadline = today.plusDays(120);
    unitB()
        .does(
            measurePath(extended) + "/extension-requests",
            Map.of("newDeadline", newDeadline.toString(), "reason", "需省级部门审核"));
    assertThat(
            unitB()
                .statusOf(measurePath(extended) + "/extension-decision", Map.of("approved", true)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    office().does(measurePath(extended) + "/extension-decision", Map.of("approved", true));
    assertThat(timer(extended, "BoundaryEvent_ReminderDue").getDuedate())
        .isEqualTo(Date.from(calendar.reminderAt(newDeadline)));
    assertThat(timer(extended, "BoundaryEvent_DeadlineReached").getDuedate())
        .isEqualTo(Date.from(calendar.dueAt(newDeadline)));
    assertThat(timer(extended, "BoundaryEvent_EscalationDue").getDuedate())
        .isEqualTo(Date.from(calendar.escalationAt(newDeadline)));

    // ── 已作销号处理: the office closes one finding by a higher notice while its measures are open ──
    Map<String, String> directive =
        Map.of("title", "关于部分巡察反馈问题销号处理的通知", "documentNumber", "区巡办〔2026〕7号");
    assertThat(unitB().statusOf(findingPath(assets) + "/directive-closure", directive))
        .isEqualTo(HttpStatus.FORBIDDEN);
    office().does(findingPath(assets) + "/directive-closure", directive);
    List<UUID> signedOff = List.of(study, ideology, promotion, files, rules);

    // ── 落实整改: progress, evidence and completion of every measure by its unit ──
    // Another unit's measure is answered like one that does not exist.
    assertThat(unitB().statusOf(measurePath(dueToday) + "/progress", Map.of("text", "越权")))
        .isEqualTo(HttpStatus.NOT_FOUND);
    for (UUID findingId : signedOff) {
      ApiUser unit = unitOf(findingId);
      for (Measure m : measures.findByFindingIdOrderByOrdinal(findingId)) {
        String path = measurePath(m.getId());
        unit.does(path + "/progress", Map.of("text", "已按计划推进：" + m.getText()));
        unit.uploads(
            path + "/evidence", "佐证-" + m.getOrdinal() + ".pdf", "evidence of " + m.getId());
        unit.does(path + "/completion", null);
      }
    }

    // ── 申请销号 → 责任领导确认 → 审核认定, one return to 继续整改 ──
    for (UUID findingId : signedOff) {
      ApiUser unit = unitOf(findingId);
      unit.does(
          findingPath(findingId) + "/close-out-application",
          Map.of("selfCheck", "逐条对照检查，措施均已完成，佐证齐全"));
      assertThat(
              office()
                  .statusOf(
                      findingPath(findingId) + "/close-out-confirmation",
                      Map.of("confirmed", true)))
          .isEqualTo(HttpStatus.FORBIDDEN);
      leader().does(findingPath(findingId) + "/close-out-confirmation", Map.of("confirmed", true));
      if (findingId.equals(study)) {
        office()
            .does(
                findingPath(study) + "/close-out-certification",
                Map.of("certified", false, "reason", "缺少学习记录"));
        unitA().does(measurePath(dueToday) + "/progress", Map.of("text", "补充了十二次集中学习的记录"));
        unitA().does(findingPath(study) + "/close-out-application", Map.of("selfCheck", "已补充学习记录"));
        leader().does(findingPath(study) + "/close-out-confirmation", Map.of("confirmed", true));
      }
      office().does(findingPath(findingId) + "/close-out-certification", Map.of("certified", true));
    }

    // ── 整改完成通报: drafted by the office, approved by a leader, published by the process ──
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                finalBulletin(inspectionId) != null
                    && openTaskCount(
                            finalBulletin(inspectionId).getId().toString(), "Task_DraftBulletin")
                        == 1);
    UUID bulletinId = finalBulletin(inspectionId).getId();
    String bulletinPath = "/api/bulletins/" + bulletinId;
    Map<String, Object> narrative =
        Map.of(
            "kind",
            "FINAL",
            "narrative",
            Map.of(
                "overallSituation", List.of("局党组把巡察整改作为重大政治任务，逐条研究部署，压实整改责任。"),
                "nextSteps", List.of("持续巩固整改成果，建立健全长效机制。")));
    assertThat(unitA().statusOf(bulletinPath + "/draft", narrative))
        .isEqualTo(HttpStatus.FORBIDDEN);
    office().does(bulletinPath + "/draft", narrative);
    assertThat(office().statusOf(bulletinPath + "/approval", Map.of("approved", true)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    leader().does(bulletinPath + "/approval", Map.of("approved", true));
    await()
        .atMost(PATIENCE)
        .until(() -> finalBulletin(inspectionId).getStatus() == BulletinStatus.PUBLISHED);

    // ── 回头看 of the long-term finding, brought forward to now ──
    Job followUpTimer =
        management
            .createJobQuery()
            .processInstanceId(runningInstance("FollowUpCheck", rules).getId())
            .activityId("TimerEvent_FollowUpDue")
            .singleResult();
    management.setJobDuedate(followUpTimer.getId(), Date.from(Instant.now().minusSeconds(1)));
    await()
        .atMost(PATIENCE)
        .until(() -> openTaskCount(rules.toString(), "Task_FollowUpCheck") == 1);
    assertThat(
            unitA()
                .statusOf(
                    findingPath(rules) + "/follow-up-check",
                    Map.of("relapsed", false, "note", "本单位自查未反弹")))
        .isEqualTo(HttpStatus.FORBIDDEN);
    supervisor()
        .does(
            findingPath(rules) + "/follow-up-check",
            Map.of("relapsed", false, "note", "长效机制运行正常，未发现反弹"));

    // ════ The ledger ════
    JsonNode ledger = office().read(inspectionPath + "/ledger");
    Map<UUID, JsonNode> ledgerFindings = ledgerFindings(ledger);
    for (UUID findingId : List.of(study, ideology, promotion, files)) {
      assertThat(ledgerFindings.get(findingId).get("statusLabel").asText())
          .as(findingId.toString())
          .isEqualTo("已完成整改");
      assertThat(ledgerFindings.get(findingId).at("/closeOut/mode").asText()).isEqualTo("SIGN_OFF");
    }
    assertThat(ledgerFindings.get(rules).get("statusLabel").asText()).isEqualTo("已完成并长期坚持");
    JsonNode closedByDirective = ledgerFindings.get(assets);
    assertThat(closedByDirective.get("statusLabel").asText()).isEqualTo("已作销号处理");
    assertThat(closedByDirective.at("/closeOut/directiveDocumentNumber").asText())
        .isEqualTo("区巡办〔2026〕7号");
    assertThat(closedByDirective.at("/closeOut/closedBy").asText()).isEqualTo("t-office");
    for (JsonNode m : closedByDirective.get("measures")) {
      assertThat(m.get("statusLabel").asText()).as("措施随问题销号").isEqualTo("已作销号处理");
    }
    List<String> measureStates = new ArrayList<>();
    for (UUID findingId : signedOff) {
      for (JsonNode m : ledgerFindings.get(findingId).get("measures")) {
        measureStates.add(m.get("termLabel").asText() + "/" + m.get("statusLabel").asText());
        assertThat(m.get("evidence")).hasSize(1);
        assertThat(m.get("overdue").asBoolean())
            .as("overdue flag of a completed measure")
            .isFalse();
      }
    }
    assertThat(measureStates).hasSize(11).containsOnlyOnce("长期坚持/已完成并长期坚持");
    assertThat(measureStates).filteredOn(s -> s.endsWith("/已完成落实")).hasSize(10);
    JsonNode extendedMeasure = findMeasure(ledgerFindings.get(ideology), extended);
    assertThat(extendedMeasure.get("deadline").asText()).isEqualTo(newDeadline.toString());
    JsonNode totals = ledger.get("totals");
    assertThat(unitA().read(findingPath(study)).get("returns").findValuesAsText("reason"))
        .containsExactly("学习计划应明确频次和内容", "缺少学习记录");
    assertThat(ledgerFindings.get(ideology).get("responsibleUnit").asText())
        .as("re-assigned at 分解交办")
        .isEqualTo(TestDirectory.UNIT_B);
    assertThat(totals.get("findingsFinished").asInt()).isEqualTo(totals.get("findings").asInt());

    // ════ The engine's history: everything ended, each task done by its official ════
    List<String> businessKeys = new ArrayList<>();
    businessKeys.add(inspectionId.toString());
    businessKeys.add(bulletinId.toString());
    leaves.forEach(id -> businessKeys.add(id.toString()));
    planned.forEach(m -> businessKeys.add(m.getId().toString()));
    for (String key : businessKeys) {
      assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
          .as("still running: " + key)
          .isZero();
      assertThat(
              history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).list())
          .as("history of " + key)
          .isNotEmpty()
          .allMatch(p -> p.getEndTime() != null);
    }
    assertThat(doneBy(inspectionId.toString(), "Task_AssignFindings")).containsExactly("t-office");
    assertThat(doneBy(study.toString(), "Task_DraftMeasures"))
        .containsExactly("t-unit-a", "t-unit-a");
    assertThat(doneBy(study.toString(), "Task_ReviewMeasures"))
        .containsExactly("t-office", "t-office");
    assertThat(doneBy(ideology.toString(), "Task_DraftMeasures")).containsExactly("t-unit-b");
    assertThat(doneBy(study.toString(), "Task_ApplyForCloseOut")).containsExactly("t-unit-a");
    assertThat(doneBy(study.toString(), "Task_ContinueRectification")).containsExactly("t-unit-a");
    assertThat(doneBy(study.toString(), "Task_ConfirmCloseOut"))
        .containsExactly("t-leader", "t-leader");
    assertThat(doneBy(study.toString(), "Task_CertifyCloseOut"))
        .containsExactly("t-office", "t-office");
    for (UUID findingId : List.of(ideology, files)) {
      assertThat(doneBy(findingId.toString(), "Task_ApplyForCloseOut")).containsExactly("t-unit-b");
    }
    assertThat(doneBy(dueToday.toString(), "Task_CarryOutMeasure")).containsExactly("t-unit-a");
    assertThat(doneBy(dueToday.toString(), "Task_IssueSupervisionNotice"))
        .containsExactly("t-supervisor");
    assertThat(doneBy(extended.toString(), "Task_ReviewExtension")).containsExactly("t-office");
    assertThat(doneBy(extended.toString(), "Task_CarryOutMeasure")).containsExactly("t-unit-b");
    assertThat(doneBy(bulletinId.toString(), "Task_DraftBulletin")).containsExactly("t-office");
    assertThat(doneBy(bulletinId.toString(), "Task_ApproveBulletin")).containsExactly("t-leader");
    assertThat(doneBy(rules.toString(), "Task_FollowUpCheck")).containsExactly("t-supervisor");
    assertThat(endEventsOf("InspectionRectification", inspectionId))
        .containsExactly("EndEvent_RectificationCompleted");
    assertThat(endEventsOf("FindingRectification", assets))
        .containsExactly("EndEvent_ClosedByDirective");
    assertThat(endEventsOf("FindingRectification", rules))
        .containsExactly("EndEvent_ClosedOutOngoing");
    assertThat(endEventsOf("FindingRectification", files)).containsExactly("EndEvent_ClosedOut");
    assertThat(endEventsOf("FollowUpCheck", rules)).containsExactly("EndEvent_NoRelapse");

    // ════ Each reminder and escalation exactly once ════
    assertThat(kindsOf(dueToday))
        .containsExactlyInAnyOrder(
            NotificationKind.DEADLINE_REMINDER,
            NotificationKind.OVERDUE,
            NotificationKind.OVERDUE,
            NotificationKind.ESCALATION);
    assertThat(notifications.findByMeasureIdOrderByCreatedAt(dueToday))
        .filteredOn(n -> n.getKind() == NotificationKind.OVERDUE)
        .extracting(Notification::getRecipient)
        .containsExactlyInAnyOrder("unit-" + TestDirectory.UNIT_A, "t-leader");
    for (Measure m : planned) {
      if (!m.getId().equals(dueToday)) {
        assertThat(kindsOf(m.getId())).as("notifications of " + m.getText()).isEmpty();
      }
    }

    // ════ The final bulletin on the public site, with the ledger's figures ════
    JsonNode bulletin = unitA().read(bulletinPath);
    assertThat(bulletin.get("kind").asText()).isEqualTo(BulletinKind.FINAL.name());
    assertThat(bulletin.get("approvedBy").asText()).isEqualTo("t-leader");
    BulletinEdition edition =
        editions.findByBulletinIdAndAudience(bulletinId, Audience.PUBLIC).orElseThrow();
    String list = rest.getForObject("/public/bulletins", String.class);
    assertThat(list).contains("/public/bulletins/" + edition.getId());
    String html = rest.getForObject("/public/bulletins/" + edition.getId(), String.class);
    String text =
        new String(
            rest.getForObject("/public/bulletins/" + edition.getId() + "/text", byte[].class),
            StandardCharsets.UTF_8);
    ResponseEntity<byte[]> docx =
        rest.getForEntity("/public/bulletins/" + edition.getId() + "/docx", byte[].class);
    assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;");
    assertThat(docx.getBody())
        .isEqualTo(edition.getDocxContent())
        .startsWith((byte) 'P', (byte) 'K');
    assertThat(text).contains("国有资产管理不规范", "制定理论学习计划，每月集中学习一次", "局党组把巡察整改作为重大政治任务");
    assertThat(html).contains("国有资产管理不规范", "局党组把巡察整改作为重大政治任务");
    String figures =
        "制定的"
            + totals.get("measures").asInt()
            + "项整改措施，已完成落实"
            + totals.get("measuresCompleted").asInt()
            + "项；"
            + "巡察反馈的"
            + ledger.get("aspects").size()
            + "个方面"
            + totals.get("findings").asInt()
            + "个具体问题，已全部完成整改";
    assertThat(
            List.of(
                totals.get("measures").asInt(),
                totals.get("measuresCompleted").asInt(),
                totals.get("findings").asInt()))
        .containsExactly(13, 11, 6);
    assertThat(text).contains(figures).startsWith("中共某某区全流程局党组关于巡察整改落实完成情况的通报");
    assertThat(html).contains(figures);
    // two progress notes of one measure read as two sentences
    assertThat(text).contains("每月集中学习一次。补充了十二次集中学习的记录。");
  }

  // ── helpers ──

  private UUID register() {
    Map<String, Object> body =
        inspection()
            .with("inspectedOrganization", "中共某某区全流程局党组")
            .with("inspectedOrganizationShort", "区全流程局党组")
            .with("feedbackDate", today.minusDays(10).toString())
            .aspect(
                "聚焦党中央决策部署落实情况",
                finding("学习贯彻习近平新时代中国特色社会主义思想不够深入", TestDirectory.UNIT_A, "t-leader"),
                finding("意识形态工作责任制落实不到位", TestDirectory.UNIT_A, "t-leader"))
            .aspect(
                "聚焦基层党组织建设",
                withSubFindings(
                    finding("选人用人工作不够规范", TestDirectory.UNIT_A, "t-leader"),
                    finding("干部选拔任用程序执行不严格", TestDirectory.UNIT_A, "t-leader"),
                    finding("干部人事档案审核不细致", TestDirectory.UNIT_B, "t-leader")))
            .aspect(
                "聚焦全面从严治党",
                finding("落实中央八项规定精神有差距", TestDirectory.UNIT_A, "t-leader"),
                finding("国有资产管理不规范", TestDirectory.UNIT_B, "t-leader"))
            .build();
    JsonNode created = office().does("/api/inspections", body);
    return UUID.fromString(created.get("id").asText());
  }

  @SafeVarargs
  private static Map<String, Object> withSubFindings(
      Map<String, Object> parent, Map<String, Object>... children) {
    Map<String, Object> copy = new LinkedHashMap<>(parent);
    copy.put("subFindings", List.of(children));
    return copy;
  }

  private Map<String, UUID> findingIdsByText(UUID inspectionId) {
    return transactions.execute(
        s -> {
          Map<String, UUID> ids = new LinkedHashMap<>();
          for (Finding f : findings.findByInspection(inspectionId)) {
            ids.put(f.getText(), f.getId());
          }
          return ids;
        });
  }

  @SafeVarargs
  private void draft(ApiUser unit, UUID findingId, Map<String, Object>... drafted) {
    unit.does(findingPath(findingId) + "/measures", Map.of("measures", List.of(drafted)));
  }

  private static Map<String, Object> measure(String text, LocalDate deadline) {
    return measure(text, deadline, "TIME_BOUND");
  }

  private static Map<String, Object> measure(String text, LocalDate deadline, String term) {
    return Map.of(
        "text", text, "responsiblePerson", "张三", "deadline", deadline.toString(), "term", term);
  }

  private ApiUser unitOf(UUID findingId) {
    String code =
        transactions.execute(
            s -> findings.findById(findingId).orElseThrow().getResponsibleUnit().getCode());
    return TestDirectory.UNIT_A.equals(code) ? unitA() : unitB();
  }

  private Bulletin finalBulletin(UUID inspectionId) {
    return bulletins.findByInspectionIdOrderByCreatedAt(inspectionId).stream()
        .filter(b -> b.getKind() == BulletinKind.FINAL)
        .findFirst()
        .orElse(null);
  }

  private long openTaskCount(String businessKey, String taskKey) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey)
        .count();
  }

  private org.camunda.bpm.engine.runtime.ProcessInstance runningInstance(
      String key, UUID businessKey) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(key)
        .processInstanceBusinessKey(businessKey.toString())
        .singleResult();
  }

  /**
   * Brings a timer forward to now; run near midnight, the deadline timer may already have fired by
   * itself.
   */
  private void fireNow(UUID measureId, String timer) {
    Job job = timer(measureId, timer);
    if (job != null) {
      management.setJobDuedate(job.getId(), Date.from(Instant.now().minusSeconds(1)));
    }
  }

  private Job timer(UUID measureId, String activityId) {
    return management
        .createJobQuery()
        .processInstanceId(runningInstance("MeasureExecution", measureId).getId())
        .activityId(activityId)
        .singleResult();
  }

  private List<String> doneBy(String businessKey, String taskKey) {
    return history
        .createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .stream()
        .filter(t -> "completed".equals(t.getDeleteReason()))
        .map(HistoricTaskInstance::getAssignee)
        .toList();
  }

  /**
   * The end events the (finished) instance passed; an event subprocess's end shows here, not as the
   * instance's end activity.
   */
  private List<String> endEventsOf(String processKey, UUID businessKey) {
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(processKey)
            .processInstanceBusinessKey(businessKey.toString())
            .singleResult();
    assertThat(instance.getEndTime()).as(processKey + " of " + businessKey + " ended").isNotNull();
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityType("noneEndEvent")
        .list()
        .stream()
        .map(a -> a.getActivityId())
        .toList();
  }

  private long count(NotificationKind kind, UUID measureId) {
    return kindsOf(measureId).stream().filter(k -> k == kind).count();
  }

  /**
   * The timer notifications of a measure (reminder, overdue, 督办, 调度); the step notifications (an
   * extension decided, a task assigned) are outside this test's count.
   */
  private List<NotificationKind> kindsOf(UUID measureId) {
    return notifications.findByMeasureIdOrderByCreatedAt(measureId).stream()
        .map(Notification::getKind)
        .filter(
            k ->
                k == NotificationKind.DEADLINE_REMINDER
                    || k == NotificationKind.OVERDUE
                    || k == NotificationKind.ESCALATION
                    || k == NotificationKind.PROGRESS_CALL)
        .toList();
  }

  private static Map<UUID, JsonNode> ledgerFindings(JsonNode ledger) {
    Map<UUID, JsonNode> all = new LinkedHashMap<>();
    for (JsonNode aspect : ledger.get("aspects")) {
      collect(aspect.get("findings"), all);
    }
    return all;
  }

  private static void collect(JsonNode list, Map<UUID, JsonNode> into) {
    for (JsonNode f : list) {
      into.put(UUID.fromString(f.get("id").asText()), f);
      collect(f.get("subFindings"), into);
    }
  }

  private static JsonNode findMeasure(JsonNode finding, UUID measureId) {
    for (JsonNode m : finding.get("measures")) {
      if (m.get("id").asText().equals(measureId.toString())) {
        return m;
      }
    }
    throw new AssertionError("no measure " + measureId);
  }

  private static String findingPath(UUID id) {
    return "/api/findings/" + id;
  }

  private static String measurePath(UUID id) {
    return "/api/measures/" + id;
  }

  private ApiUser office() {
    return ApiUser.as(rest, "t-office");
  }

  private ApiUser leader() {
    return ApiUser.as(rest, "t-leader");
  }

  private ApiUser supervisor() {
    return ApiUser.as(rest, "t-supervisor");
  }

  private ApiUser unitA() {
    return ApiUser.as(rest, "t-unit-a");
  }

  private ApiUser unitB() {
    return ApiUser.as(rest, "t-unit-b");
  }
}
