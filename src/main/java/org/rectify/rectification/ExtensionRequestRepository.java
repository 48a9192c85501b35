package org.rectify.rectification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, UUID> {

  List<ExtensionRequest> findByMeasureIdOrderByRequestedAt(UUID measureId);

  List<ExtensionRequest> findByMeasureIdInOrderByRequestedAt(Collection<UUID> measureIds);

  Optional<ExtensionRequest> findFirstByMeasureIdAndStatus(UUID measureId, ExtensionStatus status);

  Optional<ExtensionRequest> findFirstByMeasureIdAndStatusOrderByDecidedAtDesc(
      UUID measureId, ExtensionStatus status);
}
