package org.rectify.verification;

import java.time.Instant;

/** When the 回头看 of a finding falls due and how its task is named. */
public record FollowUpSchedule(Instant dueAt, String findingLabel) {}
