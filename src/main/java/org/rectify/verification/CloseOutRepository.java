package org.rectify.verification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CloseOutRepository extends JpaRepository<CloseOut, UUID> {

  Optional<CloseOut> findByFindingId(UUID findingId);

  List<CloseOut> findByFindingIdIn(Collection<UUID> findingIds);
}
