package org.rectify.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rectify.audit.AuditTrail;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.Notifier;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.plan.MeasureStatus;
import org.rectify.security.CurrentViewer;
import org.rectify.security.Viewer;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.rectify.web.StepNotOpenException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 催办 and the lights of single measures: a supervisor or the office urges the unit carrying out a
 * measure — at most once per measure and day, audited, notified through {@link Notifier} — and the
 * unit answers with a progress note.
 */
@Service
public class UrgeService {

  private final MeasureRepository measures;
  private final UrgeRepository urges;
  private final Notifier notifier;
  private final AuditTrail audit;
  private final CurrentViewer viewers;
  private final TrafficLights lights;
  private final Clock clock;

  UrgeService(
      MeasureRepository measures,
      UrgeRepository urges,
      Notifier notifier,
      AuditTrail audit,
      CurrentViewer viewers,
      TrafficLights lights,
      Clock clock) {
    this.measures = measures;
    this.urges = urges;
    this.notifier = notifier;
    this.audit = audit;
    this.viewers = viewers;
    this.lights = lights;
    this.clock = clock;
  }

  /** One 催办 of the measure; a second one the same day is refused ({@link UrgeTooSoonException}). */
  @Transactional
  public Urge urge(UUID measureId, String text, boolean toLeadOfficial, String username) {
    Measure measure = visible(measureId, viewers.of(username));
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw InvalidInputException.of("text", "必须填写催办内容");
    }
    if (body.length() > Urge.MAX_TEXT) {
      throw InvalidInputException.of("text", "催办内容不能超过 " + Urge.MAX_TEXT + " 字");
    }
    if (measure.getStatus().isFinished()) {
      throw new StepNotOpenException("该措施已" + measure.getStatus().label() + "，无需催办");
    }
    if (measure.getStatus() != MeasureStatus.IN_PROGRESS) {
      // A draft may still be replaced by the unit's next draft; 催办 starts once it is carried out.
      throw new StepNotOpenException("该措施尚在制定或审核中（" + measure.getStatus().label() + "），审核通过后方可催办");
    }
    LocalDate today = lights.today();
    if (urges.existsByMeasureIdAndUrgedOn(measureId, today)) {
      throw new UrgeTooSoonException("该措施今天（" + today + "）已催办过，每项措施每天只能催办一次，请明天再催办或查看单位的答复。");
    }
    Urge urge;
    try {
      urge =
          urges.saveAndFlush(
              new Urge(measureId, body, username, Instant.now(clock), today, toLeadOfficial));
    } catch (DataIntegrityViolationException e) {
      throw new UrgeTooSoonException("该措施今天（" + today + "）已由他人催办，每项措施每天只能催办一次。");
    }
    List<String> recipients = new ArrayList<>();
    measure.getResponsibleUnits().stream().map(Unit::groupId).forEach(recipients::add);
    if (toLeadOfficial && measure.getFinding().getLeadOfficial() != null) {
      recipients.add(measure.getFinding().getLeadOfficial().getUsername());
    }
    notifier.notifyOnce(
        NotificationKind.URGE,
        recipients,
        measureId,
        measure.getFinding().getId(),
        today,
        "【催办】"
            + code(measure)
            + "（时限 "
            + measure.getDeadline()
            + "）："
            + body
            + " 请在「落实整改措施」中报送整改进展。");
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("text", body);
    after.put("toLeadOfficial", toLeadOfficial);
    after.put("recipients", recipients);
    audit.record(
        username,
        "measure.urged",
        AuditTrail.Subject.of("Measure", measureId),
        "催办 " + code(measure),
        null,
        after);
    return urge;
  }

  /** The measure's 催办 history, each with whether a progress note has answered it. */
  @Transactional(readOnly = true)
  public List<UrgeView> urgesOf(UUID measureId, String username) {
    Measure measure = visible(measureId, viewers.of(username));
    LocalDate reported = measure.getProgressReportedOn();
    return urges.findByMeasureIdOrderByUrgedAt(measureId).stream()
        .map(
            u ->
                new UrgeView(
                    u.getId(),
                    u.getText(),
                    u.getUrgedBy(),
                    u.getUrgedAt(),
                    u.isToLeadOfficial(),
                    reported != null && !reported.isBefore(u.getUrgedOn())))
        .toList();
  }

  /** The light of one measure and of its finding. */
  @Transactional(readOnly = true)
  public MeasureLight lightOf(UUID measureId, String username) {
    Measure measure = visible(measureId, viewers.of(username));
    LocalDate today = lights.today();
    TrafficLightRules rules = lights.rules();
    TrafficLight light = lightOf(measure, today);
    TrafficLight finding = TrafficLight.GREY;
    for (Measure sibling : measures.findByFindingIdOrderByOrdinal(measure.getFinding().getId())) {
      finding = finding.worse(lightOf(sibling, today));
    }
    boolean open = !measure.getStatus().isFinished();
    return new MeasureLight(
        measureId,
        light,
        light.label(),
        measure.getDeadline(),
        open && !measure.getDeadline().isBefore(today)
            ? rules.workingDaysLeft(measure.getDeadline(), today)
            : 0,
        open ? rules.workingDaysOverdue(measure.getDeadline(), today) : 0,
        open && measure.isProgressCallUnanswered(),
        measure.getFinding().getId(),
        finding,
        finding.label(),
        today);
  }

  private TrafficLight lightOf(Measure measure, LocalDate today) {
    return lights
        .rules()
        .light(
            measure.getStatus().isFinished(),
            measure.getDeadline(),
            measure.isProgressCallUnanswered(),
            today);
  }

  private Measure visible(UUID measureId, Viewer viewer) {
    Measure measure =
        measures
            .findById(measureId)
            .orElseThrow(() -> new NotFoundException("未找到整改措施：" + measureId));
    if (!DeskVisibility.maySee(viewer, measure)) {
      throw new NotFoundException("未找到整改措施：" + measureId);
    }
    return measure;
  }

  private static String code(Measure measure) {
    return "【" + measure.getFinding().getCode() + "-" + measure.getOrdinal() + "】";
  }

  /** One 催办 as the measure's history shows it. */
  public record UrgeView(
      UUID id,
      String text,
      String urgedBy,
      Instant urgedAt,
      boolean toLeadOfficial,
      boolean answered) {}
}
