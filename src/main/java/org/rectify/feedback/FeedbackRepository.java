package org.rectify.feedback;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackRepository extends JpaRepository<Feedback, UUID> {

  Optional<Feedback> findByInspectionId(UUID inspectionId);
}
