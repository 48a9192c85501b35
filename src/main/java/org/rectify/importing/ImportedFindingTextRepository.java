package org.rectify.importing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** 导入的问题正文. */
public interface ImportedFindingTextRepository extends JpaRepository<ImportedFindingText, UUID> {
  List<ImportedFindingText> findByFindingIdInOrderByPosition(Collection<UUID> findingIds);
}
