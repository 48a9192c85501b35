package org.rectify.verification;

import java.util.UUID;

/** The finding that takes up a relapsed one, and its inspection (for starting its process). */
public record ReopenedFinding(UUID findingId, UUID inspectionId) {}
