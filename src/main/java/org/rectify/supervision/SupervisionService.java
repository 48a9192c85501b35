package org.rectify.supervision;

import java.util.List;
import java.util.UUID;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.Notifier;
import org.rectify.organization.OfficialRole;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 督查督办: escalates measures left overdue and records the supervisors' notices. */
@Service
public class SupervisionService {

  private final MeasureRepository measures;
  private final SupervisionNoticeRepository notices;
  private final Notifier notifier;
  private final SupervisionWorkflow workflow;

  public SupervisionService(
      MeasureRepository measures,
      SupervisionNoticeRepository notices,
      Notifier notifier,
      SupervisionWorkflow workflow) {
    this.measures = measures;
    this.notices = notices;
    this.notifier = notifier;
    this.workflow = workflow;
  }

  /** Timer: the measure is still unfinished some days after its deadline; tell the supervisors. */
  @Transactional
  public void escalate(UUID measureId) {
    Measure measure = find(measureId);
    if (measure.getStatus().isFinished()) {
      return;
    }
    notifier.notifyOnce(
        NotificationKind.ESCALATION,
        List.of(OfficialRole.SUPERVISOR.groupId()),
        measureId,
        measure.getFinding().getId(),
        measure.getDeadline(),
        "【"
            + measure.getFinding().getCode()
            + "-"
            + measure.getOrdinal()
            + "】逾期未完成（时限 "
            + measure.getDeadline()
            + "），请督办。");
  }

  /** 下发督办意见. */
  @Transactional
  public SupervisionNotice issueNotice(UUID measureId, String text, String username) {
    find(measureId);
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("text", "必须填写督办意见");
    }
    if (text.length() > 4000) {
      throw InvalidInputException.of("text", "督办意见不能超过 4000 字");
    }
    workflow.checkSupervision(measureId, username);
    SupervisionNotice notice = notices.save(new SupervisionNotice(measureId, text, username));
    workflow.noticeIssued(measureId, username);
    return notice;
  }

  @Transactional(readOnly = true)
  public List<SupervisionNotice> noticesOf(UUID measureId) {
    return notices.findByMeasureIdOrderByIssuedAt(measureId);
  }

  private Measure find(UUID measureId) {
    return measures
        .findById(measureId)
        .orElseThrow(() -> new NotFoundException("未找到整改措施：" + measureId));
  }

  /**
   * Guard for completing 督办 by any route: a notice was issued in this round ({@code issuedBefore}
   * notices came from earlier rounds).
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkNoticeIssued(UUID measureId, long issuedBefore) {
    if (notices.findByMeasureIdOrderByIssuedAt(measureId).size() <= issuedBefore) {
      throw new IllegalStateException(
          "督办意见尚未下发：请通过 POST /api/measures/"
              + measureId
              + "/supervision-notice 下发（或在 Tasklist 的督办表单中提交）");
    }
  }
}
