package org.rectify.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 通知配置 ({@code rectify.notifications.*}), explained in docs/notifications.md. Mail and robot
 * credentials are read here and never logged.
 */
@ConfigurationProperties("rectify.notifications")
public class NotificationProperties {

  /** The address people open the app at; deep links in e-mails and robot messages start with it. */
  private String baseUrl = "http://localhost:8080";

  /** How long a node holds the rows it claimed before another node may claim them again. */
  private Duration lease = Duration.ofMinutes(2);

  /** Rows claimed per round. */
  private int batchSize = 20;

  /** Deliveries tried before a row becomes FAILED. */
  private int maxAttempts = 6;

  /** Wait before the first retry; each further retry waits twice as long, up to maxRetryDelay. */
  private Duration firstRetryDelay = Duration.ofMinutes(1);

  private Duration maxRetryDelay = Duration.ofHours(1);

  /** When the daily digest goes out, on working days of the calendar (rectify.deadlines.*). */
  private LocalTime digestAt = LocalTime.of(8, 30);

  /** Per role (OFFICE, LEADER, UNIT, SUPERVISOR, ADMIN): channels and delivery until changed. */
  private Map<String, RoleDefaults> defaults = new LinkedHashMap<>();

  private Mail mail = new Mail();

  /** Group robots per unit code. */
  private Map<String, UnitRobots> robots = new LinkedHashMap<>();

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  public Duration getLease() {
    return lease;
  }

  public void setLease(Duration lease) {
    this.lease = lease;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Duration getFirstRetryDelay() {
    return firstRetryDelay;
  }

  public void setFirstRetryDelay(Duration firstRetryDelay) {
    this.firstRetryDelay = firstRetryDelay;
  }

  public Duration getMaxRetryDelay() {
    return maxRetryDelay;
  }

  public void setMaxRetryDelay(Duration maxRetryDelay) {
    this.maxRetryDelay = maxRetryDelay;
  }

  public LocalTime getDigestAt() {
    return digestAt;
  }

  public void setDigestAt(LocalTime digestAt) {
    this.digestAt = digestAt;
  }

  public Map<String, RoleDefaults> getDefaults() {
    return defaults;
  }

  public void setDefaults(Map<String, RoleDefaults> defaults) {
    this.defaults = defaults;
  }

  public Mail getMail() {
    return mail;
  }

  public void setMail(Mail mail) {
    this.mail = mail;
  }

  public Map<String, UnitRobots> getRobots() {
    return robots;
  }

  public void setRobots(Map<String, UnitRobots> robots) {
    this.robots = robots;
  }

  /**
   * The wait after the {@code attempts}-th failed delivery: first delay × 2^(attempts−1), capped.
   */
  public Duration retryDelay(int attempts) {
    Duration delay = firstRetryDelay;
    for (int i = 1; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }

  /** A role's defaults. */
  public static class RoleDefaults {
    private List<String> channels = new ArrayList<>(List.of(InboxChannel.ID));
    private DeliveryMode delivery = DeliveryMode.SINGLE;

    public List<String> getChannels() {
      return channels;
    }

    public void setChannels(List<String> channels) {
      this.channels = channels;
    }

    public DeliveryMode getDelivery() {
      return delivery;
    }

    public void setDelivery(DeliveryMode delivery) {
      this.delivery = delivery;
    }
  }

  /** E-mail: off until enabled; the SMTP server itself is Spring Boot's {@code spring.mail.*}. */
  public static class Mail {
    private boolean enabled;
    private String from = "rectify@localhost";

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }
  }

  /** A unit's group robots: a WeCom webhook, a DingTalk webhook and its signing secret. */
  public static class UnitRobots {
    private String wecomUrl;
    private String dingtalkUrl;
    private String dingtalkSecret;

    public String getWecomUrl() {
      return wecomUrl;
    }

    public void setWecomUrl(String wecomUrl) {
      this.wecomUrl = wecomUrl;
    }

    public String getDingtalkUrl() {
      return dingtalkUrl;
    }

    public void setDingtalkUrl(String dingtalkUrl) {
      this.dingtalkUrl = dingtalkUrl;
    }

    public String getDingtalkSecret() {
      return dingtalkSecret;
    }

    public void setDingtalkSecret(String dingtalkSecret) {
      this.dingtalkSecret = dingtalkSecret;
    }

    @Override
    public String toString() {
      // Webhook URLs carry the robot's access token: never print them.
      return "UnitRobots[wecom=" + (wecomUrl != null) + ", dingtalk=" + (dingtalkUrl != null) + "]";
    }
  }
}
