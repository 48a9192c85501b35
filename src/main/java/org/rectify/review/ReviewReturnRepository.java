package org.rectify.review;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewReturnRepository extends JpaRepository<ReviewReturn, UUID> {

  List<ReviewReturn> findByFindingIdOrderByReturnedAt(UUID findingId);

  List<ReviewReturn> findByBulletinIdOrderByReturnedAt(UUID bulletinId);
}
