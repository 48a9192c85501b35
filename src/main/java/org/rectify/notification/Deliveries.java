package org.rectify.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.notification.OutboxStore.Claimed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds what a channel sends from claimed outbox rows: text, finding/measure label, deep link. */
@Component
public class Deliveries {

  private final NotificationRepository notifications;
  private final JdbcTemplate jdbc;
  private final NotificationProperties properties;
  private final String schema;

  Deliveries(
      NotificationRepository notifications,
      JdbcTemplate jdbc,
      NotificationProperties properties,
      @Value("${rectify.db.schema}") String schema) {
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.properties = properties;
    this.schema = schema;
  }

  @Transactional(readOnly = true)
  public Delivery of(List<Claimed> rows) {
    Map<UUID, Notification> byId =
        notifications.findAllById(rows.stream().map(Claimed::notificationId).toList()).stream()
            .collect(Collectors.toMap(Notification::getId, Function.identity()));
    List<Delivery.Item> items = new ArrayList<>();
    for (Claimed row : rows) {
      Notification n = byId.get(row.notificationId());
      items.add(
          new Delivery.Item(
              row.id(),
              n.getId(),
              n.getKind().label(),
              subjectLabel(n.subject()),
              n.getMessage(),
              link(n.getId()),
              n.getCreatedAt()));
    }
    return new Delivery(rows.get(0).recipient(), rows.get(0).digest(), List.copyOf(items));
  }

  /**
   * The absolute deep link of a notification: opens its task in Tasklist for whoever follows it.
   */
  public String link(UUID notificationId) {
    return properties.getBaseUrl() + "/notifications/" + notificationId + "/open";
  }

  /**
   * 【一-2-1】 and the first clause of the measure, or 【一-2】 and the finding; empty otherwise. Read
   * with SQL: the ledger's packages depend on this one (they notify), not the other way round.
   */
  @Transactional(readOnly = true)
  public String subjectLabel(NotificationSubject subject) {
    if (subject.measureId() != null) {
      List<String> label =
          jdbc.query(
              "select f.code, m.ordinal, m.text from "
                  + schema
                  + ".measure m join "
                  + schema
                  + ".finding f on f.id = m.finding_id where m.id = ?",
              (rs, i) ->
                  "【" + rs.getString(1) + "-" + rs.getInt(2) + "】" + shorten(rs.getString(3)),
              subject.measureId());
      if (!label.isEmpty()) {
        return label.get(0);
      }
    }
    if (subject.findingId() != null) {
      List<String> label =
          jdbc.query(
              "select code, text from " + schema + ".finding where id = ?",
              (rs, i) -> "【" + rs.getString(1) + "】" + shorten(rs.getString(2)),
              subject.findingId());
      if (!label.isEmpty()) {
        return label.get(0);
      }
    }
    if (subject.bulletinId() != null) {
      return "【通报】";
    }
    return "";
  }

  private static String shorten(String text) {
    String first = text.split("[。；;]", 2)[0];
    return first.length() <= 24 ? first : first.substring(0, 23) + "…";
  }
}
