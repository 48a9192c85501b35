package org.rectify.rectification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountabilityActionRepository extends JpaRepository<AccountabilityAction, UUID> {

  List<AccountabilityAction> findByMeasureIdIn(Collection<UUID> measureIds);

  List<AccountabilityAction> findByHandoverIdIn(Collection<UUID> handoverIds);
}
