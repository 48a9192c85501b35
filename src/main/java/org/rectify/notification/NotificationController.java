package org.rectify.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rectify.notification.NotificationChannel.Audience;
import org.rectify.web.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 通知设置: everyone edits their own preferences; the outbox view and retry are for administrators only
 * (SecurityConfig).
 */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "站内信")
class NotificationController {

  private final Preferences preferences;
  private final Channels channels;
  private final OutboxAdmin outbox;

  NotificationController(Preferences preferences, Channels channels, OutboxAdmin outbox) {
    this.preferences = preferences;
    this.channels = channels;
    this.outbox = outbox;
  }

  /** A channel the caller may choose. */
  record ChannelOption(String id, String label, boolean available) {}

  /** The caller's preferences and the channels on offer. */
  record PreferenceView(
      List<String> channels, String delivery, boolean own, List<ChannelOption> options) {}

  record PreferenceChange(List<String> channels, String delivery) {}

  @GetMapping("/preferences")
  @Operation(
      summary = "我的通知设置",
      description = "接收渠道（站内信、电子邮件……）与接收方式（逐条发送 SINGLE 或每日汇总 DAILY_DIGEST）；未设置时按角色默认。")
  PreferenceView mine(Principal caller) {
    return view(caller.getName(), preferences.of(caller.getName()));
  }

  @PutMapping("/preferences")
  @Operation(summary = "修改我的通知设置", description = "只能修改自己的设置；不可用的渠道答 400 并指出字段。")
  PreferenceView change(Principal caller, @RequestBody(required = false) PreferenceChange body) {
    if (body == null) {
      throw InvalidInputException.of("channels", "请提交接收渠道和接收方式");
    }
    return view(
        caller.getName(), preferences.change(caller.getName(), body.channels(), body.delivery()));
  }

  @GetMapping("/outbox")
  @Operation(
      summary = "发件箱（管理员）",
      description = "按状态列出待发送 PENDING、已发送 SENT 或发送失败 FAILED（默认）的通知：渠道、收件人、次数、最后的错误。")
  List<OutboxAdmin.Row> outbox(@RequestParam(defaultValue = "FAILED") String status) {
    OutboxStatus parsed;
    try {
      parsed = OutboxStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("status", "状态只能是 PENDING、SENT 或 FAILED");
    }
    return outbox.list(parsed);
  }

  @PostMapping("/outbox/{id}/retry")
  @Operation(summary = "重发一条发送失败的通知（管理员）")
  ResponseEntity<Map<String, String>> retry(@PathVariable UUID id) {
    outbox.retry(id);
    return ResponseEntity.accepted().body(Map.of("status", OutboxStatus.PENDING.name()));
  }

  private PreferenceView view(String username, Preferences.Choice choice) {
    List<ChannelOption> options =
        channels.all().stream()
            .filter(c -> c.audience() == Audience.PERSON)
            .map(c -> new ChannelOption(c.id(), c.label(), c.reaches(username)))
            .toList();
    return new PreferenceView(choice.channels(), choice.delivery().name(), choice.own(), options);
  }
}
