package org.rectify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.notification.NotificationProperties.UnitRobots;

/**
 * 企业微信 and 钉钉 group robots against a real local HTTP server (MockWebServer): the exact JSON each
 * platform expects, DingTalk's signature, and what counts as a refusal.
 */
class RobotChannelsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MARKDOWN =
      "### 逾期通知\n"
          + "**【一-2-1】健全请示报告制度**\n\n"
          + "【一-2-1】健全请示报告制度 已超过整改时限 2026-12-04，现已逾期。\n\n"
          + "> 2026-12-07 10:00 · [打开待办](%s)\n";

  private final MockWebServer server = new MockWebServer();
  private final NotificationProperties properties = new NotificationProperties();
  private final MessageTemplates templates = new MessageTemplates(SampleDeliveries.CLOCK);
  private final UnitRobots robots = new UnitRobots();

  @BeforeEach
  void robotServer() throws Exception {
    server.start();
    properties.getRobots().put("zonghe", robots);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void weComGetsItsMarkdownMessageAtTheUnitsWebhook() throws Exception {
    robots.setWecomUrl(server.url("/cgi-bin/webhook/send?key=wecom-key-1").toString());
    server.enqueue(new MockResponse().setBody("{\"errcode\":0,\"errmsg\":\"ok\"}"));
    Delivery delivery = SampleDeliveries.single("unit-zonghe");

    new WeComRobotChannel(properties, templates).deliver(delivery);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/cgi-bin/webhook/send?key=wecom-key-1");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    JsonNode expected =
        JSON.readTree(
            "{\"msgtype\":\"markdown\",\"markdown\":{\"content\":"
                + JSON.writeValueAsString(MARKDOWN.formatted(delivery.items().get(0).link()))
                + "}}");
    assertThat(JSON.readTree(request.getBody().readUtf8())).isEqualTo(expected);
  }

  @Test
  void dingTalkGetsTitleAndMarkdownSignedWithTimestampAndHmac() throws Exception {
    robots.setDingtalkUrl(server.url("/robot/send?access_token=ding-token-1").toString());
    robots.setDingtalkSecret("SEC0123456789abcdef");
    server.enqueue(new MockResponse().setBody("{\"errcode\":0,\"errmsg\":\"ok\"}"));
    Delivery delivery = SampleDeliveries.single("unit-zonghe");

    new DingTalkRobotChannel(properties, templates, SampleDeliveries.CLOCK).deliver(delivery);

    RecordedRequest request = server.takeRequest();
    HttpUrl url = request.getRequestUrl();
    assertThat(url.encodedPath()).isEqualTo("/robot/send");
    assertThat(url.queryParameter("access_token")).isEqualTo("ding-token-1");
    long timestamp = SampleDeliveries.AT.toEpochMilli();
    assertThat(url.queryParameter("timestamp")).isEqualTo(Long.toString(timestamp));
    String encodedSign = request.getPath().replaceAll(".*[?&]sign=([^&]*).*", "$1");
    // Base64 may contain + / =: they must arrive URL-encoded.
    assertThat(encodedSign).doesNotContain("+", "/", "=");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec("SEC0123456789abcdef".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expectedSignature =
        mac.doFinal((timestamp + "\nSEC0123456789abcdef").getBytes(StandardCharsets.UTF_8));
    assertThat(Base64.getDecoder().decode(URLDecoder.decode(encodedSign, StandardCharsets.UTF_8)))
        .isEqualTo(expectedSignature);
    JsonNode expected =
        JSON.readTree(
            "{\"msgtype\":\"markdown\",\"markdown\":{\"title\":\"逾期通知\",\"text\":"
                + JSON.writeValueAsString(MARKDOWN.formatted(delivery.items().get(0).link()))
                + "}}");
    assertThat(JSON.readTree(request.getBody().readUtf8())).isEqualTo(expected);
  }

  @Test
  void dingTalkWithoutASecretPostsToThePlainWebhook() throws Exception {
    robots.setDingtalkUrl(server.url("/robot/send?access_token=ding-token-2").toString());
    server.enqueue(new MockResponse().setBody("{\"errcode\":0,\"errmsg\":\"ok\"}"));

    new DingTalkRobotChannel(properties, templates, SampleDeliveries.CLOCK)
        .deliver(SampleDeliveries.single("unit-zonghe"));

    assertThat(server.takeRequest().getPath()).isEqualTo("/robot/send?access_token=ding-token-2");
  }

  @Test
  void aRobotThatAnswersWithAnErrorCodeRefusedTheMessageAndTheKeyIsNotInTheReason() {
    robots.setWecomUrl(server.url("/cgi-bin/webhook/send?key=wecom-key-secret").toString());
    server.enqueue(
        new MockResponse().setBody("{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"));

    assertThatThrownBy(
            () ->
                new WeComRobotChannel(properties, templates)
                    .deliver(SampleDeliveries.single("unit-zonghe")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("errcode 93000")
        .hasMessageNotContaining("wecom-key-secret");
  }

  @Test
  void anHttpErrorIsAFailedDelivery() {
    robots.setDingtalkUrl(server.url("/robot/send?access_token=t").toString());
    server.enqueue(new MockResponse().setResponseCode(502));

    assertThatThrownBy(
            () ->
                new DingTalkRobotChannel(properties, templates, SampleDeliveries.CLOCK)
                    .deliver(SampleDeliveries.single("unit-zonghe")))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("HTTP 502");
  }

  @Test
  void aRobotReachesOnlyTheUnitsItIsConfiguredFor() {
    robots.setWecomUrl(server.url("/cgi-bin/webhook/send?key=k").toString());
    WeComRobotChannel wecom = new WeComRobotChannel(properties, templates);

    assertThat(wecom.reaches("unit-zonghe")).isTrue();
    assertThat(wecom.reaches("unit-baozhang")).isFalse();
    assertThat(wecom.reaches("supervisors")).isFalse();
    assertThat(
            new DingTalkRobotChannel(properties, templates, SampleDeliveries.CLOCK)
                .reaches("unit-zonghe"))
        .isFalse();
  }
}
