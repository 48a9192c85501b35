package org.rectify.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 无界面浏览器: Debian's headless Chromium driven through Debian's chromedriver, for browser tests.
 *
 * <p>Nothing is downloaded at run time: the binaries come from the apt packages {@value
 * #APT_INSTALL} (fonts-noto-cjk so that screenshots show Chinese instead of boxes). When they are
 * missing the test fails and names that command; it never skips, so a CI machine without a browser
 * cannot pass silently. Every instance gets a fresh profile directory (no cookies, no cached
 * translations in localStorage) and a 1366×900 window; screenshots go to {@code
 * target/screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

  static final String APT_INSTALL = "apt-get install -y chromium chromium-driver fonts-noto-cjk";

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /**
   * Long enough for the first load of a webapp on a busy 2-core CI machine; a wait, not an
   * assertion.
   */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts Chromium whose preferred language is {@code acceptLanguages} (e.g. {@code "zh-CN,zh"}).
   */
  public static HeadlessChromium start(String acceptLanguages) {
    requireExecutable(CHROMIUM, "chromium");
    requireExecutable(CHROMEDRIVER, "chromedriver");
    Path profile;
    try {
      profile = Files.createTempDirectory("rectify-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String primary = acceptLanguages.split(",")[0];
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1366,900",
        "--lang=" + primary);
    // navigator.languages, which the webapps read to pick their locale, comes from this preference.
    // Downloads (e.g. an Excel export) land in the profile's downloads/ without a prompt.
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "intl.accept_languages",
            acceptLanguages,
            "download.default_directory",
            profile.resolve("downloads").toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    return new HeadlessChromium(new ChromeDriver(service, options), profile);
  }

  private static void requireExecutable(Path file, String what) {
    if (!Files.isExecutable(file)) {
      throw new AssertionError(
          "Browser tests need "
              + what
              + " at "
              + file
              + " (Debian packages). Install them with: "
              + APT_INSTALL);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Waits until the browser has finished downloading a file whose name ends with {@code suffix} and
   * returns it.
   */
  public Path waitForDownload(String suffix) {
    Path downloads = profile.resolve("downloads");
    return until(
        d -> {
          try (Stream<Path> files =
              Files.isDirectory(downloads) ? Files.list(downloads) : Stream.empty()) {
            return files
                .filter(f -> f.getFileName().toString().endsWith(suffix))
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  public void open(String url) {
    driver.get(url);
  }

  /**
   * Waits until the page's visible text contains {@code text}, then returns the whole visible text.
   */
  public String waitForText(String text) {
    return until(
        d -> {
          String body = bodyText();
          return body.contains(text) ? body : null;
        });
  }

  /** Waits until an element matching {@code selector} is displayed and returns it. */
  public WebElement waitForVisible(By selector) {
    return until(
        d ->
            d.findElements(selector).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .orElse(null));
  }

  /**
   * Waits until the condition holds. An element that went stale — the page was replaced (a form
   * posted, a redirect) between finding it and reading it — means "not yet": the condition is asked
   * again on the new page.
   */
  public <T> T until(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, PATIENCE)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * Runs JavaScript in the page and returns its result (see {@code
   * JavascriptExecutor#executeScript}).
   */
  public Object script(String javaScript) {
    return driver.executeScript(javaScript);
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /**
   * Visible placeholders of all inputs on the page (their text is not part of {@link #bodyText()}).
   */
  public List<String> placeholders() {
    return driver.findElements(By.cssSelector("input[placeholder]")).stream()
        .filter(WebElement::isDisplayed)
        .map(e -> e.getAttribute("placeholder"))
        .toList();
  }

  /** Saves a PNG of the window as {@code target/screenshots/<name>.png} and returns its path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp profile is harmless; the next run uses a new one.
    }
  }
}
