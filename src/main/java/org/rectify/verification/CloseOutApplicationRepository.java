package org.rectify.verification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CloseOutApplicationRepository extends JpaRepository<CloseOutApplication, UUID> {

  Optional<CloseOutApplication> findFirstByFindingIdOrderByAppliedAtDesc(UUID findingId);

  List<CloseOutApplication> findByFindingIdOrderByAppliedAt(UUID findingId);
}
