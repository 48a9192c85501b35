package org.rectify.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficialRepository extends JpaRepository<Official, UUID> {

  @EntityGraph(attributePaths = "unit")
  Optional<Official> findByUsername(String username);

  List<Official> findByUsernameIn(Collection<String> usernames);

  List<Official> findByRole(OfficialRole role);

  List<Official> findAllByOrderByUsername();

  List<Official> findByUnitId(UUID unitId);
}
