package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 督查督办台 in a real (headless) browser on the default profile's demo data: the supervisor opens the
 * desk from Tasklist's header, filters it, downloads the same screen as Excel and urges (催办) a
 * measure of 综合科; unit-a then finds the 催办 under the bell (站内信) and on the measure in 落实整改措施. Saves
 * {@code docs/images/supervision-desk.png}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:tasklist-supervision-desk;DB_CLOSE_DELAY=-1")
class TasklistSupervisionDeskIT {

  private static final String PASSWORD = TasklistPage.DEMO_PASSWORD;
  private static final String MEASURE_TEXT = "修订理论学习中心组学习制度";
  private static final String URGE_TEXT = "请本周内报送学习制度修订进展";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired NotificationRepository notifications;
  @Autowired Clock clock;

  @Test
  void aSupervisorOpensTheDeskFromTasklistFiltersExportsAndUrgesAndTheUnitSeesTheUrge()
      throws Exception {
    DemoInspectionWork demo = new DemoInspectionWork(rest, tasks);
    String findingId = demo.assignTheDemoInspectionAndPickAFindingOfUnitA();
    draftAndApprove(findingId, LocalDate.now(clock).plusMonths(2));
    String measureId = demo.finding(findingId).at("/measures/0/id").asText();
    demo.awaitTask(measureId, "Task_CarryOutMeasure");

    String exportLink;
    byte[] exported;
    try (HeadlessChromium browser = HeadlessChromium.start(TasklistPage.CHINESE_BROWSER)) {
      browser.driver().manage().window().setSize(new Dimension(1440, 1700));
      try {
        new TasklistPage(browser, port).logIn("supervisor");
        browser.waitForVisible(By.id("rectify-supervision-desk")).click();
      } catch (RuntimeException e) {
        browser.screenshot("supervision-desk-tasklist-failure");
        throw e;
      }

      browser.until(d -> d.getCurrentUrl().contains("/supervision"));
      awaitLoaded(browser);
      // The demo's 服务保障科 measures: one overdue (red) on the default overdue list.
      String page = browser.waitForText("逾期清单");
      assertThat(page).contains("督查督办台", "各责任单位", "服务保障科", "逐项排查消防设施");
      assertThat(browser.script("return document.querySelectorAll('#unit-chart canvas').length"))
          .isNotEqualTo(0L);
      Path shot = browser.screenshot("supervision-desk");
      Files.createDirectories(Path.of("docs", "images"));
      Files.copy(
          shot,
          Path.of("docs", "images", "supervision-desk.png"),
          StandardCopyOption.REPLACE_EXISTING);

      new Select(browser.waitForVisible(By.name("light"))).selectByValue("GREEN");
      new Select(browser.waitForVisible(By.name("unit"))).selectByVisibleText("综合科");
      browser.waitForVisible(By.id("apply-filters")).click();
      awaitLoaded(browser);
      browser.waitForText(MEASURE_TEXT);
      assertThat(browser.bodyText()).doesNotContain("逐项排查消防设施");
      exportLink = browser.waitForVisible(By.id("export")).getAttribute("href");
      assertThat(exportLink).contains("light=GREEN", "unit=");
      // 导出 Excel in the browser: the file it downloads with the supervisor's session.
      browser.waitForVisible(By.id("export")).click();
      exported = Files.readAllBytes(browser.waitForDownload(".xlsx"));

      browser.waitForVisible(By.cssSelector("button.urge")).click();
      browser.waitForVisible(By.id("urge-text")).clear();
      browser.waitForVisible(By.id("urge-text")).sendKeys(URGE_TEXT);
      browser.waitForVisible(By.id("urge-send")).click();
      browser.waitForText("已向综合科催办");
      awaitLoaded(browser);
      browser.waitForText(LocalDate.now(clock).toString());
      browser.screenshot("supervision-desk-urged");

      // A second 催办 the same day is refused with a Chinese message in the dialog.
      browser.waitForVisible(By.cssSelector("button.urge")).click();
      browser.waitForVisible(By.id("urge-send")).click();
      browser.waitForText("每项措施每天只能催办一次");
    }

    // The file the browser downloaded for the filtered screen: the same rows as the screen's JSON.
    String query = exportLink.substring(exportLink.indexOf('?'));
    JsonNode screen =
        rest.withBasicAuth("supervisor", PASSWORD)
            .getForObject("/api/supervision/desk" + query, JsonNode.class);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
      Sheet list = workbook.getSheet("措施清单");
      List<String> rows = new ArrayList<>();
      for (int r = 2; r <= list.getLastRowNum(); r++) {
        rows.add(list.getRow(r).getCell(1).getStringCellValue());
      }
      List<String> shown = new ArrayList<>();
      screen.at("/measures/rows").forEach(row -> shown.add(row.get("text").asText()));
      assertThat(rows).containsExactlyElementsOf(shown).contains(MEASURE_TEXT);
      assertThat(workbook.getSheet("单位统计").getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("综合科");
    }

    // unit-a: the 催办 arrived as a notification to the unit, and shows on the measure in Tasklist.
    assertThat(notifications.findByRecipientOrderByCreatedAtDesc("unit-general"))
        .anySatisfy(
            n -> {
              assertThat(n.getKind()).isEqualTo(NotificationKind.URGE);
              assertThat(n.getMessage()).contains(URGE_TEXT);
            });
    // The 站内信 reaches unit-a's inbox through the outbox dispatcher: wait for it, then the bell.
    await()
        .atMost(Duration.ofSeconds(90))
        .until(
            () ->
                rest.withBasicAuth("unit-a", PASSWORD)
                    .getForObject("/api/inbox?unread=true", JsonNode.class)
                    .toString()
                    .contains(URGE_TEXT));
    try (HeadlessChromium browser = HeadlessChromium.start(TasklistPage.CHINESE_BROWSER)) {
      TasklistPage tasklist = new TasklistPage(browser, port).logIn("unit-a");
      // Tasklist loads its plugins after its own modules: on a busy machine that takes a while.
      new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(".rectify-inbox-count")));
      browser.waitForVisible(By.cssSelector("a.rectify-inbox-bell")).click();
      assertThat(browser.waitForVisible(By.cssSelector(".rectify-inbox-message.unread")).getText())
          .contains("催办", URGE_TEXT);
      browser.screenshot("supervision-urge-in-inbox");
      tasklist.openAndClaim(demo.awaitTask(measureId, "Task_CarryOutMeasure").getId());
      browser.waitForText(URGE_TEXT);
      assertThat(browser.bodyText()).contains("亮灯：", "绿灯", "请在上方报送整改进展作答");
      browser.waitForVisible(By.cssSelector("textarea.progress-note")).sendKeys("已完成初稿");
      tasklist.press(By.cssSelector("button.add-note"));
      browser.waitForText("已报送进展");
      browser.screenshot("supervision-urge-in-tasklist");
    }
  }

  private static void awaitLoaded(HeadlessChromium browser) {
    browser.until(d -> browser.script("return document.body.getAttribute('data-loaded')") != null);
  }

  private void draftAndApprove(String findingId, LocalDate deadline) {
    ResponseEntity<String> drafted =
        rest.withBasicAuth("unit-a", PASSWORD)
            .postForEntity(
                "/api/findings/" + findingId + "/measures",
                Map.of(
                    "measures",
                    List.of(
                        Map.of(
                            "text",
                            MEASURE_TEXT,
                            "responsiblePerson",
                            "李综合",
                            "deadline",
                            deadline.toString(),
                            "term",
                            "TIME_BOUND",
                            "unitCodes",
                            List.of()))),
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
}
