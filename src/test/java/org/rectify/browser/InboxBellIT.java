package org.rectify.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rectify.fixtures.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 站内信 bell in Tasklist's header, in a real browser on the default profile: the demo office user
 * finds the demo message (its 分解交办 step), sees the unread count on the bell, opens the list and
 * follows the message into the task. Saves the list as {@code docs/images/inbox.png}. Same
 * application context as {@code WebappsInChineseIT}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:default-profile;DB_CLOSE_DELAY=-1")
class InboxBellIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired TaskService tasks;

  @Test
  void theBellShowsTheUnreadCountAndAMessageOpensItsTask() throws Exception {
    Browser office = new Browser(port).withBasic("office", TasklistPage.DEMO_PASSWORD);
    // The demo message reaches the inbox through the outbox dispatcher within seconds of start-up.
    await().atMost(Duration.ofSeconds(90)).until(() -> unread(office) > 0);
    long unread = unread(office);

    try (HeadlessChromium browser = HeadlessChromium.start(TasklistPage.CHINESE_BROWSER)) {
      new TasklistPage(browser, port).logIn("office");
      // Tasklist loads its plugins after its own modules: on a busy machine that takes a while.
      WebElement badge =
          new WebDriverWait(browser.driver(), Duration.ofSeconds(120))
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".rectify-inbox-count")));
      assertThat(badge.getText()).isEqualTo(Long.toString(unread));

      browser.waitForVisible(By.cssSelector("a.rectify-inbox-bell")).click();
      WebElement message = browser.waitForVisible(By.cssSelector(".rectify-inbox-message.unread"));
      assertThat(message.getText()).contains("新的待办", "分解交办");
      assertThat(browser.bodyText()).contains("站内信（" + unread + " 条未读）", "全部标为已读", "通知设置");
      Path shot = browser.screenshot("inbox");
      Files.createDirectories(Path.of("docs", "images"));
      Files.copy(shot, Path.of("docs", "images", "inbox.png"), StandardCopyOption.REPLACE_EXISTING);

      message.click();
      browser.until(d -> d.getCurrentUrl().contains("#/?task=") ? true : null);
      String url = browser.driver().getCurrentUrl();
      List<String> assignSteps =
          tasks.createTaskQuery().taskDefinitionKey("Task_AssignFindings").list().stream()
              .map(Task::getId)
              .toList();
      assertThat(assignSteps).contains(url.replaceAll(".*[?&]task=([^&]+).*", "$1"));
      browser.waitForVisible(By.cssSelector("button.claim, .assignee button"));
      assertThat(browser.bodyText()).contains("分解交办");
      assertThat(unread(office)).isEqualTo(unread - 1);
    }
  }

  private static long unread(Browser user) throws Exception {
    return JSON.readTree(user.get("/api/inbox/unread-count").body()).get("unread").asLong();
  }
}
