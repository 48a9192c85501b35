package org.rectify.supervision;

import java.time.Instant;

/**
 * 流程异常: a background job (timer, asynchronous step) failed on every retry, so its process stands
 * still at one step until an operator fixes the cause and retries it (Cockpit). Only the root cause
 * is listed, not its echo in the calling processes.
 *
 * @param processName the process model's Chinese name
 * @param activityName the Chinese name of the step that failed
 * @param subjectId the business key: the id of the inspection, finding, measure or bulletin
 * @param message the failure as the job reported it
 * @param since when the retries ran out
 */
public record ProcessIncident(
    String id,
    String processInstanceId,
    String processKey,
    String processName,
    String activityId,
    String activityName,
    IncidentSubject subject,
    String subjectId,
    String message,
    Instant since) {}
