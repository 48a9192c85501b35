package org.rectify.notification;

import java.sql.Timestamp;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 站内信: delivers into the person's inbox (GET /api/inbox, the bell in Tasklist). One inbox row per
 * outbox row (unique {@code outbox_id}), so a redelivery after a crash adds nothing: this channel
 * is exactly-once.
 */
@Component
@Order(1)
class InboxChannel implements NotificationChannel {

  static final String ID = "inbox";

  private final JdbcTemplate jdbc;
  private final String table;

  InboxChannel(JdbcTemplate jdbc, @Value("${rectify.db.schema}") String schema) {
    this.jdbc = jdbc;
    this.table = schema + ".inbox_message";
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String label() {
    return "站内信";
  }

  @Override
  public Audience audience() {
    return Audience.PERSON;
  }

  @Override
  public boolean reaches(String username) {
    return true;
  }

  @Override
  public void deliver(Delivery delivery) {
    for (Delivery.Item item : delivery.items()) {
      try {
        jdbc.update(
            "insert into "
                + table
                + " (id, outbox_id, notification_id, username, created_at, read_at)"
                + " select ?, ?, ?, ?, ?, null where not exists"
                + " (select 1 from "
                + table
                + " where outbox_id = ?)",
            UUID.randomUUID(),
            item.outboxId(),
            item.notificationId(),
            delivery.recipient(),
            Timestamp.from(item.createdAt()),
            item.outboxId());
      } catch (DuplicateKeyException alreadyDelivered) {
        // Another node delivered the same row at the same moment: it is in the inbox once.
      }
    }
  }
}
