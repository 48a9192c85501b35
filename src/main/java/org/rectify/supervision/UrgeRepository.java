package org.rectify.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UrgeRepository extends JpaRepository<Urge, UUID> {

  List<Urge> findByMeasureIdOrderByUrgedAt(UUID measureId);

  boolean existsByMeasureIdAndUrgedOn(UUID measureId, LocalDate urgedOn);
}
