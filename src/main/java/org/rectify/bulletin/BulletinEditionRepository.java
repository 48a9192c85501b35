package org.rectify.bulletin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BulletinEditionRepository extends JpaRepository<BulletinEdition, UUID> {

  List<BulletinEdition> findByAudienceOrderByOrganizationAscBulletinDateDesc(Audience audience);

  Optional<BulletinEdition> findByIdAndAudience(UUID id, Audience audience);

  Optional<BulletinEdition> findByBulletinIdAndAudience(UUID bulletinId, Audience audience);

  List<BulletinEdition> findByBulletinId(UUID bulletinId);
}
