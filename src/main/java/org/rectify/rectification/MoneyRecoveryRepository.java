package org.rectify.rectification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MoneyRecoveryRepository extends JpaRepository<MoneyRecovery, UUID> {

  List<MoneyRecovery> findByMeasureIdIn(Collection<UUID> measureIds);
}
