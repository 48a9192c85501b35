package org.rectify.inspection;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InspectionRepository extends JpaRepository<Inspection, UUID> {

  List<Inspection> findAllByOrderByFeedbackDateDesc();

  /** Inspections whose process start is not recorded. */
  List<Inspection> findByProcessStartedAtIsNull();
}
