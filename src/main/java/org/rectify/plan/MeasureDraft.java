package org.rectify.plan;

import java.util.List;

/**
 * One measure as the unit drafts it (制定整改措施). Dates and terms arrive as text so that a bad value is
 * reported with its place instead of failing the whole request.
 *
 * @param unitCodes responsible units; empty means the finding's responsible unit
 */
public record MeasureDraft(
    String text, String responsiblePerson, String deadline, String term, List<String> unitCodes) {}
