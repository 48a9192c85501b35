package org.rectify.supervision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The light of one measure, for Tasklist's task forms, with its finding's roll-up (the worst light
 * of the finding's measures).
 */
public record MeasureLight(
    UUID measureId,
    TrafficLight light,
    String label,
    LocalDate deadline,
    int workingDaysLeft,
    int workingDaysOverdue,
    boolean progressCallUnanswered,
    UUID findingId,
    TrafficLight findingLight,
    String findingLabel,
    LocalDate today) {}
