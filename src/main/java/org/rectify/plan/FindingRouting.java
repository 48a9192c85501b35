package org.rectify.plan;

/**
 * What the finding's process needs to route its tasks: the unit's group, the lead official's
 * username and the label shown in task names.
 */
public record FindingRouting(String unitGroup, String leadOfficial, String findingLabel) {}
