package org.rectify.rectification;

import java.time.Instant;

/**
 * What a measure's process needs: who carries it out (comma-separated unit groups), how its tasks
 * are named, and when its timers fire.
 */
public record MeasureSchedule(
    String unitGroups,
    String leadOfficial,
    String measureLabel,
    Instant dueAt,
    Instant reminderAt,
    Instant escalationAt,
    String progressCallCycle) {}
