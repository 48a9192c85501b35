package org.rectify.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.rectify.notification.NotificationProperties.UnitRobots;
import org.rectify.organization.Unit;

/**
 * A group robot (群机器人) posting markdown to a unit's group chat over its webhook; the unit's robot
 * is configured in {@code rectify.notifications.robots.<unit code>}. Both WeCom and DingTalk answer
 * HTTP 200 with {@code errcode} 0 when they accepted the message.
 */
abstract class RobotChannel implements NotificationChannel {

  static final ObjectMapper JSON = new ObjectMapper();

  private final NotificationProperties properties;
  private final MessageTemplates templates;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  RobotChannel(NotificationProperties properties, MessageTemplates templates) {
    this.properties = properties;
    this.templates = templates;
  }

  @Override
  public Audience audience() {
    return Audience.UNIT;
  }

  @Override
  public boolean reaches(String unitGroup) {
    return Unit.isUnitGroup(unitGroup) && webhook(robots(unitGroup)) != null;
  }

  /** The configured webhook URL of this robot, or null. */
  abstract String webhook(UnitRobots robots);

  /** The request body for the markdown text. */
  abstract String body(String title, String markdown) throws IOException;

  /** The URL to post to (DingTalk adds its signature). */
  String target(UnitRobots robots) throws DeliveryException {
    return webhook(robots);
  }

  @Override
  public void deliver(Delivery delivery) throws DeliveryException {
    UnitRobots robots = robots(delivery.recipient());
    if (webhook(robots) == null) {
      throw new DeliveryException("本单位未配置" + label());
    }
    try {
      String body = body(delivery.title(), templates.render("robot/markdown.ftl", delivery));
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(target(robots)))
              .timeout(Duration.ofSeconds(15))
              .header("Content-Type", "application/json;charset=utf-8")
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new DeliveryException(label() + "答复 HTTP " + response.statusCode());
      }
      JsonNode answer = JSON.readTree(response.body());
      if (answer.path("errcode").asInt(-1) != 0) {
        throw new DeliveryException(
            label() + "拒收：errcode " + answer.path("errcode").asText() + " " + errmsg(answer));
      }
    } catch (IOException e) {
      throw new DeliveryException(label() + "无法连接（" + e.getClass().getSimpleName() + "）", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException(label() + "发送被中断", e);
    } catch (IllegalArgumentException e) {
      throw new DeliveryException(label() + "的地址无效", e);
    }
  }

  private static String errmsg(JsonNode answer) {
    String message = answer.path("errmsg").asText("");
    // The robot's error text never contains the key; still keep it short.
    return message.length() > 200 ? message.substring(0, 200) : message;
  }

  private UnitRobots robots(String unitGroup) {
    if (!Unit.isUnitGroup(unitGroup)) {
      return new UnitRobots();
    }
    UnitRobots robots = properties.getRobots().get(Unit.codeOfGroup(unitGroup));
    return robots == null ? new UnitRobots() : robots;
  }

  static boolean configured(String value) {
    return value != null && !value.isBlank();
  }
}
