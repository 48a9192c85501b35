package org.rectify.notification;

import java.io.IOException;
import java.util.Map;
import org.rectify.notification.NotificationProperties.UnitRobots;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 企业微信群机器人: {@code {"msgtype":"markdown","markdown":{"content":"…"}}} posted to the group's webhook
 * ({@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…}).
 */
@Component
@Order(3)
class WeComRobotChannel extends RobotChannel {

  static final String ID = "wecom";

  WeComRobotChannel(NotificationProperties properties, MessageTemplates templates) {
    super(properties, templates);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "企业微信群机器人";
  }

  @Override
  String webhook(UnitRobots robots) {
    return configured(robots.getWecomUrl()) ? robots.getWecomUrl() : null;
  }

  @Override
  String body(String title, String markdown) throws IOException {
    return JSON.writeValueAsString(
        Map.of("msgtype", "markdown", "markdown", Map.of("content", markdown)));
  }
}
