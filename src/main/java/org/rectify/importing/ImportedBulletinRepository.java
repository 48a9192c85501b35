package org.rectify.importing;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** 导入的通报. */
public interface ImportedBulletinRepository extends JpaRepository<ImportedBulletin, UUID> {
  Optional<ImportedBulletin> findByInspectionId(UUID inspectionId);
}
