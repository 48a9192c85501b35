package org.rectify.reporting;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RectificationReportRepository extends JpaRepository<RectificationReport, UUID> {

  List<RectificationReport> findByInspectionIdOrderBySubmittedAt(UUID inspectionId);
}
