package org.rectify.plan;

/**
 * What the finding's process needs to route its tasks: the unit's group, the lead official's
 * username, the label shown in task names and the unit's name shown in Tasklist filter columns.
 */
public record FindingRouting(
    String unitGroup, String leadOfficial, String findingLabel, String unitName) {}
