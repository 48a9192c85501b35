package org.rectify.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.feedback.FindingStatus;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.Notifier;
import org.rectify.organization.Unit;
import org.rectify.organization.UnitRepository;
import org.rectify.review.ReviewReturn;
import org.rectify.review.ReviewReturnRepository;
import org.rectify.review.ReviewStep;
import org.rectify.security.CurrentViewer;
import org.rectify.validation.Dates;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 整改方案: the unit drafts the measures of a finding, the office approves or returns them. */
@Service
public class PlanService {

  private final FindingRepository findings;
  private final MeasureRepository measures;
  private final UnitRepository units;
  private final ReviewReturnRepository returns;
  private final PlanWorkflow workflow;
  private final CurrentViewer viewers;
  private final DeadlineCalendar calendar;
  private final Notifier notifier;

  public PlanService(
      FindingRepository findings,
      MeasureRepository measures,
      UnitRepository units,
      ReviewReturnRepository returns,
      PlanWorkflow workflow,
      CurrentViewer viewers,
      DeadlineCalendar calendar,
      Notifier notifier) {
    this.findings = findings;
    this.measures = measures;
    this.units = units;
    this.returns = returns;
    this.workflow = workflow;
    this.viewers = viewers;
    this.calendar = calendar;
    this.notifier = notifier;
  }

  /** Start of the finding's process: who works on it and how its tasks are named. */
  @Transactional(readOnly = true)
  public FindingRouting routing(UUID findingId) {
    Finding finding = find(findingId);
    if (finding.getResponsibleUnit() == null || finding.getLeadOfficial() == null) {
      throw new IllegalStateException("问题 " + finding.getCode() + " 尚未分解交办（责任单位、责任领导）");
    }
    return new FindingRouting(
        finding.getResponsibleUnit().groupId(),
        finding.getLeadOfficial().getUsername(),
        finding.label(),
        finding.getResponsibleUnit().getName());
  }

  /** 制定整改措施: replaces the finding's draft measures with {@code drafts}. */
  @Transactional
  public List<Measure> draftMeasures(UUID findingId, List<MeasureDraft> drafts, String username) {
    Finding finding = findFor(findingId, username);
    workflow.checkDrafting(findingId, username);
    List<Measure> drafted = validate(finding, drafts);
    List<Measure> previous = measures.findByFindingIdOrderByOrdinal(findingId);
    if (previous.stream().anyMatch(m -> m.getStatus() != MeasureStatus.DRAFT)) {
      throw new StepNotOpenException("问题 " + finding.getCode() + " 已有审核通过的整改措施，不能重新制定");
    }
    measures.deleteAll(previous);
    measures.flush();
    measures.saveAll(drafted);
    workflow.measuresDrafted(findingId, username);
    return drafted;
  }

  /** 审核整改措施: approve, or return for revision with a mandatory reason. */
  @Transactional
  public void reviewPlan(UUID findingId, boolean approved, String reason, String username) {
    Finding finding = findFor(findingId, username);
    workflow.checkPlanReview(findingId, username);
    List<Measure> planned = measures.findByFindingIdOrderByOrdinal(findingId);
    if (approved) {
      if (planned.isEmpty()) {
        throw InvalidInputException.of("approved", "该问题尚无整改措施，不能审核通过");
      }
      planned.forEach(Measure::approve);
      finding.changeStatus(FindingStatus.IN_PROGRESS);
      workflow.planApproved(findingId, planned.stream().map(Measure::getId).toList(), username);
    } else {
      if (reason == null || reason.isBlank()) {
        throw InvalidInputException.of("reason", "退回必须填写退回理由");
      }
      ReviewReturn returned =
          returns.save(ReviewReturn.ofFinding(findingId, ReviewStep.PLAN_REVIEW, reason, username));
      notifier.notifyOnce(
          NotificationKind.PLAN_RETURNED,
          List.of(finding.getResponsibleUnit().groupId()),
          NotificationSubject.finding(findingId),
          returned.getId().toString(),
          finding.label() + " 的整改措施被退回，请修改后重新提交。退回理由：" + reason.strip());
      workflow.planReturned(findingId, username);
    }
  }

  private List<Measure> validate(Finding finding, List<MeasureDraft> drafts) {
    List<FieldViolation> violations = new ArrayList<>();
    List<Measure> result = new ArrayList<>();
    if (drafts == null || drafts.isEmpty()) {
      throw InvalidInputException.of("measures", "至少需要制定一条整改措施");
    }
    LocalDate today = calendar.today();
    for (int i = 0; i < drafts.size(); i++) {
      MeasureDraft draft = drafts.get(i);
      String at = "measures[" + i + "].";
      if (draft == null) {
        violations.add(new FieldViolation("measures[" + i + "]", "整改措施不能为空"));
        continue;
      }
      if (draft.text() == null || draft.text().isBlank()) {
        violations.add(new FieldViolation(at + "text", "必须填写措施内容"));
      } else if (draft.text().length() > 4000) {
        violations.add(new FieldViolation(at + "text", "措施内容不能超过 4000 字"));
      }
      LocalDate deadline = null;
      if (draft.deadline() == null || draft.deadline().isBlank()) {
        violations.add(new FieldViolation(at + "deadline", "必须填写整改时限"));
      } else {
        deadline = parseDate(draft.deadline());
        if (deadline == null) {
          violations.add(
              new FieldViolation(at + "deadline", "日期无效，应为 yyyy-MM-dd：" + draft.deadline()));
        } else if (deadline.isBefore(today)) {
          violations.add(new FieldViolation(at + "deadline", "整改时限不能早于今天 " + today));
        }
      }
      Term term = parseTerm(draft.term());
      if (term == null) {
        violations.add(
            new FieldViolation(
                at + "term", "整改时限类型应为 IMMEDIATE（立行立改）、TIME_BOUND（限期整改）或 LONG_TERM（长期坚持）"));
      }
      Set<Unit> responsible = new LinkedHashSet<>();
      if (draft.unitCodes() == null || draft.unitCodes().isEmpty()) {
        responsible.add(finding.getResponsibleUnit());
      } else {
        for (int u = 0; u < draft.unitCodes().size(); u++) {
          String code = draft.unitCodes().get(u);
          java.util.Optional<Unit> unit =
              code == null ? java.util.Optional.empty() : units.findByCode(code);
          if (unit.isPresent()) {
            responsible.add(unit.get());
          } else {
            violations.add(new FieldViolation(at + "unitCodes[" + u + "]", "未知的责任单位：" + code));
          }
        }
      }
      if (violations.isEmpty()) {
        result.add(
            new Measure(
                finding,
                i + 1,
                draft.text().strip(),
                responsible,
                draft.responsiblePerson(),
                deadline,
                term));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return result;
  }

  private static LocalDate parseDate(String text) {
    try {
      return Dates.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Term parseTerm(String name) {
    if (name == null) {
      return null;
    }
    for (Term term : Term.values()) {
      if (term.name().equals(name)) {
        return term;
      }
    }
    return null;
  }

  /**
   * The finding as {@code username} may see it: another unit's finding is answered like one that
   * does not exist (404, as its context is), before any step is looked at, so that a refusal tells
   * nothing about how far the finding has got.
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
   * Guard for completing 制定整改措施 by any route: the finding has draft measures, written through
   * {@code POST /api/findings/{id}/measures}.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkDrafted(UUID findingId) {
    List<Measure> planned = measures.findByFindingIdOrderByOrdinal(findingId);
    if (planned.isEmpty() || planned.stream().anyMatch(m -> m.getStatus() != MeasureStatus.DRAFT)) {
      throw new IllegalStateException(
          "整改措施尚未制定：请通过 POST /api/findings/"
              + findingId
              + "/measures 制定（或在 Tasklist 的制定整改措施表单中提交）");
    }
  }

  /**
   * Guard for completing 审核整改措施 by any route: approved means every measure of the finding is
   * approved; returned means a return with its reason was recorded in this round ({@code
   * returnsBefore} returns came from earlier rounds).
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkPlanReviewed(UUID findingId, Boolean approved, long returnsBefore) {
    List<Measure> planned = measures.findByFindingIdOrderByOrdinal(findingId);
    boolean recorded;
    if (approved == null) {
      recorded = false;
    } else if (approved) {
      recorded =
          !planned.isEmpty()
              && planned.stream().noneMatch(m -> m.getStatus() == MeasureStatus.DRAFT);
    } else {
      long returned =
          returns.findByFindingIdOrderByReturnedAt(findingId).stream()
              .filter(r -> r.getStep() == ReviewStep.PLAN_REVIEW)
              .count();
      recorded = returned > returnsBefore;
    }
    if (!recorded) {
      throw new IllegalStateException(
          "审核结果尚未记录：请通过 POST /api/findings/"
              + findingId
              + "/plan-review 审核通过或退回（或在 Tasklist 的审核整改措施表单中提交）");
    }
  }
}
