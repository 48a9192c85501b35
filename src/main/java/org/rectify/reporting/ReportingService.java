package org.rectify.reporting;

import java.util.UUID;
import org.rectify.bulletin.Bulletin;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinService;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.organization.OfficialRole;
import org.rectify.security.Viewer;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotAssignedException;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 整改报告与阶段性通报: the office files the report when it is due and starts stage bulletins. */
@Service
public class ReportingService {

  static final int SUMMARY_MAX = 4000;

  private final InspectionRepository inspections;
  private final RectificationReportRepository reports;
  private final BulletinService bulletins;
  private final ReportingWorkflow workflow;

  ReportingService(
      InspectionRepository inspections,
      RectificationReportRepository reports,
      BulletinService bulletins,
      ReportingWorkflow workflow) {
    this.inspections = inspections;
    this.reports = reports;
    this.bulletins = bulletins;
    this.workflow = workflow;
  }

  /** Opens a stage bulletin and starts its drafting → 审定 → publication; returns its id. */
  @Transactional
  public UUID startStageBulletin(UUID inspectionId, Viewer viewer) {
    inspection(inspectionId);
    if (viewer.role() != OfficialRole.OFFICE) {
      throw new NotAssignedException("只有整改办可以发起阶段性通报");
    }
    Bulletin bulletin = bulletins.startDraft(inspectionId, BulletinKind.STAGE, viewer.username());
    workflow.startStageBulletin(inspectionId, bulletin.getId());
    return bulletin.getId();
  }

  /** Files the report and completes the report task; optionally starts a stage bulletin with it. */
  @Transactional
  public RectificationReport submitReport(
      UUID inspectionId, ReportSubmission submission, String username) {
    Inspection inspection = inspection(inspectionId);
    workflow.checkReport(inspectionId, username);
    String summary = submission == null ? null : submission.summary();
    if (summary == null || summary.isBlank()) {
      throw InvalidInputException.of("summary", "必须填写整改报告摘要");
    }
    if (summary.strip().length() > SUMMARY_MAX) {
      throw InvalidInputException.of("summary", "整改报告摘要不能超过 " + SUMMARY_MAX + " 字");
    }
    UUID stageBulletinId = null;
    if (Boolean.TRUE.equals(submission.stageBulletin())) {
      stageBulletinId = bulletins.startDraft(inspectionId, BulletinKind.STAGE, username).getId();
    }
    RectificationReport report =
        reports.save(
            new RectificationReport(inspection, summary.strip(), stageBulletinId, username));
    workflow.reportFiled(inspectionId, stageBulletinId, username);
    return report;
  }

  /**
   * Guard for completing the report task by any route: a report has been filed in this round
   * ({@code filedBefore} reports came from earlier rounds).
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkFiled(UUID inspectionId, long filedBefore) {
    if (reports.findByInspectionIdOrderBySubmittedAt(inspectionId).size() <= filedBefore) {
      throw new IllegalStateException(
          "整改报告尚未报送：请通过 POST /api/inspections/"
              + inspectionId
              + "/rectification-report 报送（或在 Tasklist 的编制整改报告表单中提交）");
    }
  }

  private Inspection inspection(UUID inspectionId) {
    return inspections
        .findById(inspectionId)
        .orElseThrow(() -> new NotFoundException("巡视巡察不存在：" + inspectionId));
  }
}
