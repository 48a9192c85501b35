package org.rectify.rectification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstitutionChangeRepository extends JpaRepository<InstitutionChange, UUID> {

  List<InstitutionChange> findByMeasureIdIn(Collection<UUID> measureIds);
}
