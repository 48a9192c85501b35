package org.rectify.handover;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoverRepository extends JpaRepository<Handover, UUID> {

  List<Handover> findByInspectionIdOrderByKindAscOrdinalAsc(UUID inspectionId);
}
