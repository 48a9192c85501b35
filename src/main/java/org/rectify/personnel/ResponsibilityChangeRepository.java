package org.rectify.personnel;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponsibilityChangeRepository extends JpaRepository<ResponsibilityChange, UUID> {

  List<ResponsibilityChange> findByFindingIdOrderByChangedAt(UUID findingId);

  List<ResponsibilityChange> findByHandoverId(UUID handoverId);
}
