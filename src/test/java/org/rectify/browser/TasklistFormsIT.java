package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

/**
 * The main path in Tasklist, in a real (headless) browser: the unit claims 制定整改措施 of the demo
 * inspection and drafts two measures in the embedded form; the office returns the plan with a
 * reason; the unit sees the reason; after approval the unit uploads evidence in 落实整改措施 and
 * downloads it intact. Also saves a picture of every process diagram (Cockpit) to {@code
 * docs/images/}.
 *
 * <p>Runs in its own JVM (failsafe execution {@code tasklist-forms-it}): it moves the demo
 * inspection on, which the other default-profile tests expect untouched.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:tasklist-forms;DB_CLOSE_DELAY=-1")
class TasklistFormsIT {

  private static final String CHINESE_BROWSER = TasklistPage.CHINESE_BROWSER;
  private static final String PASSWORD = TasklistPage.DEMO_PASSWORD;
  private static final Path DIAGRAMS = Path.of("docs", "images");

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired org.rectify.calendar.DeadlineCalendar calendar;

  private DemoInspectionWork demo;

  @BeforeEach
  void demoWork() {
    demo = new DemoInspectionWork(rest, tasks);
  }

  @Autowired RepositoryService repository;
  @Autowired org.camunda.bpm.engine.FilterService filters;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  @Test
  void aUnitDraftsMeasuresTheOfficeReturnsThemAndEvidenceTravelsIntact() throws Exception {
    String findingId = demo.assignTheDemoInspectionAndPickAFindingOfUnitA();
    String deadline1 = calendar.today().plusMonths(2).toString();
    String deadline2 = calendar.today().plusMonths(6).toString();

    // unit-a: Chinese Tasklist with the role filters (not the supervisors' 全部逾期), claims and
    // drafts.
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      String page = browser.waitForText("本单位待认领");
      assertThat(page).contains("我的待办", "三日内到期", "已逾期").doesNotContain("全部逾期");
      browser.waitForVisible(By.xpath("//a[contains(., '本单位待认领')]")).click();
      page = browser.waitForText("制定整改措施 【");
      // The filter's columns: the finding and its responsible unit (the unit may read its own
      // finding's process instance).
      page = browser.waitForText("责任单位:");
      assertThat(page).contains("问题:", "综合科");
      browser.screenshot("forms-01-unit-a-filters");

      tasklist.openAndClaim(openTask(findingId, "Task_DraftMeasures"));
      browser.waitForVisible(By.cssSelector(".rectify-finding"));
      assertThat(browser.bodyText()).contains("问题档案", "无退回记录");
      fillMeasureRow(browser, 0, "修订理论学习中心组学习制度，把“第一议题”列为固定议程", "李综合", deadline1, "TIME_BOUND");
      tasklist.press(By.cssSelector(".add-measure"));
      fillMeasureRow(browser, 1, "每季度通报一次学习落实情况", "王某某", deadline2, "LONG_TERM");
      browser.screenshot("forms-02-draft-measures");
      tasklist.completeSuccessfully();
      demo.awaitTask(findingId, "Task_ReviewMeasures");
    }
    JsonNode drafted = demo.finding(findingId);
    assertThat(drafted.at("/measures").size()).isEqualTo(2);
    assertThat(drafted.at("/measures/0/deadline").asText()).isEqualTo(deadline1);
    assertThat(drafted.at("/measures/1/term").asText()).isEqualTo("LONG_TERM");

    // office: returns the plan; a return without a reason is refused in the form first.
    String reason = "措施过于笼统，请写明完成标志和时间节点";
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("office");
      tasklist.openAndClaim(openTask(findingId, "Task_ReviewMeasures"));
      browser.waitForVisible(By.cssSelector(".rectify-finding"));
      assertThat(browser.bodyText()).contains("修订理论学习中心组学习制度");
      tasklist.press(By.cssSelector("input.decision-return"));
      // Tasklist reports the refusal in its own notice, with the form's Chinese message.
      assertThat(tasklist.completeRefused()).contains("输入有误，请按提示修改。");
      browser.waitForText("退回必须填写退回理由");
      browser.screenshot("forms-03-return-needs-reason");
      browser.waitForVisible(By.cssSelector("textarea.return-reason")).sendKeys(reason);
      tasklist.completeSuccessfully();
      demo.awaitTask(findingId, "Task_DraftMeasures");
    }

    // unit-a: sees the reason in the re-opened 制定整改措施, with the drafted rows kept.
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      tasklist.openAndClaim(openTask(findingId, "Task_DraftMeasures"));
      String page = browser.waitForText(reason);
      assertThat(page).contains("审核整改措施", "被 王整改 退回");
      assertThat(browser.driver().findElements(By.cssSelector("tr.rectify-measure-row")))
          .hasSize(2);
      browser.screenshot("forms-04-unit-a-sees-return-reason");
      tasklist.completeSuccessfully();
      demo.awaitTask(findingId, "Task_ReviewMeasures");
    }

    assertThat(
            rest.withBasicAuth("office", PASSWORD)
                .postForEntity(
                    "/api/findings/" + findingId + "/plan-review",
                    Map.of("approved", true),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String measureId = demo.finding(findingId).at("/measures/0/id").asText();

    // unit-a: uploads evidence in 落实整改措施 and downloads the very same bytes.
    byte[] evidence = "整改佐证：2026年第一季度学习记录\n第1次…第2次…\n".getBytes(StandardCharsets.UTF_8);
    Path file = Files.createTempDirectory("evidence-").resolve("学习记录.txt");
    Files.write(file, evidence);
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      tasklist.openAndClaim(demo.awaitTask(measureId, "Task_CarryOutMeasure").getId());
      browser.waitForText("尚无佐证材料");
      browser
          .waitForVisible(By.cssSelector("input.evidence-file"))
          .sendKeys(file.toAbsolutePath().toString());
      tasklist.press(By.cssSelector("button.upload-evidence"));
      WebElement link = browser.waitForVisible(By.cssSelector("a.rectify-evidence-link"));
      assertThat(link.getText()).isEqualTo("学习记录.txt");
      // Listed with name, size and the uploader's name (not the user name).
      assertThat(link.findElement(By.xpath("ancestor::tr")).getText())
          .contains("李综合", evidence.length + " 字节")
          .doesNotContain("unit-a");
      browser.screenshot("forms-05-evidence-uploaded");

      @SuppressWarnings("unchecked")
      Map<String, Object> download =
          (Map<String, Object>)
              ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                  .executeAsyncScript(
                      "var done = arguments[arguments.length - 1];"
                          + "fetch(document.querySelector('a.rectify-evidence-link').href, {credentials: 'same-origin'})"
                          + ".then(function (r) { return r.arrayBuffer().then(function (b) {"
                          + "  var bytes = new Uint8Array(b), s = '';"
                          + "  for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);"
                          + "  done({status: r.status, disposition: r.headers.get('Content-Disposition'),"
                          + "        nosniff: r.headers.get('X-Content-Type-Options'), body: btoa(s)}); }); })"
                          + ".catch(function (e) { done({error: String(e)}); });");
      assertThat(download).doesNotContainKey("error");
      assertThat(((Number) download.get("status")).intValue()).isEqualTo(200);
      assertThat((String) download.get("disposition")).startsWith("attachment");
      assertThat(download.get("nosniff")).isEqualTo("nosniff");
      assertThat(Base64.getDecoder().decode((String) download.get("body"))).isEqualTo(evidence);
    }
  }

  @Test
  void shareTheRoleFiltersWithTheirGroupsOnly() {
    assertThat(filterNamesSeenBy("unit-a", "unit-general"))
        .containsExactly("我的待办", "本单位待认领", "三日内到期", "已逾期");
    assertThat(filterNamesSeenBy("supervisor", "supervisors"))
        .containsExactly("我的待办", "本单位待认领", "三日内到期", "已逾期", "全部逾期");
    assertThat(filterNamesSeenBy("leader", "leaders")).doesNotContain("全部逾期");
  }

  private List<String> filterNamesSeenBy(String user, String group) {
    identity.setAuthentication(user, List.of(group));
    try {
      return filters.createFilterQuery().list().stream()
          .sorted(
              java.util.Comparator.comparing(
                  f -> ((Number) f.getProperties().get("priority")).intValue()))
          .map(org.camunda.bpm.engine.filter.Filter::getName)
          .toList();
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void savesAPictureOfEveryProcessDiagram() throws Exception {
    Files.createDirectories(DIAGRAMS);
    List<String> saved = new ArrayList<>();
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      TasklistPage pages = new TasklistPage(browser, port);
      browser.open(pages.app("cockpit"));
      TasklistPage.logInOnPage(browser, "admin");
      for (ProcessDefinition definition :
          repository.createProcessDefinitionQuery().latestVersion().list()) {
        browser.open(
            pages.app("cockpit") + "#/process-definition/" + definition.getId() + "/runtime");
        browser.until(d -> d.findElements(By.cssSelector(".djs-container .djs-shape")).size() > 2);
        // Cockpit re-renders the diagram while it loads the instance counts: retry on a replaced
        // element.
        byte[] png =
            browser.until(
                d -> {
                  try {
                    return d.findElement(By.cssSelector(".djs-container"))
                        .getScreenshotAs(OutputType.BYTES);
                  } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    return null;
                  }
                });
        Path target = DIAGRAMS.resolve(kebab(definition.getKey()) + ".png");
        Files.write(target, png);
        assertThat(png.length).as(target.toString()).isGreaterThan(2_000);
        saved.add(target.getFileName().toString());
      }
    }
    assertThat(saved)
        .contains(
            "inspection-rectification.png",
            "finding-rectification.png",
            "measure-execution.png",
            "follow-up-check.png",
            "bulletin-publication.png");
  }

  private static String kebab(String key) {
    return key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }

  private String openTask(String businessKey, String taskKey) {
    return demo.awaitTask(businessKey, taskKey).getId();
  }

  private static void fillMeasureRow(
      HeadlessChromium browser, int row, String text, String person, String deadline, String term) {
    browser.until(d -> d.findElements(By.cssSelector("tr.rectify-measure-row")).size() > row);
    WebElement tr =
        browser.driver().findElements(By.cssSelector("tr.rectify-measure-row")).get(row);
    WebElement textArea = tr.findElement(By.cssSelector("textarea.measure-text"));
    textArea.clear();
    textArea.sendKeys(text);
    tr.findElement(By.cssSelector("input.measure-person")).clear();
    tr.findElement(By.cssSelector("input.measure-person")).sendKeys(person);
    tr.findElement(By.cssSelector("input.measure-deadline")).clear();
    tr.findElement(By.cssSelector("input.measure-deadline")).sendKeys(deadline);
    new org.openqa.selenium.support.ui.Select(tr.findElement(By.cssSelector("select.measure-term")))
        .selectByValue(term);
  }
}
