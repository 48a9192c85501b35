package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * What a person does in Tasklist, for the browser tests: sign in on the one login page, open a
 * task, claim it, press buttons inside the embedded form and complete the step with Tasklist's own
 * 完成 button.
 */
final class TasklistPage {

  static final String CHINESE_BROWSER = "zh-CN,zh";
  static final String DEMO_PASSWORD = "demo";

  private final HeadlessChromium browser;
  private final int port;

  TasklistPage(HeadlessChromium browser, int port) {
    this.browser = browser;
    this.port = port;
  }

  /** Opens Tasklist and signs in as a demo user (password {@value #DEMO_PASSWORD}). */
  TasklistPage logIn(String user) {
    browser.open(app("tasklist"));
    logInOnPage(browser, user);
    return this;
  }

  /** Fills the one login page (/login) in front of every webapp; it returns to the app. */
  static void logInOnPage(HeadlessChromium browser, String user) {
    browser.waitForVisible(By.id("username")).sendKeys(user);
    browser.waitForVisible(By.id("password")).sendKeys(DEMO_PASSWORD);
    browser.waitForVisible(By.cssSelector("main form button[type=submit]")).click();
    browser.waitForVisible(By.cssSelector("li.account .dropdown-toggle"));
  }

  void openTask(String taskId) {
    browser.open(app("tasklist") + "#/?task=" + taskId);
    browser.waitForVisible(By.cssSelector("button.claim, .assignee button"));
  }

  /**
   * Claims the open task; Tasklist re-renders the task header meanwhile, so a replaced button is
   * looked up again.
   */
  void claim() {
    By claim = By.cssSelector("button.claim");
    browser.until(
        d -> {
          try {
            WebElement button = d.findElement(claim);
            if (!button.isDisplayed()) {
              return null;
            }
            button.click();
            return true;
          } catch (NoSuchElementException | StaleElementReferenceException notYet) {
            return null;
          }
        });
    browser.until(
        d -> {
          try {
            return d.findElements(claim).stream().noneMatch(WebElement::isDisplayed);
          } catch (StaleElementReferenceException replaced) {
            return false;
          }
        });
  }

  /** Opens a task and claims it. */
  void openAndClaim(String taskId) {
    openTask(taskId);
    claim();
  }

  /**
   * Clicks an element after scrolling it to the middle: Tasklist's fixed footer covers the window's
   * bottom.
   */
  void press(By selector) {
    WebElement element = browser.waitForVisible(selector);
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Clicks Tasklist's 完成 button (whatever the outcome). */
  void complete() {
    WebElement button =
        browser.waitForVisible(By.cssSelector("button.btn-primary[ng-click='complete()']"));
    browser.until(d -> button.isEnabled());
    // Tasklist's footer may overlap the button in a 900 px window; a script click is what a user's
    // click does.
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
  }

  /**
   * Completes the step: Tasklist takes the form's outcome as its own, clears the task from the page
   * and shows no new error notice.
   */
  void completeSuccessfully() {
    int errorNotices = errorNotices(browser.bodyText());
    complete();
    String page = browser.waitForText("请在列表中选择一个任务。");
    assertThat(errorNotices(page)).as("new error notices").isEqualTo(errorNotices);
  }

  /**
   * Completes a step the form or the server refuses: Tasklist shows its error notice with the
   * form's Chinese message, and the task stays open.
   */
  String completeRefused() {
    int errorNotices = errorNotices(browser.bodyText());
    complete();
    return browser.until(
        d -> {
          String page = browser.bodyText();
          return errorNotices(page) > errorNotices ? page : null;
        });
  }

  private static int errorNotices(String page) {
    return page.split("提交任务表单时出错", -1).length - 1;
  }

  String app(String name) {
    return "http://localhost:" + port + "/camunda/app/" + name + "/default/";
  }

  HeadlessChromium browser() {
    return browser;
  }
}
