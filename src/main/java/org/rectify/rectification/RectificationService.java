package org.rectify.rectification;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rectify.calendar.DeadlineCalendar;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.Notifier;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.plan.MeasureStatus;
import org.rectify.security.CurrentViewer;
import org.rectify.upload.InspectedUpload;
import org.rectify.upload.UploadInspector;
import org.rectify.validation.Dates;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.rectify.web.StepNotOpenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 整改落实: progress notes, evidence, completion and extensions of a measure, and what its timers do
 * (reminder, overdue, progress call).
 */
@Service
public class RectificationService {

  private final MeasureRepository measures;
  private final ProgressNoteRepository notes;
  private final EvidenceRepository evidence;
  private final EvidenceContentRepository contents;
  private final ExtensionRequestRepository extensions;
  private final DeadlineCalendar calendar;
  private final Notifier notifier;
  private final RectificationWorkflow workflow;
  private final CurrentViewer viewers;
  private final UploadInspector inspector;

  public RectificationService(
      MeasureRepository measures,
      ProgressNoteRepository notes,
      EvidenceRepository evidence,
      EvidenceContentRepository contents,
      ExtensionRequestRepository extensions,
      DeadlineCalendar calendar,
      Notifier notifier,
      RectificationWorkflow workflow,
      CurrentViewer viewers,
      UploadInspector inspector) {
    this.inspector = inspector;
    this.measures = measures;
    this.notes = notes;
    this.evidence = evidence;
    this.contents = contents;
    this.extensions = extensions;
    this.calendar = calendar;
    this.notifier = notifier;
    this.workflow = workflow;
    this.viewers = viewers;
  }

  /** Start of the measure's process: routing and the timer dates of its deadline. */
  @Transactional(readOnly = true)
  public MeasureSchedule schedule(UUID measureId) {
    return scheduleOf(find(measureId));
  }

  /** Timer: the deadline approaches (到期提醒). */
  @Transactional
  public void remindOfDeadline(UUID measureId) {
    Measure measure = find(measureId);
    if (measure.getStatus().isFinished()) {
      return;
    }
    notifier.notifyOnce(
        NotificationKind.DEADLINE_REMINDER,
        unitGroups(measure),
        measureId,
        measure.getFinding().getId(),
        measure.getDeadline(),
        label(measure) + " 将于 " + measure.getDeadline() + " 到期，请抓紧落实并上传佐证材料。");
  }

  /**
   * Timer: the deadline has run out; the measure is overdue, the unit and lead official are told.
   */
  @Transactional
  public void markOverdue(UUID measureId) {
    Measure measure = find(measureId);
    if (measure.getStatus().isFinished()) {
      return;
    }
    measure.markOverdue();
    List<String> recipients = new ArrayList<>(unitGroups(measure));
    if (measure.getLeadOfficial() != null) {
      recipients.add(measure.getLeadOfficial().getUsername());
    }
    notifier.notifyOnce(
        NotificationKind.OVERDUE,
        recipients,
        measureId,
        measure.getFinding().getId(),
        measure.getDeadline(),
        label(measure) + " 已超过整改时限 " + measure.getDeadline() + "，现已逾期。");
  }

  /** Timer: the periodic progress call (调度) asks the unit for a progress note. */
  @Transactional
  public void callForProgress(UUID measureId) {
    Measure measure = find(measureId);
    if (measure.getStatus().isFinished()) {
      return;
    }
    notifier.notifyOnce(
        NotificationKind.PROGRESS_CALL,
        unitGroups(measure),
        measureId,
        measure.getFinding().getId(),
        calendar.today(),
        label(measure) + "：请报送本期整改进展。");
    // The desk shows the measure yellow until a progress note answers the call.
    measure.progressCalled(calendar.today());
  }

  /** 报送整改进展. */
  @Transactional
  public ProgressNote addProgressNote(UUID measureId, String text, String username) {
    Measure measure = findFor(measureId, username);
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of("text", "必须填写整改进展");
    }
    if (text.length() > 20000) {
      throw InvalidInputException.of("text", "整改进展不能超过 20000 字");
    }
    workflow.checkReporting(measureId, measure.getFinding().getId(), username);
    measure.progressReported(calendar.today());
    return notes.save(new ProgressNote(measure, text.strip(), username));
  }

  /**
   * 上传佐证材料 through the {@link UploadInspector} (the one upload path): the type is the one found in
   * the content and must be allowed, the name is sanitised, Office packages pass the zip-bomb
   * limits; the metadata is stored with the SHA-256 of the content, the bytes apart. A refused file
   * stores nothing.
   */
  @Transactional
  public Evidence addEvidence(
      UUID measureId, String fileName, InputStream content, String username) {
    Measure measure = findFor(measureId, username);
    workflow.checkReporting(measureId, measure.getFinding().getId(), username);
    InspectedUpload upload = inspector.inspect(fileName, content);
    Evidence saved =
        evidence.save(
            new Evidence(
                measure,
                upload.fileName(),
                upload.type().mediaType(),
                upload.size(),
                sha256(upload.content()),
                username));
    contents.save(new EvidenceContent(saved.getId(), upload.content()));
    return saved;
  }

  /** 完成落实: the measure is done; a pending extension request is withdrawn. */
  @Transactional
  public void completeMeasure(UUID measureId, String username) {
    Measure measure = findFor(measureId, username);
    workflow.checkCarryingOut(measureId, username);
    if (measure.getStatus() != MeasureStatus.IN_PROGRESS) {
      throw new StepNotOpenException("整改措施不在落实中：" + measure.getStatus().label());
    }
    measure.complete(calendar.today());
    extensions
        .findFirstByMeasureIdAndStatus(measureId, ExtensionStatus.PENDING)
        .ifPresent(ExtensionRequest::withdraw);
    workflow.measureCompleted(measureId, username);
  }

  /** 延期申请 by the unit carrying out the measure. */
  @Transactional
  public ExtensionRequest requestExtension(
      UUID measureId, String newDeadline, String reason, String username) {
    Measure measure = findFor(measureId, username);
    workflow.checkCarryingOut(measureId, username);
    if (newDeadline == null || newDeadline.isBlank()) {
      throw InvalidInputException.of("newDeadline", "必须填写申请延期后的时限");
    }
    LocalDate requested;
    try {
      requested = Dates.parse(newDeadline);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("newDeadline", "日期无效，应为 yyyy-MM-dd：" + newDeadline);
    }
    if (!requested.isAfter(measure.getDeadline())) {
      throw InvalidInputException.of("newDeadline", "申请的新时限必须晚于原时限 " + measure.getDeadline());
    }
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "延期申请必须说明理由");
    }
    if (extensions.findFirstByMeasureIdAndStatus(measureId, ExtensionStatus.PENDING).isPresent()) {
      throw InvalidInputException.of("newDeadline", "该措施已有待审批的延期申请");
    }
    ExtensionRequest request =
        extensions.save(new ExtensionRequest(measure, requested, reason, username));
    workflow.extensionRequested(measureId);
    return request;
  }

  /** 审批延期申请: approve, or reject with a mandatory reason. */
  @Transactional
  public void decideExtension(UUID measureId, boolean approved, String reason, String username) {
    Measure measure = findFor(measureId, username);
    workflow.checkExtensionReview(measureId, username);
    ExtensionRequest request =
        extensions
            .findFirstByMeasureIdAndStatus(measureId, ExtensionStatus.PENDING)
            .orElseThrow(() -> new StepNotOpenException("没有待审批的延期申请"));
    if (approved) {
      request.approve(username, reason);
    } else {
      if (reason == null || reason.isBlank()) {
        throw InvalidInputException.of("reason", "不批准延期必须说明理由");
      }
      request.reject(username, reason);
    }
    notifier.notifyOnce(
        NotificationKind.EXTENSION_DECIDED,
        unitGroups(measure),
        NotificationSubject.measure(measureId, measure.getFinding().getId()),
        request.getId().toString(),
        label(measure)
            + (approved
                ? " 的延期申请已批准，整改时限延至 " + request.getRequestedDeadline() + "。"
                : " 的延期申请未获批准，请按原时限 " + measure.getDeadline() + " 完成。理由：" + reason.strip()));
    workflow.extensionDecided(measureId, approved, username);
  }

  /** After approval: moves the deadline to the approved date and returns the new timer dates. */
  @Transactional
  public MeasureSchedule applyApprovedExtension(UUID measureId) {
    Measure measure = find(measureId);
    ExtensionRequest approved =
        extensions
            .findFirstByMeasureIdAndStatusOrderByDecidedAtDesc(measureId, ExtensionStatus.APPROVED)
            .orElseThrow(() -> new IllegalStateException("没有已批准的延期申请：" + measureId));
    if (approved.getRequestedDeadline().isAfter(measure.getDeadline())) {
      measure.extendDeadline(approved.getRequestedDeadline());
    }
    return scheduleOf(measure);
  }

  @Transactional(readOnly = true)
  public List<ExtensionRequest> extensionsOf(UUID measureId) {
    return extensions.findByMeasureIdOrderByRequestedAt(measureId);
  }

  private MeasureSchedule scheduleOf(Measure measure) {
    LocalDate deadline = measure.getDeadline();
    return new MeasureSchedule(
        String.join(",", unitGroups(measure)),
        measure.getLeadOfficial() == null ? null : measure.getLeadOfficial().getUsername(),
        label(measure),
        calendar.dueAt(deadline),
        calendar.reminderAt(deadline),
        calendar.escalationAt(deadline),
        calendar.progressCallCycle());
  }

  /** Task names show the measure as 【finding-code-ordinal】 and the first words of its text. */
  static String label(Measure measure) {
    String text = measure.getText().split("[。；;]", 2)[0];
    String shortText = text.length() <= 24 ? text : text.substring(0, 23) + "…";
    return "【" + measure.getFinding().getCode() + "-" + measure.getOrdinal() + "】" + shortText;
  }

  private static List<String> unitGroups(Measure measure) {
    return measure.getResponsibleUnits().stream().map(Unit::groupId).toList();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }

  /**
   * The measure as {@code username} may see it: unit staff only their unit's (one of its
   * responsible units, or its finding's); another unit's measure is answered like one that does not
   * exist (404), before any step is looked at.
   */
  private Measure findFor(UUID measureId, String username) {
    Measure measure = find(measureId);
    Set<UUID> units = new HashSet<>();
    measure.getResponsibleUnits().forEach(u -> units.add(u.getId()));
    if (measure.getFinding().getResponsibleUnit() != null) {
      units.add(measure.getFinding().getResponsibleUnit().getId());
    }
    if (!viewers.of(username).maySeeAny(units)) {
      throw new NotFoundException("未找到整改措施：" + measureId);
    }
    return measure;
  }

  private Measure find(UUID measureId) {
    return measures
        .findById(measureId)
        .orElseThrow(() -> new NotFoundException("未找到整改措施：" + measureId));
  }

  /**
   * Guard for completing 落实整改措施 by any route: the measure is recorded as carried out.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkCompleted(UUID measureId) {
    if (!find(measureId).getStatus().isCompleted()) {
      throw new IllegalStateException(
          "整改措施尚未完成落实：请通过 POST /api/measures/"
              + measureId
              + "/completion 报送完成（或在 Tasklist 的落实整改措施表单中提交）");
    }
  }

  /**
   * Guard for completing 审批延期申请 by any route: no request is pending and the decision of this round
   * ({@code decidedBefore} decisions came from earlier rounds) is recorded as {@code approved}
   * says.
   *
   * @throws IllegalStateException otherwise
   */
  @Transactional(readOnly = true)
  public void checkExtensionDecided(UUID measureId, Boolean approved, long decidedBefore) {
    List<ExtensionRequest> decided =
        extensions.findByMeasureIdOrderByRequestedAt(measureId).stream()
            .filter(
                r ->
                    r.getStatus() == ExtensionStatus.APPROVED
                        || r.getStatus() == ExtensionStatus.REJECTED)
            .toList();
    boolean recorded =
        approved != null
            && extensions
                .findFirstByMeasureIdAndStatus(measureId, ExtensionStatus.PENDING)
                .isEmpty()
            && decided.size() > decidedBefore
            && decided.get(decided.size() - 1).getStatus()
                == (approved ? ExtensionStatus.APPROVED : ExtensionStatus.REJECTED);
    if (!recorded) {
      throw new IllegalStateException(
          "延期申请的审批结果尚未记录：请通过 POST /api/measures/"
              + measureId
              + "/extension-decision 审批（或在 Tasklist 的审批延期申请表单中提交）");
    }
  }
}
