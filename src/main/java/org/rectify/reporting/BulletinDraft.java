package org.rectify.reporting;

import org.rectify.bulletin.BulletinNarrative;

/**
 * The body of {@code POST /api/bulletins/{id}/draft}: 起草通报.
 *
 * @param kind {@code STAGE} (阶段性通报) or {@code FINAL} (整改完成通报)
 * @param narrative the parts the office writes by hand
 */
public record BulletinDraft(String kind, BulletinNarrative narrative) {}
