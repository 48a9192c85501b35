package org.rectify.plan;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeasureRepository extends JpaRepository<Measure, UUID> {

  List<Measure> findByFindingIdOrderByOrdinal(UUID findingId);

  @Query(
      "select m from Measure m where m.finding.aspect.feedback.inspection.id = :inspectionId"
          + " order by m.ordinal")
  List<Measure> findByInspection(UUID inspectionId);

  List<Measure> findByFindingIdIn(Collection<UUID> findingIds);
}
