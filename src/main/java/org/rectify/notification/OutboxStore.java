package org.rectify.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's statements on {@code outbox_message}, each one atomic on its own (no surrounding
 * transaction): claim due rows with a lease, mark them sent, record a failure. A claim is a
 * conditional UPDATE that only takes rows whose lease is free or expired; on PostgreSQL the inner
 * SELECT also skips rows another node is claiming at this moment ({@code FOR UPDATE SKIP LOCKED}).
 * Marks only apply while the caller still holds the lease.
 */
@Component
public class OutboxStore {

  /** A claimed row. */
  public record Claimed(
      UUID id,
      UUID notificationId,
      String channel,
      String recipient,
      boolean digest,
      int attempts) {}

  private final JdbcTemplate jdbc;
  private final NotificationProperties properties;
  private final String table;
  private final boolean postgres;

  OutboxStore(
      JdbcTemplate jdbc,
      DataSource dataSource,
      NotificationProperties properties,
      @Value("${rectify.db.schema}") String schema)
      throws SQLException {
    this.jdbc = jdbc;
    this.properties = properties;
    this.table = schema + ".outbox_message";
    try (Connection connection = dataSource.getConnection()) {
      this.postgres =
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }

  /**
   * Claims up to {@code limit} due rows for {@code owner} until {@code leaseUntil} and returns
   * them. A row is due when it is pending, its next attempt is not after {@code now} and no live
   * lease holds it.
   */
  public List<Claimed> claim(String owner, Instant now, Instant leaseUntil, int limit) {
    String free = "(lease_until is null or lease_until < ?)";
    String due =
        "select id from "
            + table
            + " where status = 'PENDING' and next_attempt_at <= ? and "
            + free
            + " order by next_attempt_at fetch first "
            + Math.max(1, limit)
            + " rows only"
            + (postgres ? " for update skip locked" : "");
    jdbc.update(
        "update "
            + table
            + " set lease_owner = ?, lease_until = ? where id in ("
            + due
            + ") and status = 'PENDING' and "
            + free,
        owner,
        ts(leaseUntil),
        ts(now),
        ts(now),
        ts(now));
    return jdbc.query(
        "select id, notification_id, channel, recipient, digest, attempts from "
            + table
            + " where lease_owner = ? and status = 'PENDING' order by next_attempt_at, created_at",
        (rs, i) ->
            new Claimed(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getBoolean(5),
                rs.getInt(6)),
        owner);
  }

  /** Marks the rows sent, if {@code owner} still holds their lease. Returns how many. */
  public int markSent(Collection<UUID> ids, String owner, Instant now) {
    int marked = 0;
    for (UUID id : ids) {
      marked +=
          jdbc.update(
              "update "
                  + table
                  + " set status = 'SENT', sent_at = ?, attempts = attempts + 1, lease_owner = null,"
                  + " lease_until = null, last_error = null where id = ? and lease_owner = ?",
              ts(now),
              id,
              owner);
    }
    return marked;
  }

  /**
   * Records a failed delivery: the row waits for its next attempt (exponential back-off), or
   * becomes FAILED after the last allowed attempt.
   */
  public int markFailed(Collection<Claimed> rows, String owner, Instant now, String error) {
    int marked = 0;
    String message = error.length() > 1000 ? error.substring(0, 999) + "…" : error;
    for (Claimed row : rows) {
      int attempts = row.attempts() + 1;
      boolean last = attempts >= properties.getMaxAttempts();
      marked +=
          jdbc.update(
              "update "
                  + table
                  + " set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
                  + " lease_owner = null, lease_until = null where id = ? and lease_owner = ?",
              last ? OutboxStatus.FAILED.name() : OutboxStatus.PENDING.name(),
              attempts,
              ts(last ? now : now.plus(properties.retryDelay(attempts))),
              message,
              row.id(),
              owner);
    }
    return marked;
  }

  /** An administrator's retry: a FAILED row is due again now with a fresh count of attempts. */
  public boolean retry(UUID id, Instant now) {
    return jdbc.update(
            "update "
                + table
                + " set status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_owner = null,"
                + " lease_until = null where id = ? and status = 'FAILED'",
            ts(now),
            id)
        == 1;
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant);
  }
}
