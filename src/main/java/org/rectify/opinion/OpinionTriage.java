package org.rectify.opinion;

/**
 * The body of {@code POST /api/opinions/{id}/triage}: 处理意见建议.
 *
 * @param outcome {@code ADOPTED} (采纳), {@code REFERRED} (转交单位) or {@code DECLINED} (不予采纳)
 * @param note 处理说明: required unless adopted (to which unit and what for, or why not)
 */
public record OpinionTriage(String outcome, String note) {}
