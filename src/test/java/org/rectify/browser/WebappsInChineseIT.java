package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Camunda webapps as an official sees them in a Chinese browser: Chinese login pages, Chinese
 * Tasklist, Cockpit and Admin, the Rectify brand. Same application context as {@code
 * DefaultProfileBootIT} (default profile, demo users, in-memory H2), so no second engine starts.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:default-profile;DB_CLOSE_DELAY=-1")
class WebappsInChineseIT {

  private static final String CHINESE_BROWSER = "zh-CN,zh";

  /** A translation key shown instead of its text, e.g. {@code PAGE_LOGIN_USERNAME}. */
  private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b");

  @LocalServerPort int port;

  @Test
  void tasklistSpeaksChineseFromLoginToLogout() {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      browser.open(app("tasklist"));
      assertOneLoginPage(browser);
      browser.screenshot("login");

      logIn(browser, "unit-a");
      String page = browser.waitForText("发起流程");
      assertThat(page).contains("Rectify 整改 任务列表", "新建任务", "日期和时间按本地时区显示");
      assertThat(page).doesNotContain("Start process", "Create task", "Filters");
      assertNoRawKeys(browser);
      assertThat(browser.placeholders()).contains("筛选任务");
      browser.screenshot("tasklist-unit-a");

      // The camDate filter every date in the webapps goes through: config.js formats, zh-CN moment
      // locale.
      Object dates =
          browser.script(
              "var camDate = angular.element(document.body).injector().get('camDateFilter');"
                  + "var d = new Date(2026, 10, 22, 9, 5);"
                  + "return [camDate(d), camDate(d, 'short'), camDate(d, 'long'), camDate(d, 'day') + ' ' + camDate(d, 'monthName')];");
      assertThat(dates)
          .asList()
          .containsExactly(
              "2026年11月22日 09:05", "2026年11月22日", "2026年11月22日 星期日 09:05:00", "22日 十一月");

      // The welcome page (the header's 个人资料 link leads there) in the same session.
      browser.open(app("welcome"));
      page = browser.waitForText("个人资料");
      assertThat(page).contains("Rectify 整改 首页", "应用", "修改密码");
      assertThat(page).doesNotContain("Applications", "Change password", "Profile");
      assertNoRawKeys(browser);
      browser.screenshot("welcome-unit-a");

      browser.open(app("tasklist"));
      browser.waitForText("发起流程");
      logOut(browser);
      assertChineseLoginPage(browser, "任务列表");
      browser.screenshot("tasklist-login");
    }
  }

  @Test
  void cockpitSpeaksChineseToTheAdministrator() {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      browser.open(app("cockpit"));
      assertOneLoginPage(browser);

      logIn(browser, "admin");
      String page = browser.waitForText("运行中的流程实例");
      assertThat(page).contains("Rectify 整改 流程监控", "流程定义", "部署", "故障");
      assertThat(page).doesNotContain("Running Process Instances", "Deployments", "Incidents");
      assertNoRawKeys(browser);
      browser.screenshot("cockpit-admin");

      logOut(browser);
      assertChineseLoginPage(browser, "流程监控");
      browser.screenshot("cockpit-login");
    }
  }

  @Test
  void adminSpeaksChineseToTheAdministrator() {
    try (HeadlessChromium browser = HeadlessChromium.start(CHINESE_BROWSER)) {
      browser.open(app("admin"));
      assertOneLoginPage(browser);

      logIn(browser, "admin");
      String page = browser.waitForText("授权");
      assertThat(page).contains("Rectify 整改 系统管理", "用户", "组", "系统");
      assertThat(page).doesNotContain("Authorizations", "Users", "Groups");
      assertNoRawKeys(browser);
      browser.screenshot("admin-admin");

      browser.open(app("admin") + "#/users");
      page = browser.waitForText("用户列表");
      assertThat(page).contains("office", "unit-a", "添加用户");
      assertNoRawKeys(browser);
      browser.screenshot("admin-users");

      logOut(browser);
      assertChineseLoginPage(browser, "系统管理");
      browser.screenshot("admin-login");
    }
  }

  @Test
  void aBrowserSetToEnglishGetsTheEnglishTasklist() {
    // config.js lists 'en' as available: the webapps honour a browser whose first language is
    // English.
    try (HeadlessChromium browser = HeadlessChromium.start("en-US,en")) {
      browser.open(app("tasklist"));
      logIn(browser, "unit-a");
      String page = browser.waitForText("Start process");
      assertThat(page).contains("Create task");
    }
  }

  private String app(String name) {
    return "http://localhost:" + port + "/camunda/app/" + name + "/default/";
  }

  /** The one login page in front of every webapp (Spring Security's form at /login). */
  private static void assertOneLoginPage(HeadlessChromium browser) {
    WebElement signIn = browser.waitForVisible(By.cssSelector("main form button[type=submit]"));
    assertThat(signIn.getText()).isEqualTo("登录");
    assertThat(browser.bodyText()).contains("Rectify 整改", "用户名", "密码");
    assertThat(browser.driver().getTitle()).isEqualTo("登录 · Rectify 整改");
  }

  /** A webapp's own login form (shown after logging out inside it) names the app in Chinese. */
  private static void assertChineseLoginPage(HeadlessChromium browser, String appName) {
    WebElement signIn = browser.waitForVisible(By.cssSelector("form button[type=submit]"));
    browser.until(d -> signIn.getText().equals("登录"));
    assertThat(browser.placeholders()).contains("用户名", "密码");
    assertThat(browser.bodyText())
        .contains(appName)
        .doesNotContain("Username", "Password", "Log in");
    assertThat(browser.driver().getTitle()).startsWith("Rectify 整改 " + appName);
  }

  /** Signs in on the one login page; Spring Security then returns to the webapp asked for. */
  private static void logIn(HeadlessChromium browser, String user) {
    browser.waitForVisible(By.id("username")).sendKeys(user);
    browser.waitForVisible(By.id("password")).sendKeys("demo");
    browser.waitForVisible(By.cssSelector("main form button[type=submit]")).click();
    browser.waitForVisible(By.cssSelector("li.account .dropdown-toggle"));
  }

  private static void logOut(HeadlessChromium browser) {
    browser.waitForVisible(By.cssSelector("li.account .dropdown-toggle")).click();
    WebElement logout = browser.waitForVisible(By.cssSelector("li.logout a"));
    assertThat(logout.getText()).isEqualTo("退出登录");
    logout.click();
  }

  /**
   * No translation key shows raw once the page has settled: Angular fills some labels a moment
   * after the text around them (a wait, then the assertion on what the page shows).
   */
  private static void assertNoRawKeys(HeadlessChromium browser) {
    try {
      browser.until(d -> RAW_KEY.matcher(browser.bodyText()).results().findAny().isEmpty());
    } catch (org.openqa.selenium.TimeoutException stillRaw) {
      // reported below, with the page
    }
    String page = browser.bodyText();
    assertThat(RAW_KEY.matcher(page).results().map(MatchResult::group).toList())
        .as("untranslated keys in page:%n%s", page)
        .isEmpty();
  }
}
