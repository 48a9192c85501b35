package org.rectify.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our {@code zh-CN.json} for each Camunda webapp against the {@code en.json} shipped in the 7.24
 * webjar (both on the test classpath): nothing missing, nothing empty, placeholders and markup
 * intact, Chinese everywhere except the few technical tokens listed in {@link #NOT_CHINESE}.
 */
class WebappTranslationTest {

  private static final String APP_DIR = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * angular-translate placeholders ({@code {{ name }}}), the {@code {}} count slot and moment.js's
   * %s/%d.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]");

  /**
   * The HTML a few labels carry (links, line breaks, emphasis); the text around it is translated.
   */
  private static final Pattern MARKUP =
      Pattern.compile("</?(?:a|br|strong|em|b|i|span|code)\\b[^>]*>");

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  /**
   * Label values that stay without Chinese characters, and why. Everything else must contain at
   * least one Han character.
   */
  private static final Map<String, String> NOT_CHINESE =
      Map.of(
          "<", "comparison operator in the search widget",
          "<=", "comparison operator in the search widget",
          ">", "comparison operator in the search widget",
          ">=", "comparison operator in the search widget",
          "ID", "column header; 'ID' is the usual term in Chinese software (we write 流程实例 ID etc.)",
          "ID*", "required-field label, same as 'ID'",
          " / ", "separator between two counts (n / m)",
          "Camunda", "APP_VENDOR: the product's vendor name",
          "YYYY-MM-DDTHH:mm:ss", "date input placeholder showing the format the engine accepts");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyShippedKeyHasAChineseTranslation(String app) throws IOException {
    JsonNode english = read(app, "en.json");
    JsonNode chinese = read(app, "zh-CN.json");

    List<String> missing = new ArrayList<>();
    collectMissing("", english, chinese, missing);
    assertThat(missing).as("keys of %s/en.json missing from zh-CN.json", app).isEmpty();

    List<String> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = english.get("labels").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      String key = label.getKey();
      String en = label.getValue().asText();
      String zh = chinese.get("labels").get(key).asText();
      if (zh.isBlank() && !en.isBlank()) {
        problems.add(key + ": empty");
      }
      if (!tokens(PLACEHOLDER, en).equals(tokens(PLACEHOLDER, zh))) {
        problems.add(
            key
                + ": placeholders "
                + tokens(PLACEHOLDER, en)
                + " became "
                + tokens(PLACEHOLDER, zh));
      }
      if (!tokens(MARKUP, en).equals(tokens(MARKUP, zh))) {
        problems.add(key + ": markup " + tokens(MARKUP, en) + " became " + tokens(MARKUP, zh));
      }
      // The only empty English label (NO_TASK_FORM) stays empty: it is a slot, not a text.
      if (!en.isEmpty() && !CJK.matcher(zh).find() && !NOT_CHINESE.containsKey(zh)) {
        problems.add(key + ": not translated: " + zh);
      }
    }
    assertThat(problems).as("labels of %s/zh-CN.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreChineseWithYearMonthDayFormats(String app) throws IOException {
    JsonNode dates = read(app, "zh-CN.json").get("dateLocales");

    assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("YYYY年M月D日");
    assertThat(dates.at("/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日");
    assertThat(dates.at("/months/10").asText()).isEqualTo("十一月");
    assertThat(dates.at("/weekdays/1").asText()).isEqualTo("星期一");
    assertThat(dates.at("/relativeTime/past").asText()).isEqualTo("%s前");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configMakesChineseTheDefaultInTheEsModuleForm(String app) throws IOException {
    String config = text(APP_DIR + app + "/scripts/config.js");

    // 7.14+ imports config.js as an ES module; a window.camTasklistConf assignment would be
    // ignored.
    assertThat(config).contains("export default {").doesNotContainPattern("(?m)^\\s*window\\.");
    assertThat(config).contains("availableLocales: ['zh-CN', 'en']", "fallbackLocale: 'zh-CN'");
    assertThat(config).contains("vendor: 'Rectify 整改'", "short: 'YYYY年M月D日'");
  }

  @Test
  void theBrandStylesheetCarriesRectifysColours() throws IOException {
    // Served for all four webapps by web.WebappStylesheet (DefaultProfileBootIT fetches it).
    assertThat(text("webapps/user-styles.css")).contains("--rectify-red");
  }

  private static void collectMissing(String path, JsonNode en, JsonNode zh, List<String> missing) {
    if (zh == null || zh.isMissingNode() || zh.getNodeType() != en.getNodeType()) {
      missing.add(path);
    } else if (en.isObject()) {
      en.fieldNames()
          .forEachRemaining(
              name -> collectMissing(path + "/" + name, en.get(name), zh.get(name), missing));
    } else if (en.isArray() && en.size() != zh.size()) {
      missing.add(path + " (" + en.size() + " entries, " + zh.size() + " translated)");
    }
  }

  private static List<String> tokens(Pattern pattern, String text) {
    return pattern.matcher(text).results().map(MatchResult::group).sorted().toList();
  }

  private static JsonNode read(String app, String file) throws IOException {
    String json = text(APP_DIR + app + "/locales/" + file);
    // The shipped en.json files start with a byte-order mark.
    return JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
  }

  private static String text(String resource) throws IOException {
    try (InputStream in =
        WebappTranslationTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
