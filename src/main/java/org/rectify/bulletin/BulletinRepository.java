package org.rectify.bulletin;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BulletinRepository extends JpaRepository<Bulletin, UUID> {

  List<Bulletin> findByInspectionIdOrderByCreatedAt(UUID inspectionId);
}
