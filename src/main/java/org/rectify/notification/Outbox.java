package org.rectify.notification;

import java.time.Clock;
import java.time.Instant;
import org.rectify.notification.Addressees.Person;
import org.rectify.notification.NotificationChannel.Audience;
import org.rectify.notification.Preferences.Choice;
import org.rectify.organization.Unit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发件箱: turns one notification into its outbox rows — per person behind the recipient, one row for
 * each channel the person chose (and that reaches them); for a unit's group, also one row per group
 * robot configured for the unit. Runs inside the caller's transaction, so the rows commit or roll
 * back with the occasion.
 */
@Component
public class Outbox {

  private final Addressees addressees;
  private final Preferences preferences;
  private final Channels channels;
  private final OutboxMessageRepository rows;
  private final DigestSchedule digests;
  private final Clock clock;

  Outbox(
      Addressees addressees,
      Preferences preferences,
      Channels channels,
      OutboxMessageRepository rows,
      DigestSchedule digests,
      Clock clock) {
    this.addressees = addressees;
    this.preferences = preferences;
    this.channels = channels;
    this.rows = rows;
    this.digests = digests;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int enqueue(Notification notification) {
    Instant now = clock.instant();
    int written = 0;
    for (Person person : addressees.expand(notification.getRecipient())) {
      Choice choice = preferences.of(person);
      for (String id : choice.channels()) {
        NotificationChannel channel = channels.byId(id);
        if (channel == null
            || channel.audience() != Audience.PERSON
            || !channel.reaches(person.username())) {
          continue;
        }
        // The inbox is a list anyway: it always shows each message at once.
        boolean digest =
            choice.delivery() == DeliveryMode.DAILY_DIGEST && !InboxChannel.ID.equals(id);
        Instant due = digest ? digests.nextAfter(now) : now;
        rows.save(new OutboxMessage(notification, id, person.username(), digest, due, now));
        written++;
      }
    }
    if (Unit.isUnitGroup(notification.getRecipient())) {
      for (NotificationChannel channel : channels.all()) {
        if (channel.audience() == Audience.UNIT && channel.reaches(notification.getRecipient())) {
          rows.save(
              new OutboxMessage(
                  notification, channel.id(), notification.getRecipient(), false, now, now));
          written++;
        }
      }
    }
    return written;
  }
}
