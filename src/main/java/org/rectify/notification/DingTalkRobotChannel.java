package org.rectify.notification;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rectify.notification.NotificationProperties.UnitRobots;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 钉钉群机器人: {@code {"msgtype":"markdown","markdown":{"title":"…","text":"…"}}} posted to the group's
 * webhook ({@code https://oapi.dingtalk.com/robot/send?access_token=…}). With a secret (加签) the URL
 * gets {@code timestamp} (milliseconds) and {@code sign} = URL-encoded Base64 of HMAC-SHA256 over
 * {@code timestamp + "\n" + secret}, keyed with the secret.
 */
@Component
@Order(4)
class DingTalkRobotChannel extends RobotChannel {

  static final String ID = "dingtalk";

  private final Clock clock;

  DingTalkRobotChannel(NotificationProperties properties, MessageTemplates templates, Clock clock) {
    super(properties, templates);
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "钉钉群机器人";
  }

  @Override
  String webhook(UnitRobots robots) {
    return configured(robots.getDingtalkUrl()) ? robots.getDingtalkUrl() : null;
  }

  @Override
  String body(String title, String markdown) throws IOException {
    return JSON.writeValueAsString(
        Map.of("msgtype", "markdown", "markdown", Map.of("title", title, "text", markdown)));
  }

  @Override
  String target(UnitRobots robots) throws DeliveryException {
    String url = webhook(robots);
    if (!configured(robots.getDingtalkSecret())) {
      return url;
    }
    long timestamp = clock.millis();
    return url
        + (url.contains("?") ? "&" : "?")
        + "timestamp="
        + timestamp
        + "&sign="
        + sign(timestamp, robots.getDingtalkSecret());
  }

  /** DingTalk's 加签: URL-encoded Base64 of HMAC-SHA256(secret, timestamp + "\n" + secret). */
  static String sign(long timestamp, String secret) throws DeliveryException {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] signature = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
      return URLEncoder.encode(
          Base64.getEncoder().encodeToString(signature), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new DeliveryException("钉钉加签失败", e);
    }
  }
}
