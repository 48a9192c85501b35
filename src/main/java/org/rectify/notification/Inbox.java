package org.rectify.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.web.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 收件箱: a person's in-app messages, read and marked read only by that person. */
@Service
public class Inbox {

  private final InboxMessageRepository messages;
  private final NotificationRepository notifications;
  private final Addressees addressees;
  private final Deliveries deliveries;
  private final NotificationWorkflow workflow;
  private final Clock clock;

  Inbox(
      InboxMessageRepository messages,
      NotificationRepository notifications,
      Addressees addressees,
      Deliveries deliveries,
      NotificationWorkflow workflow,
      Clock clock) {
    this.messages = messages;
    this.notifications = notifications;
    this.addressees = addressees;
    this.deliveries = deliveries;
    this.workflow = workflow;
    this.clock = clock;
  }

  /** One message as the inbox shows it; {@code link} opens its task in Tasklist. */
  public record Entry(
      UUID id,
      String kind,
      String kindLabel,
      String subject,
      String message,
      UUID measureId,
      UUID findingId,
      Instant createdAt,
      Instant readAt,
      String link) {}

  /** The newest messages and the number of unread ones. */
  public record View(long unread, List<Entry> messages) {}

  @Transactional(readOnly = true)
  public View of(String username, boolean unreadOnly, int limit) {
    Limit max = Limit.of(Math.max(1, Math.min(limit, 200)));
    List<InboxMessage> rows =
        unreadOnly
            ? messages.findByUsernameAndReadAtIsNullOrderByCreatedAtDesc(username, max)
            : messages.findByUsernameOrderByCreatedAtDesc(username, max);
    Map<UUID, Notification> byId =
        notifications
            .findAllById(rows.stream().map(InboxMessage::getNotificationId).toList())
            .stream()
            .collect(Collectors.toMap(Notification::getId, Function.identity()));
    List<Entry> entries = new ArrayList<>();
    for (InboxMessage row : rows) {
      Notification n = byId.get(row.getNotificationId());
      entries.add(
          new Entry(
              row.getId(),
              n.getKind().name(),
              n.getKind().label(),
              deliveries.subjectLabel(n.subject()),
              n.getMessage(),
              n.getMeasureId(),
              n.getFindingId(),
              row.getCreatedAt(),
              row.getReadAt(),
              "/notifications/" + n.getId() + "/open"));
    }
    return new View(messages.countByUsernameAndReadAtIsNull(username), entries);
  }

  @Transactional(readOnly = true)
  public long unread(String username) {
    return messages.countByUsernameAndReadAtIsNull(username);
  }

  @Transactional
  public void markRead(String username, UUID id) {
    messages
        .findByIdAndUsername(id, username)
        .orElseThrow(() -> new NotFoundException("未找到这条消息：" + id))
        .markRead(clock.instant());
  }

  @Transactional
  public int markAllRead(String username) {
    List<InboxMessage> unread = messages.findByUsernameAndReadAtIsNull(username);
    Instant now = clock.instant();
    unread.forEach(m -> m.markRead(now));
    return unread.size();
  }

  /**
   * Follows a notification's deep link: only a person it was sent to may follow it (others get 404,
   * as if it did not exist); marks it read in their inbox and returns the task to open, if one is
   * still open for them.
   */
  @Transactional
  public Optional<String> open(String username, UUID notificationId) {
    Notification notification =
        notifications
            .findById(notificationId)
            .orElseThrow(() -> new NotFoundException("未找到这条通知：" + notificationId));
    List<InboxMessage> own = messages.findByNotificationIdAndUsername(notificationId, username);
    boolean addressed =
        !own.isEmpty()
            || addressees.expand(notification.getRecipient()).stream()
                .anyMatch(p -> p.username().equals(username));
    if (!addressed) {
      throw new NotFoundException("未找到这条通知：" + notificationId);
    }
    Instant now = clock.instant();
    own.forEach(m -> m.markRead(now));
    return workflow.openTaskFor(username, notification.subject());
  }
}
