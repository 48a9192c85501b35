package org.rectify.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, UUID> {

  Optional<Unit> findByCode(String code);

  List<Unit> findByCodeIn(Collection<String> codes);

  List<Unit> findAllByOrderByCode();

  List<Unit> findByName(String name);

  List<Unit> findByParentId(UUID parentId);
}
