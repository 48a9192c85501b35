package org.rectify.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.feedback.FindingStatus;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.Notifier;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.plan.Term;
import org.rectify.review.ReviewReturn;
import org.rectify.review.ReviewReturnRepository;
import org.rectify.review.ReviewStep;
import org.rectify.security.CurrentViewer;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotAssignedException;
import org.rectify.web.NotFoundException;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 验收销号: the three-step sign-off (部门自审 → 责任领导确认 → 审核认定 → 销号), closure by a higher notice (已作销号处理)
 * and the 回头看 of long-term findings.
 */
@Service
public class VerificationService {

  private final FindingRepository findings;
  private final MeasureRepository measures;
  private final CloseOutRepository closeOuts;
  private final CloseOutApplicationRepository applications;
  private final FollowUpResultRepository followUps;
  private final ReviewReturnRepository returns;
  private final DeadlineCalendar calendar;
  private final VerificationWorkflow workflow;
  private final CurrentViewer viewers;
  private final Notifier notifier;

  public VerificationService(
      FindingRepository findings,
      MeasureRepository measures,
      CloseOutRepository closeOuts,
      CloseOutApplicationRepository applications,
      FollowUpResultRepository followUps,
      ReviewReturnRepository returns,
      DeadlineCalendar calendar,
      VerificationWorkflow workflow,
      CurrentViewer viewers,
      Notifier notifier) {
    this.findings = findings;
    this.measures = measures;
    this.closeOuts = closeOuts;
    this.applications = applications;
    this.followUps = followUps;
    this.returns = returns;
    this.calendar = calendar;
    this.workflow = workflow;
    this.viewers = viewers;
    this.notifier = notifier;
  }

  /** 申请销号 with the unit's self-check (部门自审); every measure must be completed. */
  @Transactional
  public CloseOutApplication applyForCloseOut(UUID findingId, String selfCheck, String username) {
    findFor(findingId, username);
    if (selfCheck == null || selfCheck.isBlank()) {
      throw InvalidInputException.of("selfCheck", "必须填写部门自审意见");
    }
    if (selfCheck.length() > 20000) {
      throw InvalidInputException.of("selfCheck", "部门自审意见不能超过 20000 字");
    }
    workflow.checkApplication(findingId, username);
    List<Measure> open =
        measures.findByFindingIdOrderByOrdinal(findingId).stream()
            .filter(m -> !m.getStatus().isCompleted())
            .toList();
    if (!open.isEmpty()) {
      throw new StepNotOpenException("尚有 " + open.size() + " 条整改措施未完成落实，不能申请销号");
    }
    CloseOutApplication application =
        applications.save(new CloseOutApplication(findingId, selfCheck, username));
    workflow.closeOutApplied(findingId, username);
    return application;
  }

  /** 责任领导确认: confirm, or return to the unit with a reason. */
  @Transactional
  public void confirmCloseOut(UUID findingId, boolean confirmed, String reason, String username) {
    Finding finding = findFor(findingId, username);
    if (finding.getLeadOfficial() == null
        || !finding.getLeadOfficial().getUsername().equals(username)) {
      throw new NotAssignedException("只有该问题的责任领导可以办理「责任领导确认」");
    }
    workflow.checkConfirmation(findingId, username);
    CloseOutApplication application = current(findingId);
    if (confirmed) {
      application.confirm(username);
    } else {
      returnApplication(application, ReviewStep.LEADER_CONFIRMATION, reason, username);
    }
    workflow.confirmationGiven(findingId, confirmed, username);
  }

  /** 审核认定: certify, or return the finding to rectification (继续整改) with a reason. */
  @Transactional
  public void certifyCloseOut(UUID findingId, boolean certified, String reason, String username) {
    findFor(findingId, username);
    workflow.checkCertification(findingId, username);
    CloseOutApplication application = current(findingId);
    if (certified) {
      application.certify(username);
    } else {
      returnApplication(application, ReviewStep.CLOSE_OUT_CERTIFICATION, reason, username);
    }
    workflow.certificationGiven(findingId, certified, username);
  }

  /**
   * 销号 after certification. Returns true when the finding has long-term measures: it is then
   * 已完成并长期坚持 and gets a 回头看. Running twice records the close-out once.
   */
  @Transactional
  public boolean closeOut(UUID findingId) {
    Finding finding = find(findingId);
    boolean longTerm =
        measures.findByFindingIdOrderByOrdinal(findingId).stream()
            .anyMatch(m -> m.getTerm() == Term.LONG_TERM);
    if (closeOuts.findByFindingId(findingId).isEmpty()) {
      CloseOutApplication application = current(findingId);
      if (application.getStatus() != ApplicationStatus.CERTIFIED) {
        throw new IllegalStateException("销号申请尚未审核认定：" + finding.getCode());
      }
      closeOuts.save(
          CloseOut.bySignOff(
              finding, today(), application.getCertifiedBy(), application.getSelfCheck()));
      finding.changeStatus(longTerm ? FindingStatus.COMPLETED_ONGOING : FindingStatus.COMPLETED);
    }
    return longTerm;
  }

  /** 已作销号处理: the office closes the finding by a higher notice; its open measure work ends. */
  @Transactional
  public CloseOut closeByDirective(
      UUID findingId, String title, String documentNumber, String username) {
    Finding finding = findFor(findingId, username);
    if (title == null || title.isBlank()) {
      throw InvalidInputException.of("title", "必须填写上级通知的标题");
    }
    if (documentNumber == null || documentNumber.isBlank()) {
      throw InvalidInputException.of("documentNumber", "必须填写上级通知的文号");
    }
    if (title.length() > 500 || documentNumber.length() > 200) {
      throw InvalidInputException.of(title.length() > 500 ? "title" : "documentNumber", "内容过长");
    }
    workflow.checkDirectiveClosure(findingId, username);
    if (closeOuts.findByFindingId(findingId).isPresent()) {
      throw new StepNotOpenException("问题 " + finding.getCode() + " 已销号");
    }
    CloseOut closeOut =
        closeOuts.save(
            CloseOut.byDirective(
                finding, title.strip(), documentNumber.strip(), today(), username));
    finding.changeStatus(FindingStatus.CLOSED_BY_DIRECTIVE);
    measures.findByFindingIdOrderByOrdinal(findingId).forEach(Measure::closeByDirective);
    workflow.closedByDirective(findingId);
    return closeOut;
  }

  /** When the 回头看 of a closed-out finding falls due. */
  @Transactional(readOnly = true)
  public FollowUpSchedule followUpSchedule(UUID findingId) {
    Finding finding = find(findingId);
    LocalDate closedOn =
        closeOuts.findByFindingId(findingId).map(CloseOut::getClosedOn).orElseGet(this::today);
    return new FollowUpSchedule(calendar.followUpAt(closedOn), finding.label());
  }

  /** 回头看: records whether the finding relapsed (反弹). */
  @Transactional
  public FollowUpResult recordFollowUp(
      UUID findingId, boolean relapsed, String note, String username) {
    findFor(findingId, username);
    if (note == null || note.isBlank()) {
      throw InvalidInputException.of("note", "必须填写回头看检查情况");
    }
    if (note.length() > 4000) {
      throw InvalidInputException.of("note", "检查情况不能超过 4000 字");
    }
    workflow.checkFollowUp(findingId, username);
    FollowUpResult result = followUps.save(new FollowUpResult(findingId, relapsed, note, username));
    workflow.followUpRecorded(findingId, relapsed, username);
    return result;
  }

  /** A relapsed finding is taken up again by a new finding linked to it. Runs once per check. */
  @Transactional
  public ReopenedFinding reopen(UUID findingId) {
    Finding finding = find(findingId);
    FollowUpResult result =
        followUps
            .findFirstByFindingIdOrderByCheckedAtDesc(findingId)
            .filter(FollowUpResult::isRelapsed)
            .orElseThrow(() -> new IllegalStateException("回头看未认定反弹：" + finding.getCode()));
    UUID inspectionId = finding.getAspect().getFeedback().getInspection().getId();
    if (result.getReopenedFindingId() != null) {
      return new ReopenedFinding(result.getReopenedFindingId(), inspectionId);
    }
    Finding reopened = findings.save(finding.reopenAsRelapse());
    result.reopenedAs(reopened.getId());
    return new ReopenedFinding(reopened.getId(), inspectionId);
  }

  @Transactional(readOnly = true)
  public List<CloseOutApplication> applicationsOf(UUID findingId) {
    return applications.findByFindingIdOrderByAppliedAt(findingId);
  }

  private void returnApplication(
      CloseOutApplication application, ReviewStep step, String reason, String username) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "退回必须填写退回理由");
    }
    application.returnForRevision();
    ReviewReturn returned =
        returns.save(ReviewReturn.ofFinding(application.getFindingId(), step, reason, username));
    Finding finding = find(application.getFindingId());
    notifier.notifyOnce(
        NotificationKind.CLOSE_OUT_RETURNED,
        List.of(finding.getResponsibleUnit().groupId()),
        NotificationSubject.finding(finding.getId()),
        returned.getId().toString(),
        finding.label() + " 的销号申请在“" + step.label() + "”环节被退回。退回理由：" + reason.strip());
  }

  private CloseOutApplication current(UUID findingId) {
    return applications
        .findFirstByFindingIdOrderByAppliedAtDesc(findingId)
        .orElseThrow(() -> new StepNotOpenException("尚未申请销号"));
  }

  private LocalDate today() {
    return calendar.today();
  }

  /**
   * The finding as {@code username} may see it: another unit's finding is answered like one that
   * does not exist (404), before any step is looked at.
   */
  private Finding findFor(UUID findingId, String username) {
    Finding finding = find(findingId);
    UUID unitId =
        finding.getResponsibleUnit() == null ? null : finding.getResponsibleUnit().getId();
    if (!viewers.of(username).maySee(unitId)) {
      throw new NotFoundException("未找到问题：" + findingId);
    }
    return finding;
  }

  private Finding find(UUID findingId) {
    return findings
        .findById(findingId)
        .orElseThrow(() -> new NotFoundException("未找到问题：" + findingId));
  }

  /**
   * Guard for completing 申请销号 or 继续整改 by any route: the finding's latest close-out application is a
   * fresh one (待责任领导确认).
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkApplied(UUID findingId) {
    if (latestStatus(findingId) != ApplicationStatus.APPLIED) {
      throw new IllegalStateException(
          "销号申请尚未提交：请通过 POST /api/findings/"
              + findingId
              + "/close-out-application 申请销号（或在 Tasklist 的申请销号表单中提交）");
    }
  }

  /**
   * Guard for completing 责任领导确认 by any route: the latest application is confirmed or, when {@code
   * confirmed} is false, returned with a reason.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkConfirmed(UUID findingId, Boolean confirmed) {
    if (confirmed == null
        || latestStatus(findingId)
            != (confirmed ? ApplicationStatus.CONFIRMED : ApplicationStatus.RETURNED)) {
      throw new IllegalStateException(
          "责任领导确认意见尚未记录：请通过 POST /api/findings/"
              + findingId
              + "/close-out-confirmation 确认或退回（或在 Tasklist 的责任领导确认表单中提交）");
    }
  }

  /**
   * Guard for completing 审核认定 by any route: the latest application is certified or, when {@code
   * certified} is false, returned with a reason.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkCertified(UUID findingId, Boolean certified) {
    if (certified == null
        || latestStatus(findingId)
            != (certified ? ApplicationStatus.CERTIFIED : ApplicationStatus.RETURNED)) {
      throw new IllegalStateException(
          "审核认定结果尚未记录：请通过 POST /api/findings/"
              + findingId
              + "/close-out-certification 认定或退回（或在 Tasklist 的审核认定表单中提交）");
    }
  }

  /**
   * Guard for completing 回头看 by any route: the check's result is recorded, relapsed or not as
   * {@code relapsed} says.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkFollowUpRecorded(UUID findingId, Boolean relapsed) {
    boolean recorded =
        relapsed != null
            && followUps
                .findFirstByFindingIdOrderByCheckedAtDesc(findingId)
                .filter(r -> r.isRelapsed() == relapsed)
                .isPresent();
    if (!recorded) {
      throw new IllegalStateException(
          "回头看检查情况尚未记录：请通过 POST /api/findings/"
              + findingId
              + "/follow-up-check 记录（或在 Tasklist 的回头看表单中提交）");
    }
  }

  private ApplicationStatus latestStatus(UUID findingId) {
    return applications
        .findFirstByFindingIdOrderByAppliedAtDesc(findingId)
        .map(CloseOutApplication::getStatus)
        .orElse(null);
  }
}
