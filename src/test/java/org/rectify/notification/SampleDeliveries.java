package org.rectify.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Deliveries as the dispatcher builds them, for the channel tests. */
final class SampleDeliveries {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant AT = Instant.parse("2026-12-07T02:00:00Z"); // 10:00 in Beijing
  static final Clock CLOCK = Clock.fixed(AT, ZONE);

  private SampleDeliveries() {}

  static Delivery.Item item(String kind, String subject, String message) {
    UUID notification = UUID.randomUUID();
    return new Delivery.Item(
        UUID.randomUUID(),
        notification,
        kind,
        subject,
        message,
        "https://zhenggai.example.org/notifications/" + notification + "/open",
        AT);
  }

  static Delivery single(String recipient) {
    return new Delivery(
        recipient,
        false,
        List.of(item("逾期通知", "【一-2-1】健全请示报告制度", "【一-2-1】健全请示报告制度 已超过整改时限 2026-12-04，现已逾期。")));
  }

  static Delivery digest(String recipient) {
    return new Delivery(
        recipient,
        true,
        List.of(
            item("到期提醒", "【一-1-1】制定学习计划", "【一-1-1】制定学习计划 将于 2026-12-09 到期，请抓紧落实并上传佐证材料。"),
            item("进展调度", "【二-3-2】清理违规报销", "【二-3-2】清理违规报销：请报送本期整改进展。")));
  }
}
