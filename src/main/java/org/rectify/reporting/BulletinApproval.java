package org.rectify.reporting;

/**
 * The body of {@code POST /api/bulletins/{id}/approval}: 审定通报.
 *
 * @param approved true to approve, false to return the draft (退回)
 * @param reason why it is returned; required when not approved
 */
public record BulletinApproval(Boolean approved, String reason) {}
