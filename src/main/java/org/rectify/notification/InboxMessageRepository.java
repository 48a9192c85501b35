package org.rectify.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InboxMessageRepository extends JpaRepository<InboxMessage, UUID> {

  List<InboxMessage> findByUsernameOrderByCreatedAtDesc(String username, Limit limit);

  List<InboxMessage> findByUsernameAndReadAtIsNullOrderByCreatedAtDesc(
      String username, Limit limit);

  long countByUsernameAndReadAtIsNull(String username);

  Optional<InboxMessage> findByIdAndUsername(UUID id, String username);

  List<InboxMessage> findByNotificationIdAndUsername(UUID notificationId, String username);

  List<InboxMessage> findByUsernameAndReadAtIsNull(String username);

  long countByNotificationId(UUID notificationId);
}
