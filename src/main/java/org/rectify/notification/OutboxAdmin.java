package org.rectify.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.web.NotFoundException;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 发送失败的通知: what administrators see of the outbox, and their retry. */
@Service
public class OutboxAdmin {

  private final OutboxMessageRepository rows;
  private final NotificationRepository notifications;
  private final Channels channels;
  private final OutboxStore store;
  private final Clock clock;

  OutboxAdmin(
      OutboxMessageRepository rows,
      NotificationRepository notifications,
      Channels channels,
      OutboxStore store,
      Clock clock) {
    this.rows = rows;
    this.notifications = notifications;
    this.channels = channels;
    this.store = store;
    this.clock = clock;
  }

  /** One outbox row as administrators see it (never a webhook URL or an address). */
  public record Row(
      UUID id,
      String status,
      String statusLabel,
      String channel,
      String channelLabel,
      String recipient,
      String kindLabel,
      String message,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant nextAttemptAt) {}

  @Transactional(readOnly = true)
  public List<Row> list(OutboxStatus status) {
    List<OutboxMessage> found = rows.findByStatusOrderByCreatedAtDesc(status);
    Map<UUID, Notification> byId =
        notifications
            .findAllById(found.stream().map(OutboxMessage::getNotificationId).toList())
            .stream()
            .collect(Collectors.toMap(Notification::getId, Function.identity()));
    return found.stream()
        .map(
            m -> {
              Notification n = byId.get(m.getNotificationId());
              NotificationChannel channel = channels.byId(m.getChannel());
              return new Row(
                  m.getId(),
                  m.getStatus().name(),
                  m.getStatus().label(),
                  m.getChannel(),
                  channel == null ? m.getChannel() : channel.label(),
                  m.getRecipient(),
                  n.getKind().label(),
                  n.getMessage(),
                  m.getAttempts(),
                  m.getLastError(),
                  m.getCreatedAt(),
                  m.getNextAttemptAt());
            })
        .toList();
  }

  /** Makes a FAILED row due again now; 404 for an unknown row, 409 for one that has not failed. */
  @Transactional
  public void retry(UUID id) {
    OutboxMessage row =
        rows.findById(id).orElseThrow(() -> new NotFoundException("未找到这条发送记录：" + id));
    if (row.getStatus() != OutboxStatus.FAILED || !store.retry(id, clock.instant())) {
      throw new StepNotOpenException("只有发送失败的记录可以重发，这条是：" + row.getStatus().label());
    }
  }
}
