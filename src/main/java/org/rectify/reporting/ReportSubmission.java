package org.rectify.reporting;

/**
 * The body of {@code POST /api/inspections/{id}/rectification-report}.
 *
 * @param summary 报告摘要 (or document number and title), required
 * @param stageBulletin true to start drafting a 阶段性通报 with the report
 */
public record ReportSubmission(String summary, Boolean stageBulletin) {}
