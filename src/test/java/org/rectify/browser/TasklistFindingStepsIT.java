package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The rest of a finding's life in Tasklist, in a real (headless) browser, as the demo users: unit-a
 * reports progress and asks for more time in 落实整改措施; the office approves one extension and declines
 * another in 审批延期申请; the supervisor writes the 督办 of an overdue measure; unit-a completes the
 * measures and applies for close-out; the lead official confirms; the office returns the close-out
 * once (继续整改), then certifies it; and months later the office does the 回头看 of the long-term
 * finding. Every form also refuses one bad input with its Chinese message.
 *
 * <p>The state before each step is reached through the API; timers (deadline, escalation, 回头看) are
 * fired by executing their job. Runs in its own JVM (failsafe execution {@code tasklist-forms-it}).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:tasklist-finding-steps;DB_CLOSE_DELAY=-1")
class TasklistFindingStepsIT {

  private static final String CHINESE_BROWSER = TasklistPage.CHINESE_BROWSER;
  private static final String PASSWORD = TasklistPage.DEMO_PASSWORD;

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired org.rectify.calendar.DeadlineCalendar calendar;

  private DemoInspectionWork demo;

  @BeforeEach
  void demoWork() {
    demo = new DemoInspectionWork(rest, tasks);
  }

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aFindingIsCarriedOutSupervisedReturnedOnceClosedOutAndCheckedAgainInTasklist() {
    String findingId = demo.assignTheDemoInspectionAndPickAFindingOfUnitA();
    LocalDate deadline1 = calendar.today().plusMonths(2);
    LocalDate deadline2 = calendar.today().plusMonths(6);
    draftAndApprove(findingId, deadline1, deadline2);
    JsonNode planned = demo.finding(findingId);
    String measure1 = planned.at("/measures/0/id").asText();
    String measure2 = planned.at("/measures/1/id").asText();

    // unit-a, 落实整改措施: a progress note, an extension request the server refuses (not later
    // than the deadline), then one it accepts; the task stays open.
    LocalDate extended = deadline1.plusMonths(1);
    String note1 = "已修订学习制度初稿，提交党组会审议";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      tasklist.openAndClaim(demo.awaitTask(measure1, "Task_CarryOutMeasure").getId());
      browser.waitForText("尚无整改进展");
      browser.waitForVisible(By.cssSelector("textarea.progress-note")).sendKeys(note1);
      tasklist.press(By.cssSelector("button.add-note"));
      browser.waitForText("李综合：" + note1);

      browser
          .waitForVisible(By.cssSelector("input.extension-deadline"))
          .sendKeys(deadline1.toString());
      browser.waitForVisible(By.cssSelector("input.extension-reason")).sendKeys("需等待党组会审议");
      tasklist.press(By.cssSelector("button.request-extension"));
      browser.waitForText("申请的新时限必须晚于原时限 " + deadline1);
      // The form shows the server's refusal; Tasklist's generic notice for a failed request (通信错误 …
      // 请刷新页面，或退出后重新登录) would misread it as a broken connection.
      assertThat(browser.bodyText()).doesNotContain("通信错误", "重新登录");
      WebElement newDeadline = browser.waitForVisible(By.cssSelector("input.extension-deadline"));
      newDeadline.clear();
      newDeadline.sendKeys(extended.toString());
      tasklist.press(By.cssSelector("button.request-extension"));
      browser.waitForText("延期申请已提交，等待整改办审批。");
      browser.waitForText("申请延至 " + day(extended));
      browser.screenshot("steps-01-carry-out-progress-and-extension");
    }
    assertThat(measure(findingId, 0).at("/progress/0/text").asText()).isEqualTo(note1);
    assertThat(measure(findingId, 0).at("/extensionRequests/0/status").asText())
        .isEqualTo("PENDING");

    // office, 审批延期申请: no decision is refused; 批准延期 moves the deadline.
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(demo.awaitTask(measure1, "Task_ReviewExtension").getId());
      browser.waitForText("需等待党组会审议");
      assertThat(browser.bodyText()).contains("现时限：" + day(deadline1), "申请延至 " + day(extended));
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("请选择批准延期或不予批准");
      tasklist.press(By.cssSelector("input.decision-approve"));
      browser.screenshot("steps-02-review-extension-approve");
      tasklist.completeSuccessfully();
    }
    awaitNoTask(measure1, "Task_ReviewExtension");
    JsonNode approved = measure(findingId, 0);
    assertThat(approved.at("/deadline").asText()).isEqualTo(extended.toString());
    assertThat(approved.at("/extensionRequests/0/status").asText()).isEqualTo("APPROVED");
    assertThat(approved.at("/extensionRequests/0/decidedBy").asText()).isEqualTo("office");
    // Tasklist's due date (三日内到期, 已逾期) follows the new deadline.
    // Due when the new deadline day runs out: midnight China time at its end.
    assertThat(demo.awaitTask(measure1, "Task_CarryOutMeasure").getDueDate().toInstant())
        .isEqualTo(
            extended.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());

    // A second request (API), declined in the form: 不予批准 needs a reason.
    LocalDate tooLate = extended.plusMonths(3);
    assertThat(
            rest.withBasicAuth("unit-a", PASSWORD)
                .postForEntity(
                    "/api/measures/" + measure1 + "/extension-requests",
                    Map.of("newDeadline", tooLate.toString(), "reason", "再延三个月"),
                    String.class)
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
    String declineReason = "时限已延长一次，请按期完成";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(demo.awaitTask(measure1, "Task_ReviewExtension").getId());
      browser.waitForText("再延三个月");
      tasklist.press(By.cssSelector("input.decision-return"));
      browser.waitForText("不予批准理由（必填）");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("不批准延期必须说明理由");
      browser.waitForVisible(By.cssSelector("textarea.decision-reason")).sendKeys(declineReason);
      browser.screenshot("steps-03-review-extension-decline");
      tasklist.completeSuccessfully();
    }
    awaitNoTask(measure1, "Task_ReviewExtension");
    JsonNode declined = measure(findingId, 0);
    assertThat(declined.at("/deadline").asText()).isEqualTo(extended.toString());
    assertThat(declined.at("/extensionRequests/1/status").asText()).isEqualTo("REJECTED");
    assertThat(declined.at("/extensionRequests/1/decisionReason").asText())
        .isEqualTo(declineReason);

    // Measure 2 runs over: the deadline and escalation timers fire; 督办 for the supervisors.
    executeTimer(measure2, "MeasureExecution", "BoundaryEvent_DeadlineReached");
    executeTimer(measure2, "MeasureExecution", "BoundaryEvent_EscalationDue");
    String noticeText = "请于五个工作日内报送整改进展，说明逾期原因";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("supervisor");
      tasklist.openAndClaim(demo.awaitTask(measure2, "Task_IssueSupervisionNotice").getId());
      browser.waitForText("逾期措施 2：");
      browser.waitForText("状态：正在落实（已逾期）");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("必须填写督办意见");
      browser.waitForVisible(By.cssSelector("textarea.notice-text")).sendKeys(noticeText);
      browser.screenshot("steps-04-supervision-notice");
      tasklist.completeSuccessfully();
    }
    awaitNoTask(measure2, "Task_IssueSupervisionNotice");
    JsonNode supervised = measure(findingId, 1);
    assertThat(supervised.at("/overdue").asBoolean()).isTrue();
    assertThat(supervised.at("/supervisionNotices/0/text").asText()).isEqualTo(noticeText);
    assertThat(supervised.at("/supervisionNotices/0/issuedBy").asText()).isEqualTo("supervisor");

    // unit-a completes both measures; the unsaved note of measure 1 is reported on 完成.
    String lastNote = "党组会已审议通过修订后的学习制度";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      tasklist.openTask(demo.awaitTask(measure1, "Task_CarryOutMeasure").getId());
      browser.waitForText("未批准，" + declineReason);
      browser.waitForVisible(By.cssSelector("textarea.progress-note")).sendKeys(lastNote);
      tasklist.completeSuccessfully();
      tasklist.openAndClaim(demo.awaitTask(measure2, "Task_CarryOutMeasure").getId());
      browser.waitForText(noticeText);
      browser.screenshot("steps-05-carry-out-overdue-measure");
      tasklist.completeSuccessfully();
    }
    demo.awaitTask(findingId, "Task_ApplyForCloseOut");
    assertThat(measure(findingId, 0).at("/status").asText()).isEqualTo("COMPLETED");
    assertThat(measure(findingId, 0).at("/progress/1/text").asText()).isEqualTo(lastNote);
    assertThat(measure(findingId, 1).at("/completedOn").asText())
        .isEqualTo(calendar.today().toString());

    // unit-a, 申请销号: the self-check list must be ticked item by item.
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      tasklist.openAndClaim(demo.awaitTask(findingId, "Task_ApplyForCloseOut").getId());
      browser.waitForVisible(By.cssSelector("input.self-check-item"));
      browser.waitForVisible(By.cssSelector("textarea.self-check-note")).sendKeys("两项措施均已落实");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("请逐项确认自审清单");
      tickSelfCheck(tasklist, browser);
      awaitCorrected(browser, "请逐项确认自审清单");
      browser.screenshot("steps-06-apply-for-close-out");
      tasklist.completeSuccessfully();
    }
    String leadOfficial = demo.finding(findingId).at("/leadOfficial").asText();
    assertThat(leadOfficial).isEqualTo("leader");
    assertThat(demo.finding(findingId).at("/closeOutApplications/0/status").asText())
        .isEqualTo("APPLIED");

    // leader (the finding's lead official): 我的待办, a return without a reason is refused; confirms.
    confirmAsLeadOfficial(findingId, true, "steps-07-confirm-close-out");

    // office, 审核认定: return to 继续整改 (reason required).
    String returnReason = "学习记录不全，请补充第二季度佐证";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(demo.awaitTask(findingId, "Task_CertifyCloseOut").getId());
      browser.waitForText("责任领导 张书记 已确认");
      tasklist.press(By.cssSelector("input.decision-return"));
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("退回必须填写退回理由");
      browser.waitForVisible(By.cssSelector("textarea.decision-reason")).sendKeys(returnReason);
      browser.screenshot("steps-08-certify-close-out-return");
      tasklist.completeSuccessfully();
    }

    // unit-a, 继续整改: a note to measure 1, a new self-check.
    String moreNote = "补充第二季度学习记录";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      tasklist.openAndClaim(demo.awaitTask(findingId, "Task_ContinueRectification").getId());
      browser.waitForText(returnReason);
      browser.waitForVisible(By.cssSelector("textarea.progress-note")).sendKeys(moreNote);
      tasklist.press(By.cssSelector("button.add-note"));
      browser.waitForText("李综合：" + moreNote);
      tickSelfCheck(tasklist, browser);
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("必须填写部门自审意见");
      browser.waitForVisible(By.cssSelector("textarea.self-check-note")).sendKeys("已补充佐证");
      browser.screenshot("steps-09-continue-rectification");
      tasklist.completeSuccessfully();
    }
    assertThat(measure(findingId, 0).at("/progress/2/text").asText()).isEqualTo(moreNote);

    confirmAsLeadOfficial(findingId, false, "steps-10-confirm-close-out-again");

    // office, 审核认定: 认定销号; the long-term measure makes it 已完成并长期坚持.
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(demo.awaitTask(findingId, "Task_CertifyCloseOut").getId());
      browser.waitForText("已补充佐证");
      tasklist.press(By.cssSelector("input.decision-approve"));
      browser.screenshot("steps-11-certify-close-out");
      tasklist.completeSuccessfully();
    }
    JsonNode closed =
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> demo.finding(findingId),
                f -> !f.at("/closeOut").isMissingNode() && !f.at("/closeOut").isNull());
    assertThat(closed.at("/status").asText()).isEqualTo("COMPLETED_ONGOING");
    assertThat(closed.at("/closeOut/closedBy").asText()).isEqualTo("office");

    // Months later the 回头看 timer fires; the office finds no relapse (the choice is required).
    executeTimer(findingId, "FollowUpCheck", "TimerEvent_FollowUpDue");
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(demo.awaitTask(findingId, "Task_FollowUpCheck").getId());
      browser
          .waitForVisible(By.cssSelector("textarea.follow-up-note"))
          .sendKeys("抽查三个季度学习记录，制度执行到位");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("请选择是否反弹");
      tasklist.press(By.cssSelector("input.relapsed-no"));
      // The form's messages follow the correction.
      awaitCorrected(browser, "请选择是否反弹");
      browser.screenshot("steps-12-follow-up-check");
      tasklist.completeSuccessfully();
    }
    awaitNoTask(findingId, "Task_FollowUpCheck");
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(findingId)
                .processDefinitionKey("FollowUpCheck")
                .count())
        .isZero();
    assertThat(demo.finding(findingId).at("/status").asText()).isEqualTo("COMPLETED_ONGOING");
  }

  private void confirmAsLeadOfficial(String findingId, boolean refuseFirst, String screenshot) {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("leader");
      Task task = demo.awaitTask(findingId, "Task_ConfirmCloseOut");
      assertThat(task.getAssignee()).isEqualTo("leader");
      browser.waitForVisible(By.xpath("//a[contains(., '我的待办')]")).click();
      browser.waitForText("责任领导确认 【");
      tasklist.openTask(task.getId());
      browser.waitForText("部门自审意见（李综合");
      if (refuseFirst) {
        tasklist.press(By.cssSelector("input.decision-return"));
        assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
        browser.waitForText("退回必须填写退回理由");
      }
      tasklist.press(By.cssSelector("input.decision-approve"));
      if (refuseFirst) {
        awaitCorrected(browser, "退回必须填写退回理由");
      }
      browser.screenshot(screenshot);
      tasklist.completeSuccessfully();
    }
    demo.awaitTask(findingId, "Task_CertifyCloseOut");
  }

  /** Waits until the form no longer shows a message nor its 输入有误 banner once the input is fixed. */
  private static void awaitCorrected(HeadlessChromium browser, String message) {
    browser.until(
        d ->
            !browser.bodyText().contains(message)
                && d.findElements(By.cssSelector(".rectify-problem")).isEmpty());
  }

  /** A date as the forms show it: 2026年3月5日. */
  private static String day(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  private static void tickSelfCheck(TasklistPage tasklist, HeadlessChromium browser) {
    List<WebElement> items = browser.driver().findElements(By.cssSelector("input.self-check-item"));
    assertThat(items).isNotEmpty();
    for (int i = 0; i < items.size(); i++) {
      tasklist.press(By.xpath("(//input[contains(@class, 'self-check-item')])[" + (i + 1) + "]"));
    }
  }

  /** Fires a timer now, as the job executor would on its due date. */
  private void executeTimer(String businessKey, String processKey, String activityId) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .processDefinitionKey(processKey)
            .singleResult();
    assertThat(instance).as(processKey + " " + businessKey).isNotNull();
    Job job =
        management
            .createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(activityId)
            .timers()
            .singleResult();
    assertThat(job).as(activityId).isNotNull();
    management.executeJob(job.getId());
  }

  private void draftAndApprove(String findingId, LocalDate deadline1, LocalDate deadline2) {
    List<Map<String, Object>> measures =
        List.of(
            Map.of(
                "text", "修订理论学习中心组学习制度",
                "responsiblePerson", "李综合",
                "deadline", deadline1.toString(),
                "term", "TIME_BOUND",
                "unitCodes", List.of()),
            Map.of(
                "text", "每季度通报一次学习落实情况",
                "responsiblePerson", "王某某",
                "deadline", deadline2.toString(),
                "term", "LONG_TERM",
                "unitCodes", List.of()));
    ResponseEntity<String> drafted =
        rest.withBasicAuth("unit-a", PASSWORD)
            .postForEntity(
                "/api/findings/" + findingId + "/measures",
                Map.of("measures", measures),
                String.class);
    assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> reviewed =
        rest.withBasicAuth("office", PASSWORD)
            .postForEntity(
                "/api/findings/" + findingId + "/plan-review",
                Map.of("approved", true),
                String.class);
    assertThat(reviewed.getStatusCode()).as(reviewed.getBody()).isEqualTo(HttpStatus.OK);
  }

  private JsonNode measure(String findingId, int index) {
    return demo.finding(findingId).at("/measures/" + index);
  }

  private void awaitNoTask(String businessKey, String taskKey) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey)
                    .count(),
            count -> count == 0);
  }
}
