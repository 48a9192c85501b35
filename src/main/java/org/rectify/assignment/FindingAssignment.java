package org.rectify.assignment;

/**
 * 交办: one leaf finding given to a responsible unit and a lead official. A blank unit or lead keeps
 * what the registration pre-filled.
 *
 * @param findingId the finding's id (a finding without sub-findings)
 * @param responsibleUnit 责任单位, by unit code
 * @param leadOfficial 责任领导, by username
 */
public record FindingAssignment(String findingId, String responsibleUnit, String leadOfficial) {}
