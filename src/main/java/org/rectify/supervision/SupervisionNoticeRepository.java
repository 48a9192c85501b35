package org.rectify.supervision;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionNoticeRepository extends JpaRepository<SupervisionNotice, UUID> {

  List<SupervisionNotice> findByMeasureIdOrderByIssuedAt(UUID measureId);

  List<SupervisionNotice> findByMeasureIdInOrderByIssuedAt(Collection<UUID> measureIds);
}
