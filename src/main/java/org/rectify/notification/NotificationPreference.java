package org.rectify.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** 通知偏好: the channels a person chose and whether pushed messages come singly or as a digest. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

  @Id private String username;

  /** Channel ids, comma-separated. */
  @Column(nullable = false)
  private String channels;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryMode delivery;

  @Column(nullable = false)
  private Instant updatedAt;

  protected NotificationPreference() {}

  NotificationPreference(String username) {
    this.username = username;
  }

  void change(List<String> channels, DeliveryMode delivery, Instant now) {
    this.channels = String.join(",", channels);
    this.delivery = delivery;
    this.updatedAt = now;
  }

  public String getUsername() {
    return username;
  }

  public List<String> channels() {
    return channels.isEmpty() ? List.of() : Arrays.asList(channels.split(","));
  }

  public DeliveryMode getDelivery() {
    return delivery;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
