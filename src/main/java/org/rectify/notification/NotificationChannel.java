package org.rectify.notification;

/**
 * 通知渠道: one way a message reaches people. Each Spring bean implementing this is a channel; the
 * outbox writes a row per recipient for every channel that {@link #reaches} them and the dispatcher
 * calls {@link #deliver}. Adding a channel (SMS, say) is one class: see docs/notifications.md.
 */
public interface NotificationChannel {

  /** Who a row of this channel is for. */
  enum Audience {
    /** One row per person who chose the channel in their preferences (站内信, 邮件, 短信). */
    PERSON,
    /** One row per unit group the channel is configured for (群机器人). */
    UNIT
  }

  /** Stored in the outbox row and in people's preferences, e.g. {@code email}; at most 32 chars. */
  String id();

  /** Chinese name shown on the preference and administration pages, e.g. 电子邮件. */
  String label();

  Audience audience();

  /**
   * Whether this channel can deliver to the recipient at all (configured, address known): a
   * username for {@link Audience#PERSON} channels, a unit's group id ({@code unit-<code>}) for
   * {@link Audience#UNIT} channels. No row is written when it cannot.
   */
  boolean reaches(String recipient);

  /**
   * Sends the delivery; returns normally once the other side accepted it. Throwing means "not
   * delivered": the dispatcher retries with back-off, so a channel must not half-send. Never put
   * credentials (passwords, webhook keys, secrets) into the exception message.
   */
  void deliver(Delivery delivery) throws Exception;
}
