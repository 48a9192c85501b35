package org.rectify.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 站内信: a notification in one person's inbox, delivered from one outbox row. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private UUID outboxId;

  @Column(nullable = false)
  private UUID notificationId;

  @Column(nullable = false)
  private String username;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant readAt;

  protected InboxMessage() {}

  public UUID getId() {
    return id;
  }

  public UUID getOutboxId() {
    return outboxId;
  }

  public UUID getNotificationId() {
    return notificationId;
  }

  public String getUsername() {
    return username;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReadAt() {
    return readAt;
  }

  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }
}
