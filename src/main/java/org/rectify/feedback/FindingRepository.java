package org.rectify.feedback;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FindingRepository extends JpaRepository<Finding, UUID> {

  /**
   * Every finding of the inspection, in no particular order; sort with {@link
   * Finding#READING_ORDER}.
   */
  @Query("select f from Finding f where f.aspect.feedback.inspection.id = :inspectionId")
  List<Finding> findByInspection(UUID inspectionId);

  List<Finding> findByResponsibleUnitId(UUID unitId);
}
