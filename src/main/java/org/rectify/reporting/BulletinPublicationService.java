package org.rectify.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rectify.bulletin.Bulletin;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinNarrative;
import org.rectify.bulletin.BulletinService;
import org.rectify.bulletin.BulletinStatus;
import org.rectify.bulletin.ProfileChoice;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.Notifier;
import org.rectify.organization.OfficialRole;
import org.rectify.review.ReviewReturn;
import org.rectify.review.ReviewReturnRepository;
import org.rectify.security.Viewer;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通报发布: the office drafts, a leader approves (审定) or returns it with a reason, then it is
 * published. Each step writes the bulletin record and moves the process in one transaction.
 */
@Service
public class BulletinPublicationService {

  static final int TEXT_MAX = 4000;

  private final BulletinService bulletins;
  private final PublicationWorkflow workflow;
  private final Notifier notifier;
  private final ReviewReturnRepository returns;
  private final ProfileChoice profiles;

  BulletinPublicationService(
      BulletinService bulletins,
      PublicationWorkflow workflow,
      Notifier notifier,
      ReviewReturnRepository returns,
      ProfileChoice profiles) {
    this.bulletins = bulletins;
    this.workflow = workflow;
    this.notifier = notifier;
    this.returns = returns;
    this.profiles = profiles;
  }

  /** 起草通报: saves kind and narrative and submits the draft for 审定. */
  @Transactional
  public void draft(UUID bulletinId, BulletinDraft draft, String username) {
    Bulletin bulletin = bulletins.get(bulletinId);
    workflow.checkDrafting(bulletinId, username);
    List<FieldViolation> violations = new ArrayList<>();
    BulletinKind kind = null;
    if (draft == null || draft.kind() == null || draft.kind().isBlank()) {
      violations.add(new FieldViolation("kind", "必须选择通报类型：STAGE（阶段性通报）或 FINAL（整改完成通报）"));
    } else {
      kind = kindOf(draft.kind(), violations);
    }
    BulletinNarrative narrative = draft == null ? null : draft.narrative();
    checkNarrative(narrative, violations);
    if (narrative != null) {
      try {
        profiles.resolve(narrative.profile(), bulletin.getInspection().getId());
      } catch (IllegalArgumentException e) {
        violations.add(new FieldViolation("narrative.profile", e.getMessage()));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    bulletins.submitDraft(bulletinId, kind, narrative, username);
    workflow.draftSubmitted(bulletinId, username);
  }

  /** 审定通报: approves, or returns the draft to the office with a mandatory reason. */
  @Transactional
  public void decide(UUID bulletinId, BulletinApproval approval, String username) {
    Bulletin bulletin = bulletins.get(bulletinId);
    workflow.checkApproval(bulletinId, username);
    if (approval == null || approval.approved() == null) {
      throw InvalidInputException.of("approved", "必须选择审定通过（true）或退回（false）");
    }
    if (approval.approved()) {
      bulletins.approve(bulletinId, username);
    } else {
      String reason = approval.reason();
      if (reason == null || reason.isBlank()) {
        throw InvalidInputException.of("reason", "退回必须说明理由");
      }
      if (reason.strip().length() > TEXT_MAX) {
        throw InvalidInputException.of("reason", "退回理由不能超过 " + TEXT_MAX + " 字");
      }
      bulletins.returnForRevision(bulletinId, reason.strip());
      ReviewReturn returned =
          returns.save(ReviewReturn.ofBulletin(bulletinId, reason.strip(), username));
      notifier.notifyOnce(
          NotificationKind.BULLETIN_RETURNED,
          List.of(OfficialRole.OFFICE.groupId()),
          NotificationSubject.bulletin(bulletinId),
          returned.getId().toString(),
          (bulletin.getKind() == null ? "通报稿" : bulletin.getKind().label())
              + "在审定环节被退回，请修改后重新提交。退回理由："
              + reason.strip());
    }
    workflow.approvalGiven(bulletinId, approval.approved(), username);
  }

  /** Publishes an approved bulletin in the name of the leader who approved it. */
  @Transactional
  public void publishApproved(UUID bulletinId) {
    Bulletin bulletin = bulletins.get(bulletinId);
    bulletins.publish(bulletinId, bulletin.getApprovedBy());
  }

  /**
   * Guard for completing 起草通报 by any route: the draft has been saved and submitted.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional
  public void checkSubmitted(UUID bulletinId) {
    if (bulletins.get(bulletinId).getStatus() != BulletinStatus.AWAITING_APPROVAL) {
      throw new IllegalStateException(
          "通报稿尚未提交：请通过 POST /api/bulletins/" + bulletinId + "/draft 起草并提交（或在 Tasklist 的起草通报表单中提交）");
    }
  }

  /**
   * Guard for completing 审定通报 by any route: the decision has been recorded on the bulletin.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional
  public void checkDecided(UUID bulletinId, Boolean approved) {
    Bulletin bulletin = bulletins.get(bulletinId);
    boolean recorded =
        approved != null
            && (approved
                ? bulletin.getStatus() == BulletinStatus.APPROVED
                : bulletin.getStatus() == BulletinStatus.DRAFTING
                    && bulletin.getReturnReason() != null);
    if (!recorded) {
      throw new IllegalStateException(
          "审定结果尚未记录：请通过 POST /api/bulletins/"
              + bulletinId
              + "/approval 审定或退回（或在 Tasklist 的审定通报表单中提交）");
    }
  }

  /**
   * 通报预览: the internal edition rendered from today's ledger, for the office and leaders while they
   * draft and approve it (unit staff see published bulletins on the public site only).
   */
  @Transactional(readOnly = true)
  public String previewHtml(UUID bulletinId, Viewer viewer) {
    if (!viewer.seesAllUnits()) {
      throw new NotFoundException("通报不存在：" + bulletinId);
    }
    return bulletins.preview(bulletinId, org.rectify.bulletin.Audience.INTERNAL).html();
  }

  /** Office, leaders and supervisors see every bulletin; unit staff only published ones. */
  @Transactional(readOnly = true)
  public BulletinView view(UUID bulletinId, Viewer viewer) {
    Bulletin bulletin = bulletins.get(bulletinId);
    if (!viewer.seesAllUnits() && bulletin.getStatus() != BulletinStatus.PUBLISHED) {
      throw new NotFoundException("通报不存在：" + bulletinId);
    }
    return BulletinView.of(bulletin, profiles.options(bulletin.getInspection().getId()));
  }

  private static BulletinKind kindOf(String name, List<FieldViolation> violations) {
    try {
      return BulletinKind.valueOf(name.strip());
    } catch (IllegalArgumentException e) {
      violations.add(new FieldViolation("kind", "通报类型只能是 STAGE（阶段性通报）或 FINAL（整改完成通报）：" + name));
      return null;
    }
  }

  private static void checkNarrative(BulletinNarrative narrative, List<FieldViolation> violations) {
    if (narrative == null) {
      violations.add(new FieldViolation("narrative", "必须填写通报正文"));
      return;
    }
    if (narrative.overallSituation() == null || narrative.overallSituation().isEmpty()) {
      violations.add(new FieldViolation("narrative.overallSituation", "必须填写整改工作总体情况"));
    } else {
      checkParagraphs(narrative.overallSituation(), "narrative.overallSituation", violations);
    }
    if (narrative.nextSteps() != null) {
      checkParagraphs(narrative.nextSteps(), "narrative.nextSteps", violations);
    }
    checkLength(narrative.closingRemark(), "narrative.closingRemark", violations);
    checkLength(narrative.contact(), "narrative.contact", violations);
    checkLength(narrative.signatureOrganization(), "narrative.signatureOrganization", violations);
    for (String override : narrative.overrides()) {
      violations.add(new FieldViolation("narrative." + override, OVERRIDE_REFUSALS.get(override)));
    }
  }

  /** Why each override of computed figures or generated text is refused on the draft API. */
  private static final Map<String, String> OVERRIDE_REFUSALS =
      Map.of(
          "statedFigures", "通报中的统计数字一律由台账计算，不能手工填写",
          "statedClause", "通报中的统计语句一律由台账计算生成，不能手工填写",
          "opening", "开头段由巡视巡察信息按模板生成，不能手工改写",
          "invitation", "欢迎监督段由模板生成，不能手工改写；联系方式请填写 contact");

  private static void checkParagraphs(
      List<String> paragraphs, String path, List<FieldViolation> violations) {
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      if (paragraph == null || paragraph.isBlank()) {
        violations.add(new FieldViolation(path + "[" + i + "]", "段落不能为空"));
      } else {
        checkLength(paragraph, path + "[" + i + "]", violations);
      }
    }
  }

  private static void checkLength(String text, String path, List<FieldViolation> violations) {
    if (text != null && text.length() > TEXT_MAX) {
      violations.add(new FieldViolation(path, "不能超过 " + TEXT_MAX + " 字"));
    }
  }
}
