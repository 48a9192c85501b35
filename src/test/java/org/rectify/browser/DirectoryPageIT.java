package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 组织目录 page in a real browser: the administrator creates a unit and an official of it (and sees
 * a refused input named in Chinese), and that new official then signs in to Tasklist. Same
 * application context as {@code DefaultProfileBootIT} (default profile, demo users, in-memory H2).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:default-profile;DB_CLOSE_DELAY=-1")
class DirectoryPageIT {

  @LocalServerPort int port;

  @Test
  void anAdministratorCreatesAUnitAndAnOfficialWhoThenSignsInToTasklist() {
    try (HeadlessChromium browser = HeadlessChromium.start(TasklistPage.CHINESE_BROWSER)) {
      browser.open(url("/directory"));
      browser.waitForVisible(By.id("username")).sendKeys("admin");
      browser.waitForVisible(By.id("password")).sendKeys(TasklistPage.DEMO_PASSWORD);
      browser.waitForVisible(By.cssSelector("main form button[type=submit]")).click();
      assertThat(browser.waitForText("新建责任单位")).contains("组织目录", "综合科");

      // A refused input comes back with the field named in Chinese, and nothing is created.
      type(browser, "unit-code", "坏 代码");
      type(browser, "unit-name", "不应出现的科");
      browser.waitForVisible(By.cssSelector("#create-unit button[type=submit]")).click();
      assertThat(browser.waitForVisible(By.id("problems")).getText()).contains("单位代码", "只能由字母、数字");
      assertThat(browser.driver().findElement(By.id("units")).getText()).doesNotContain("不应出现的科");

      type(browser, "unit-code", "audit");
      type(browser, "unit-name", "审计科");
      type(browser, "unit-short-name", "审计");
      browser.waitForVisible(By.cssSelector("#create-unit button[type=submit]")).click();
      assertThat(browser.waitForVisible(By.id("notice")).getText()).contains("已新建责任单位：审计科");

      type(browser, "official-username", "sun-shenji");
      type(browser, "official-name", "孙审计");
      type(browser, "official-title", "审计科科长");
      new Select(browser.waitForVisible(By.id("official-role"))).selectByValue("UNIT");
      new Select(browser.waitForVisible(By.id("official-unit"))).selectByValue("audit");
      type(browser, "official-email", "sun@rectify.example");
      type(browser, "official-phone", "010-6000 1234");
      type(browser, "official-password", "审计科密码-2026");
      browser.waitForVisible(By.cssSelector("#create-official button[type=submit]")).click();
      assertThat(browser.waitForVisible(By.id("notice")).getText())
          .contains("已新建干部：孙审计（sun-shenji）");
      assertThat(browser.driver().findElement(By.id("officials")).getText())
          .contains("sun-shenji", "孙审计", "审计科科长", "责任单位", "审计科");
      browser.screenshot("directory-admin");

      browser.waitForVisible(By.id("logout")).click();
      browser.open(url("/camunda/app/tasklist/"));
      browser.waitForVisible(By.id("username")).sendKeys("sun-shenji");
      browser.waitForVisible(By.id("password")).sendKeys("审计科密码-2026");
      browser.waitForVisible(By.cssSelector("main form button[type=submit]")).click();
      browser.waitForVisible(By.cssSelector("li.account .dropdown-toggle"));
      assertThat(browser.waitForText("孙审计")).contains("发起流程");
      assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/");
      browser.screenshot("tasklist-new-official");
    }
  }

  private static void type(HeadlessChromium browser, String id, String text) {
    WebElement input = browser.waitForVisible(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
