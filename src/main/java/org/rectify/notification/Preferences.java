package org.rectify.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.rectify.notification.Addressees.Person;
import org.rectify.notification.NotificationChannel.Audience;
import org.rectify.notification.NotificationProperties.RoleDefaults;
import org.rectify.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知偏好: a person's own choice, else the defaults of their role (rectify.notifications.defaults).
 */
@Service
public class Preferences {

  private final NotificationPreferenceRepository stored;
  private final NotificationProperties properties;
  private final Channels channels;
  private final Addressees addressees;
  private final Clock clock;

  Preferences(
      NotificationPreferenceRepository stored,
      NotificationProperties properties,
      Channels channels,
      Addressees addressees,
      Clock clock) {
    this.stored = stored;
    this.properties = properties;
    this.channels = channels;
    this.addressees = addressees;
    this.clock = clock;
  }

  /** What applies to a person now, and whether they chose it themselves. */
  public record Choice(List<String> channels, DeliveryMode delivery, boolean own) {}

  @Transactional(readOnly = true)
  public Choice of(String username) {
    return of(
        addressees.byUsername(username).map(Person::of).orElse(new Person(username, null, null)));
  }

  Choice of(Person person) {
    return stored
        .findById(person.username())
        .map(p -> new Choice(p.channels(), p.getDelivery(), true))
        .orElseGet(
            () -> {
              RoleDefaults defaults =
                  person.role() == null ? null : properties.getDefaults().get(person.role().name());
              if (defaults == null) {
                defaults = new RoleDefaults();
              }
              return new Choice(List.copyOf(defaults.getChannels()), defaults.getDelivery(), false);
            });
  }

  /**
   * Changes a person's preference. Only channels for people that can reach them (e-mail needs a
   * configured mail server and an address in the directory) may be chosen; nothing is written on a
   * bad choice.
   */
  @Transactional
  public Choice change(String username, List<String> chosen, String delivery) {
    if (chosen == null || chosen.isEmpty()) {
      throw InvalidInputException.of("channels", "至少选择一种接收渠道");
    }
    List<String> accepted = new ArrayList<>();
    for (String id : chosen) {
      NotificationChannel channel = channels.byId(id);
      if (channel == null || channel.audience() != Audience.PERSON) {
        throw InvalidInputException.of("channels", "没有这种接收渠道：" + id);
      }
      if (!channel.reaches(username)) {
        throw InvalidInputException.of("channels", channel.label() + "尚未配置或您的通讯录中没有相应地址，暂不能选择");
      }
      if (!accepted.contains(id)) {
        accepted.add(id);
      }
    }
    DeliveryMode mode;
    try {
      mode = DeliveryMode.valueOf(delivery == null ? "" : delivery);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("delivery", "接收方式只能是 SINGLE（逐条发送）或 DAILY_DIGEST（每日汇总）");
    }
    NotificationPreference preference =
        stored.findById(username).orElseGet(() -> new NotificationPreference(username));
    preference.change(accepted, mode, clock.instant());
    stored.save(preference);
    return new Choice(List.copyOf(accepted), mode, true);
  }
}
