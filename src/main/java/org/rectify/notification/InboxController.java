package org.rectify.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 站内信: every signed-in official, always scoped to the caller. */
@RestController
@RequestMapping("/api/inbox")
@Tag(name = "站内信")
class InboxController {

  private final Inbox inbox;

  InboxController(Inbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping
  @Operation(
      summary = "我的站内信",
      description = "当前用户的最新消息（最多 limit 条，默认 50）及未读数；unread=true 只列未读。每条带问题/措施标签和打开对应待办的链接。")
  Inbox.View list(
      Principal caller,
      @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int limit) {
    return inbox.of(caller.getName(), unread, limit);
  }

  @GetMapping("/unread-count")
  @Operation(summary = "未读消息数")
  Map<String, Long> unreadCount(Principal caller) {
    return Map.of("unread", inbox.unread(caller.getName()));
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "标为已读", description = "只能标记自己的消息；他人的消息答 404。")
  ResponseEntity<Void> markRead(Principal caller, @PathVariable UUID id) {
    inbox.markRead(caller.getName(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  @Operation(summary = "全部标为已读")
  Map<String, Integer> markAllRead(Principal caller) {
    return Map.of("marked", inbox.markAllRead(caller.getName()));
  }
}
