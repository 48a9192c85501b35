package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The office's and the leader's inspection-level steps in Tasklist, in a real (headless) browser,
 * on the demo inspection: 分解交办 (a finding left without a unit is refused first), 编制整改报告 with a
 * stage bulletin (once the report deadline timer has fired), 起草通报 with its live preview and the
 * full preview, 审定通报 returned with a reason, re-drafted and approved, the published bulletin on the
 * public site, a 意见建议 sent there by an anonymous visitor, and its 处理意见建议 (转交单位 without a note is
 * refused first).
 *
 * <p>Runs in its own JVM (failsafe execution {@code tasklist-forms-it}): it moves the demo
 * inspection on, which the other default-profile tests expect untouched.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:tasklist-inspection-steps;DB_CLOSE_DELAY=-1")
class TasklistInspectionStepsIT {

  private static final String CHINESE_BROWSER = TasklistPage.CHINESE_BROWSER;
  private static final String PASSWORD = TasklistPage.DEMO_PASSWORD;
  private static final String INSPECTION_PROCESS = "InspectionRectification";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void theOfficeAndTheLeaderFinishEveryInspectionStepAndThePublicOpinionInTasklist()
      throws Exception {
    String inspectionId =
        office().getForObject("/api/inspections", JsonNode.class).at("/0/id").asText();

    assignEveryFindingInTheForm(inspectionId);
    String bulletinId = compileTheReportWithAStageBulletin(inspectionId);
    String overall = draftTheBulletinWithItsPreviews(bulletinId);
    String reason = "总体情况过于简略，请补充已完成整改的具体成效";
    returnTheBulletin(bulletinId, reason);
    String redrafted = redraftAfterTheReturn(bulletinId, reason, overall);
    approveTheBulletin(bulletinId);
    String editionId = findThePublishedBulletinOnThePublicSite(redrafted);
    String opinionText = "建议在通报中写明各项整改措施的完成时间，便于群众监督。";
    sendAPublicOpinion(editionId, opinionText);
    triageTheOpinion(opinionText);
  }

  /** 分解交办: the rows come pre-filled from the registration; one left without a unit is refused. */
  private void assignEveryFindingInTheForm(String inspectionId) {
    Task assign = awaitTask(inspectionId, "Task_AssignFindings");
    List<String> changedUnit = new ArrayList<>();
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(assign.getId());
      browser.waitForText("被巡察单位：中共长春市宽城区机关事务管理服务中心党组");
      browser.until(d -> d.findElements(By.cssSelector("select.assignment-unit")).size() > 1);
      // Leaders are loaded separately from the rows: wait until the pre-filled lead shows.
      browser.until(
          d ->
              !new Select(d.findElements(By.cssSelector("select.assignment-lead")).get(0))
                  .getFirstSelectedOption()
                  .getText()
                  .equals("请选择"));
      List<WebElement> units =
          browser.driver().findElements(By.cssSelector("select.assignment-unit"));
      List<WebElement> leads =
          browser.driver().findElements(By.cssSelector("select.assignment-lead"));
      int rows = units.size();
      assertThat(leads).hasSize(rows);
      String firstUnit = new Select(units.get(0)).getFirstSelectedOption().getText();
      assertThat(firstUnit).isNotEqualTo("请选择");

      // A finding without a responsible unit, another without a lead: the form refuses, Tasklist
      // shows the refusal, the rows show what is missing.
      new Select(units.get(0)).selectByVisibleText("请选择");
      String lead = new Select(leads.get(1)).getFirstSelectedOption().getText();
      new Select(leads.get(1)).selectByVisibleText("请选择");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("必须选择责任单位");
      browser.waitForText("必须选择责任领导");
      browser.screenshot("steps-01-assign-needs-unit-and-lead");

      // Through the form's own controls: unit and lead chosen again, and row 2 handed to another
      // unit than the registration named.
      new Select(units.get(0)).selectByVisibleText(firstUnit);
      new Select(leads.get(1)).selectByVisibleText(lead);
      Select secondUnit = new Select(units.get(1));
      String registered = secondUnit.getFirstSelectedOption().getText();
      String otherUnit =
          secondUnit.getOptions().stream()
              .map(WebElement::getText)
              .filter(t -> !t.equals("请选择") && !t.equals(registered))
              .findFirst()
              .orElseThrow();
      secondUnit.selectByVisibleText(otherUnit);
      changedUnit.add(otherUnit);
      for (int i = 0; i < rows; i++) {
        assertThat(new Select(units.get(i)).getFirstSelectedOption().getText())
            .as("unit of row %d", i)
            .isNotEqualTo("请选择");
        assertThat(new Select(leads.get(i)).getFirstSelectedOption().getText())
            .as("lead of row %d", i)
            .isNotEqualTo("请选择");
      }
      browser.screenshot("steps-02-assign-findings");
      tasklist.completeSuccessfully();
    }

    // Every leaf finding is assigned and its finding process has started.
    JsonNode ledger =
        office().getForObject("/api/inspections/" + inspectionId + "/ledger", JsonNode.class);
    List<JsonNode> leaves = new ArrayList<>();
    for (JsonNode aspect : ledger.at("/aspects")) {
      collectLeaves(aspect.at("/findings"), leaves);
    }
    assertThat(leaves).isNotEmpty();
    for (JsonNode leaf : leaves) {
      assertThat(leaf.at("/responsibleUnit").asText()).as(leaf.toString()).isNotBlank();
      assertThat(leaf.at("/leadOfficial").asText()).as(leaf.toString()).isNotBlank();
    }
    assertThat(leaves.get(1).at("/responsibleUnitName").asText()).isEqualTo(changedUnit.get(0));
    awaitTask(leaves.get(0).at("/id").asText(), "Task_DraftMeasures");
  }

  /**
   * 编制整改报告 opens when the report deadline timer fires (the demo inspection's deadline has passed,
   * so it may have fired already); an empty summary is refused; the stage bulletin starts with it.
   */
  private String compileTheReportWithAStageBulletin(String inspectionId) {
    String instanceId =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionKey(INSPECTION_PROCESS)
            .processInstanceBusinessKey(inspectionId)
            .singleResult()
            .getId();
    Job reportDue =
        management
            .createJobQuery()
            .processInstanceId(instanceId)
            .activityId("StartEvent_ReportDue")
            .singleResult();
    if (reportDue != null) {
      management.executeJob(reportDue.getId());
    }
    Task report = awaitTask(inspectionId, "Task_CompileReport");
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(report.getId());
      browser.waitForText("整改报告摘要");
      // Which inspection, and today's figures from the ledger to write the summary with.
      String page = browser.waitForText("被巡察单位：中共长春市宽城区机关事务管理服务中心党组");
      assertThat(page).contains("2025年8月22日反馈", "截至目前：问题 13 个，已完成整改 0 个");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("必须填写整改报告摘要");
      browser
          .waitForVisible(By.cssSelector("textarea.report-summary"))
          .sendKeys("截至目前，反馈的问题均已交办到责任单位，整改措施正在落实。");
      tasklist.press(By.cssSelector("input.report-stage-bulletin"));
      browser.screenshot("steps-03-compile-report");
      tasklist.completeSuccessfully();
    }
    assertThat(tasks.createTaskQuery().taskId(report.getId()).count()).isZero();
    Task draft =
        await(
            () ->
                tasks
                    .createTaskQuery()
                    .processDefinitionKey("BulletinPublication")
                    .taskDefinitionKey("Task_DraftBulletin")
                    .list());
    String bulletinId =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(draft.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    JsonNode bulletin = bulletin(bulletinId);
    assertThat(bulletin.at("/inspectionId").asText()).isEqualTo(inspectionId);
    assertThat(bulletin.at("/kind").asText()).isEqualTo("STAGE");
    assertThat(bulletin.at("/status").asText()).isEqualTo("DRAFTING");
    return bulletinId;
  }

  /** 起草通报: the live preview follows the typing; the full preview renders the bulletin. */
  private String draftTheBulletinWithItsPreviews(String bulletinId) {
    String overall = "巡察反馈问题已全部分解交办，各责任单位制定了整改措施。";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(awaitTask(bulletinId, "Task_DraftBulletin").getId());
      browser.waitForVisible(By.cssSelector("a.bulletin-preview-link"));
      assertThat(
              new Select(browser.waitForVisible(By.cssSelector("select.bulletin-kind")))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("阶段性通报");
      // The layout: the shipped profiles by their Chinese names, the default chosen and explained.
      Select profile =
          new Select(browser.waitForVisible(By.cssSelector("select.bulletin-profile")));
      assertThat(profile.getFirstSelectedOption().getText()).isEqualTo("通用版式");
      assertThat(profile.getOptions())
          .extracting(WebElement::getText)
          .hasSize(5)
          .contains("问题全文连续编号（宽城式）");
      browser.waitForText("新生成的通报默认使用");

      // Without the overall situation the form refuses.
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("必须填写整改工作总体情况");

      browser.waitForVisible(By.cssSelector("textarea.bulletin-overall")).sendKeys(overall);
      WebElement nextSteps = browser.waitForVisible(By.cssSelector("textarea.bulletin-next-steps"));
      nextSteps.sendKeys("持续跟踪整改进度");
      nextSteps.sendKeys(org.openqa.selenium.Keys.ENTER, "适时开展回头看");
      browser
          .waitForVisible(By.cssSelector("input.bulletin-signature"))
          .sendKeys("中共某某市委巡察工作领导小组办公室");
      WebElement preview = browser.waitForVisible(By.cssSelector(".rectify-live-preview"));
      browser.until(d -> preview.getText().contains(overall));
      assertThat(preview.getText())
          .contains("一、整改工作总体情况", "一是持续跟踪整改进度", "二是适时开展回头看", "中共某某市委巡察工作领导小组办公室");
      browser.screenshot("steps-04-draft-bulletin");

      // The full preview link: what the new window would load, fetched in the page with the
      // session.
      Map<String, Object> full =
          fetch(browser, "document.querySelector('a.bulletin-preview-link').href");
      assertThat((String) full.get("url")).endsWith("/api/bulletins/" + bulletinId + "/preview");
      assertThat(((Number) full.get("status")).intValue()).isEqualTo(200);
      assertThat((String) full.get("type")).startsWith("text/html");
      assertThat((String) full.get("body"))
          .contains("<html lang=\"zh-CN\">", "关于巡察整改进展情况的通报", "巡察反馈问题整改进展情况");

      tasklist.completeSuccessfully();
    }
    awaitTask(bulletinId, "Task_ApproveBulletin");
    JsonNode drafted = bulletin(bulletinId);
    assertThat(drafted.at("/status").asText()).isEqualTo("AWAITING_APPROVAL");
    assertThat(drafted.at("/narrative/overallSituation/0").asText()).isEqualTo(overall);
    assertThat(drafted.at("/narrative/nextSteps").size()).isEqualTo(2);
    assertThat(drafted.at("/narrative/profile").asText()).isEqualTo("standard");
    return overall;
  }

  /** 审定通报: a return without a reason is refused; with one the bulletin goes back to the office. */
  private void returnTheBulletin(String bulletinId, String reason) {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("leader");
      tasklist.openAndClaim(awaitTask(bulletinId, "Task_ApproveBulletin").getId());
      browser.waitForText("阶段性通报（待审定）");
      // The leader reads the drafted text in the form, and the whole bulletin in the full preview.
      String page = browser.waitForText("送审的手写部分（王整改 起草");
      assertThat(page).contains("巡察反馈问题已全部分解交办", "一是持续跟踪整改进度", "二是适时开展回头看", "中共某某市委巡察工作领导小组办公室");
      Map<String, Object> full =
          fetch(browser, "document.querySelector('a.bulletin-preview-link').href");
      assertThat(((Number) full.get("status")).intValue()).isEqualTo(200);
      assertThat((String) full.get("body")).contains("巡察反馈问题已全部分解交办");
      tasklist.press(By.cssSelector("input.decision-return"));
      browser.waitForText("退回修改理由（必填）");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("退回必须说明理由");
      browser.screenshot("steps-05-return-needs-reason");
      browser.waitForVisible(By.cssSelector("textarea.decision-reason")).sendKeys(reason);
      tasklist.completeSuccessfully();
    }
    awaitTask(bulletinId, "Task_DraftBulletin");
    JsonNode returned = bulletin(bulletinId);
    assertThat(returned.at("/status").asText()).isEqualTo("DRAFTING");
    assertThat(returned.at("/returnReason").asText()).isEqualTo(reason);
  }

  /** The office sees the leader's reason and its text again, and re-drafts. */
  private String redraftAfterTheReturn(String bulletinId, String reason, String overall) {
    String added = "已完成整改的问题，均建立了长效机制。";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(awaitTask(bulletinId, "Task_DraftBulletin").getId());
      browser.waitForText("审定退回理由：" + reason);
      WebElement text = browser.waitForVisible(By.cssSelector("textarea.bulletin-overall"));
      browser.until(d -> text.getAttribute("value").contains(overall));
      text.sendKeys(org.openqa.selenium.Keys.END, org.openqa.selenium.Keys.ENTER, added);
      browser.waitForText(added);
      browser.screenshot("steps-06-redraft-after-return");
      tasklist.completeSuccessfully();
    }
    awaitTask(bulletinId, "Task_ApproveBulletin");
    assertThat(bulletin(bulletinId).at("/narrative/overallSituation/1").asText()).isEqualTo(added);
    return added;
  }

  /** 审定通过: the bulletin is published (asynchronously, by the job executor). */
  private void approveTheBulletin(String bulletinId) {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("leader");
      tasklist.openAndClaim(awaitTask(bulletinId, "Task_ApproveBulletin").getId());
      browser.waitForText("阶段性通报（待审定）");
      // The re-drafted text, with the reason of the earlier return.
      assertThat(browser.waitForText("送审的手写部分")).contains("上次审定退回理由：", "已完成整改的问题，均建立了长效机制。");
      tasklist.press(By.cssSelector("input.decision-approve"));
      browser.screenshot("steps-07-approve-bulletin");
      tasklist.completeSuccessfully();
    }
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> bulletin(bulletinId).at("/status").asText(), "PUBLISHED"::equals);
    assertThat(bulletin(bulletinId).at("/approvedBy").asText()).isEqualTo("leader");
  }

  /** Anonymous, in a new browser: the list, then the bulletin itself; returns the edition id. */
  private String findThePublishedBulletinOnThePublicSite(String redrafted) {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      browser.open("http://localhost:" + port + "/public/bulletins");
      browser.waitForText("巡视巡察整改情况通报");
      assertThat(browser.bodyText()).doesNotContain("暂无已发布的通报");
      WebElement link =
          browser.waitForVisible(By.cssSelector("li > a[href^='/public/bulletins/']"));
      String href = link.getAttribute("href");
      String editionId = href.substring(href.lastIndexOf('/') + 1);
      browser.screenshot("steps-08-public-bulletins");
      link.click();
      String page = browser.waitForText(redrafted);
      assertThat(page).contains("关于巡察整改进展情况的通报", "一、整改工作总体情况", "巡察反馈问题已全部分解交办");
      browser.screenshot("steps-09-public-bulletin");
      return editionId;
    }
  }

  /** The public opinion form next to the bulletin, anonymous, in a new browser. */
  private void sendAPublicOpinion(String editionId, String text) {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      browser.open("http://localhost:" + port + "/public/bulletins");
      browser.waitForVisible(By.xpath("//a[contains(., '提出意见建议')]")).click();
      browser.waitForText("意见建议内容（必填）");
      assertThat(browser.driver().getCurrentUrl())
          .contains("/public/bulletins/" + editionId + "/opinion");
      browser.waitForVisible(By.id("opinion-text")).sendKeys(text);
      browser.waitForVisible(By.id("opinion-name")).sendKeys("张某");
      browser.waitForVisible(By.id("opinion-contact")).sendKeys("13800000000");
      browser.screenshot("steps-10-public-opinion");
      WebElement submit = browser.waitForVisible(By.cssSelector("form button[type=submit]"));
      ((JavascriptExecutor) browser.driver())
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
      submit.click();
      // The redirect (303) keeps the form action's #opinion fragment.
      browser.waitForText("感谢您的意见建议");
      assertThat(browser.driver().getCurrentUrl())
          .contains("/public/bulletins/" + editionId + "/opinion/thanks");
      assertThat(browser.bodyText()).doesNotContain(text);
    }
  }

  /** 处理意见建议: 转交单位 without a note is refused; with one the opinion is referred. */
  private void triageTheOpinion(String text) {
    Task triage =
        await(
            () ->
                tasks
                    .createTaskQuery()
                    .processDefinitionKey("PublicOpinionTriage")
                    .taskDefinitionKey("Task_TriageOpinion")
                    .list());
    String opinionId =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(triage.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    String note = "转交综合科，请于十个工作日内核实并答复。";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(triage.getId());
      String page = browser.waitForText(text);
      assertThat(page).contains("张某", "13800000000", "待处理");
      tasklist.press(By.cssSelector("input.outcome-referred"));
      browser.waitForText("处理说明（必填：转交给哪个单位、办理什么）");
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("转交单位必须写明转交给哪个单位、办理什么");
      browser.screenshot("steps-11-referral-needs-note");
      browser.waitForVisible(By.cssSelector("textarea.triage-note")).sendKeys(note);
      browser.screenshot("steps-12-triage-opinion");
      tasklist.completeSuccessfully();
    }
    JsonNode opinion = office().getForObject("/api/opinions/" + opinionId, JsonNode.class);
    assertThat(opinion.at("/status").asText()).isEqualTo("REFERRED");
    assertThat(opinion.at("/triageNote").asText()).isEqualTo(note);
    assertThat(opinion.at("/triagedBy").asText()).isEqualTo("office");
    assertThat(tasks.createTaskQuery().processInstanceId(triage.getProcessInstanceId()).count())
        .isZero();
  }

  /** Fetches a URL (a script expression) in the page with the browser's session. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fetch(HeadlessChromium browser, String urlExpression) {
    Map<String, Object> result =
        (Map<String, Object>)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                        + "var url = "
                        + urlExpression
                        + ";"
                        + "fetch(url, {credentials: 'same-origin'})"
                        + ".then(function (r) { return r.text().then(function (t) {"
                        + "  done({url: url, status: r.status, type: r.headers.get('Content-Type'),"
                        + "        body: t}); }); })"
                        + ".catch(function (e) { done({error: String(e)}); });");
    assertThat(result).doesNotContainKey("error");
    return result;
  }

  private static void collectLeaves(JsonNode findings, List<JsonNode> into) {
    for (JsonNode f : findings) {
      if (f.at("/subFindings").size() > 0) {
        collectLeaves(f.at("/subFindings"), into);
      } else {
        into.add(f);
      }
    }
  }

  private TestRestTemplate office() {
    return rest.withBasicAuth("office", PASSWORD);
  }

  private JsonNode bulletin(String bulletinId) {
    return office().getForObject("/api/bulletins/" + bulletinId, JsonNode.class);
  }

  /** Waits for the one open task of a process instance (by business key). */
  private Task awaitTask(String businessKey, String taskKey) {
    return await(
        () ->
            tasks
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .list());
  }

  /**
   * Waits until a query finds exactly one task: the forms post in the background after the 完成
   * click, and some steps follow asynchronous jobs (a wait, not a timing assertion).
   */
  private static Task await(java.util.concurrent.Callable<List<Task>> query) {
    return org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(query, found -> found.size() == 1)
        .get(0);
  }
}
