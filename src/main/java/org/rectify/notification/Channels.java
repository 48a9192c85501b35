package org.rectify.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every {@link NotificationChannel} bean, by id. */
@Component
public class Channels {

  private final Map<String, NotificationChannel> byId = new LinkedHashMap<>();

  Channels(List<NotificationChannel> channels) {
    for (NotificationChannel channel : channels) {
      if (byId.put(channel.id(), channel) != null) {
        throw new IllegalStateException("两个通知渠道使用同一标识：" + channel.id());
      }
    }
  }

  public NotificationChannel byId(String id) {
    return byId.get(id);
  }

  public List<NotificationChannel> all() {
    return List.copyOf(byId.values());
  }
}
