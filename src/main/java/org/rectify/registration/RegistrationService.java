package org.rectify.registration;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rectify.audit.AuditTrail;
import org.rectify.feedback.Aspect;
import org.rectify.feedback.Feedback;
import org.rectify.feedback.FeedbackRepository;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingSource;
import org.rectify.handover.Handover;
import org.rectify.handover.HandoverKind;
import org.rectify.handover.HandoverRepository;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionRepository;
import org.rectify.inspection.InspectionType;
import org.rectify.inspection.Track;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.plan.Term;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.registration.InspectionRegistration.HandoverInput;
import org.rectify.registration.InspectionRegistration.MeasureInput;
import org.rectify.registration.RegistrationValidator.References;
import org.rectify.validation.Dates;
import org.rectify.validation.Enums;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 登记: writes an inspection with its whole feedback in one transaction, or nothing at all. */
@Service
public class RegistrationService {

  private final RegistrationValidator validator;
  private final InspectionRepository inspections;
  private final FeedbackRepository feedbacks;
  private final MeasureRepository measures;
  private final HandoverRepository handovers;
  private final ApplicationEventPublisher events;
  private final AuditTrail audit;

  RegistrationService(
      RegistrationValidator validator,
      InspectionRepository inspections,
      FeedbackRepository feedbacks,
      MeasureRepository measures,
      HandoverRepository handovers,
      ApplicationEventPublisher events,
      AuditTrail audit) {
    this.validator = validator;
    this.inspections = inspections;
    this.feedbacks = feedbacks;
    this.measures = measures;
    this.handovers = handovers;
    this.events = events;
    this.audit = audit;
  }

  /**
   * Checks a registration exactly as {@link #register} does, without writing anything: throws
   * {@link org.rectify.web.InvalidInputException} naming every problem by JSON path.
   */
  @Transactional(readOnly = true)
  public void check(InspectionRegistration request) {
    validator.validate(request);
  }

  @Transactional
  public Inspection register(InspectionRegistration request, String registeredBy) {
    References references = validator.validate(request);
    Inspection inspection =
        new Inspection(
                Enums.parse(InspectionLevel.class, request.level(), null),
                Enums.parse(InspectionType.class, request.type(), InspectionType.REGULAR),
                request.inspectingBody().strip(),
                request.inspectionTeam().strip(),
                request.inspectedOrganization().strip(),
                Dates.parse(request.feedbackDate()),
                registeredBy)
            .describedAs(
                request.roundLabel(), request.specialTopic(), request.inspectedOrganizationShort())
            .onSite(Dates.parse(request.onSiteStart()), Dates.parse(request.onSiteEnd()));
    if (request.tracks() != null) {
      request.tracks().forEach(inspection::addTrack);
    }
    inspections.save(inspection);

    Feedback feedback = new Feedback(inspection, request.feedback().summary());
    if (request.feedback().suggestions() != null) {
      request.feedback().suggestions().forEach(feedback::addSuggestion);
    }
    List<Measure> plannedMeasures = new java.util.ArrayList<>();
    for (AspectInput aspectInput : request.feedback().aspects()) {
      Track track =
          aspectInput.track() == null ? null : inspection.getTracks().get(aspectInput.track() - 1);
      Aspect aspect = feedback.addAspect(aspectInput.heading().strip(), track);
      for (FindingInput findingInput : aspectInput.findings()) {
        Finding finding =
            aspect.addFinding(
                findingInput.text().strip(),
                Enums.parse(FindingSource.class, findingInput.source(), FindingSource.FEEDBACK));
        fill(finding, findingInput, references, plannedMeasures);
        if (findingInput.subFindings() != null) {
          for (FindingInput subInput : findingInput.subFindings()) {
            Finding sub = finding.addSubFinding(subInput.text().strip());
            fill(sub, subInput, references, plannedMeasures);
          }
        }
      }
    }
    feedbacks.save(feedback);
    measures.saveAll(plannedMeasures);

    if (request.handovers() != null) {
      int[] ordinals = new int[HandoverKind.values().length];
      for (HandoverInput input : request.handovers()) {
        HandoverKind kind = HandoverKind.valueOf(input.kind());
        handovers.save(
            new Handover(inspection, kind, ++ordinals[kind.ordinal()], input.title().strip()));
      }
    }
    audit.record(
        registeredBy,
        "inspection.registered",
        AuditTrail.Subject.of("Inspection", inspection.getId()),
        "登记"
            + inspection.getInspectionTeam()
            + "对"
            + inspection.getInspectedOrganization()
            + "的反馈意见",
        null,
        new RegisteredSummary(
            inspection.getId(),
            inspection.getInspectionTeam(),
            inspection.getInspectedOrganization(),
            inspection.getFeedbackDate(),
            plannedMeasures.size()));
    events.publishEvent(new InspectionRegistered(inspection.getId()));
    return inspection;
  }

  /** What the audit log keeps of a registration. */
  record RegisteredSummary(
      java.util.UUID id,
      String inspectionTeam,
      String inspectedOrganization,
      java.time.LocalDate feedbackDate,
      int measures) {}

  private static void fill(
      Finding finding, FindingInput input, References references, List<Measure> plannedMeasures) {
    finding.describedAs(input.detail());
    Unit unit =
        input.responsibleUnit() == null ? null : references.units().get(input.responsibleUnit());
    if (unit == null && finding.getParent() != null) {
      unit = finding.getParent().getResponsibleUnit();
    }
    var lead =
        input.leadOfficial() == null ? null : references.officials().get(input.leadOfficial());
    if (lead == null && finding.getParent() != null) {
      lead = finding.getParent().getLeadOfficial();
    }
    finding.assign(unit, lead);
    if (Boolean.FALSE.equals(input.publiclyDisclosed())) {
      finding.withholdFromPublic(input.nondisclosureReason());
    }
    if (input.measures() == null) {
      return;
    }
    int ordinal = 0;
    for (MeasureInput measureInput : input.measures()) {
      Set<Unit> measureUnits = new LinkedHashSet<>();
      if (measureInput.responsibleUnits() == null || measureInput.responsibleUnits().isEmpty()) {
        measureUnits.add(unit);
      } else {
        measureInput
            .responsibleUnits()
            .forEach(code -> measureUnits.add(references.units().get(code)));
      }
      plannedMeasures.add(
          new Measure(
              finding,
              ++ordinal,
              measureInput.text().strip(),
              measureUnits,
              measureInput.responsiblePerson(),
              Dates.parse(measureInput.deadline()),
              Term.valueOf(measureInput.term())));
    }
  }
}
