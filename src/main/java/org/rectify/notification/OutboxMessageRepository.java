package org.rectify.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, UUID> {

  List<OutboxMessage> findByNotificationIdIn(List<UUID> notificationIds);

  List<OutboxMessage> findByStatusOrderByCreatedAtDesc(OutboxStatus status);
}
