package org.rectify.registration;

import java.util.UUID;

/** Published when an inspection and its feedback have been registered (within the transaction). */
public record InspectionRegistered(UUID inspectionId) {}
