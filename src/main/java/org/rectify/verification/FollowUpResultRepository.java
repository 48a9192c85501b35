package org.rectify.verification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpResultRepository extends JpaRepository<FollowUpResult, UUID> {

  Optional<FollowUpResult> findFirstByFindingIdOrderByCheckedAtDesc(UUID findingId);

  List<FollowUpResult> findByFindingIdOrderByCheckedAt(UUID findingId);
}
