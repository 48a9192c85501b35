package org.rectify.notification;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, UUID> {

  boolean existsByIdempotencyKey(String idempotencyKey);

  List<Notification> findByMeasureIdOrderByCreatedAt(UUID measureId);

  List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient);
}
