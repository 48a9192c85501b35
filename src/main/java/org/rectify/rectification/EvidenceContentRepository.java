package org.rectify.rectification;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceContentRepository extends JpaRepository<EvidenceContent, UUID> {}
