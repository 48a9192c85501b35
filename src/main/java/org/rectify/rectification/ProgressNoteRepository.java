package org.rectify.rectification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressNoteRepository extends JpaRepository<ProgressNote, UUID> {

  List<ProgressNote> findByMeasureIdIn(Collection<UUID> measureIds);
}
