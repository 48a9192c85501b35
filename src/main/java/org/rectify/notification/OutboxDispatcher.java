package org.rectify.notification;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rectify.notification.OutboxStore.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 发送调度: runs on every node. Each round claims due outbox rows with a lease (so two nodes never work
 * the same row at once), delivers them — a person's due digest rows of one channel as one delivery,
 * every other row alone — and marks them sent, or records the failure for a retry with exponential
 * back-off; after the last attempt the row is FAILED and waits for an administrator.
 *
 * <p>A node that dies after a channel accepted a delivery but before the mark leaves the row
 * claimed; when its lease runs out another node delivers it again. That is the one window in which
 * a message can arrive twice (at-least-once); the inbox is exactly-once because its rows are keyed
 * by the outbox row. See docs/notifications.md.
 */
@Component
public class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxStore store;
  private final Deliveries deliveries;
  private final Channels channels;
  private final NotificationProperties properties;
  private final Clock clock;
  private final String node;

  OutboxDispatcher(
      OutboxStore store,
      Deliveries deliveries,
      Channels channels,
      NotificationProperties properties,
      Clock clock) {
    this.store = store;
    this.deliveries = deliveries;
    this.channels = channels;
    this.properties = properties;
    this.clock = clock;
    String name = ManagementFactory.getRuntimeMXBean().getName();
    this.node = name.length() > 26 ? name.substring(0, 26) : name;
  }

  @Scheduled(
      fixedDelayString = "${rectify.notifications.dispatch-interval:PT5S}",
      initialDelayString = "${rectify.notifications.dispatch-initial-delay:PT10S}")
  void dispatchDue() {
    try {
      int rounds = 0;
      // Keep going while full batches come back, a few rounds at most per tick.
      while (dispatch(clock) >= properties.getBatchSize() && ++rounds < 10) {}
    } catch (RuntimeException e) {
      log.warn("通知发送调度出错，下一轮重试：{}", e.toString());
    }
  }

  /**
   * One round at the time of {@code clock}: claims, delivers and marks. Returns how many rows it
   * claimed.
   */
  public int dispatch(Clock clock) {
    String owner = node + "/" + UUID.randomUUID();
    Instant now = clock.instant();
    List<Claimed> claimed =
        store.claim(owner, now, now.plus(properties.getLease()), properties.getBatchSize());
    Map<String, List<Claimed>> deliveriesOf = new LinkedHashMap<>();
    for (Claimed row : claimed) {
      String key = row.digest() ? row.channel() + "|" + row.recipient() : row.id().toString();
      deliveriesOf.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
    for (List<Claimed> rows : deliveriesOf.values()) {
      deliver(owner, rows, clock);
    }
    return claimed.size();
  }

  private void deliver(String owner, List<Claimed> rows, Clock clock) {
    String channelId = rows.get(0).channel();
    NotificationChannel channel = channels.byId(channelId);
    try {
      if (channel == null) {
        throw new DeliveryException("没有这个通知渠道：" + channelId);
      }
      channel.deliver(deliveries.of(rows));
    } catch (Exception e) {
      String reason = DeliveryException.describe(e);
      log.warn(
          "通知未送达：渠道 {}，收件人 {}，{} 条，第 {} 次：{}",
          channelId,
          rows.get(0).recipient(),
          rows.size(),
          rows.get(0).attempts() + 1,
          reason);
      store.markFailed(rows, owner, clock.instant(), reason);
      return;
    }
    store.markSent(rows.stream().map(Claimed::id).toList(), owner, clock.instant());
  }
}
