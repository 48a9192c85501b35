package org.rectify.ledger;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.ledger.FindingContext.ApplicationContext;
import org.rectify.ledger.FindingContext.CloseOutContext;
import org.rectify.ledger.FindingContext.EvidenceContext;
import org.rectify.ledger.FindingContext.ExtensionContext;
import org.rectify.ledger.FindingContext.HandoverContext;
import org.rectify.ledger.FindingContext.MeasureContext;
import org.rectify.ledger.FindingContext.NoteContext;
import org.rectify.ledger.FindingContext.NoticeContext;
import org.rectify.ledger.FindingContext.ReturnContext;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.rectify.organization.Unit;
import org.rectify.personnel.PersonnelHandover;
import org.rectify.personnel.PersonnelHandoverRepository;
import org.rectify.personnel.ResponsibilityChangeRepository;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.EvidenceRepository;
import org.rectify.rectification.ExtensionRequestRepository;
import org.rectify.rectification.ProgressNoteRepository;
import org.rectify.review.ReviewReturnRepository;
import org.rectify.security.Viewer;
import org.rectify.supervision.SupervisionNoticeRepository;
import org.rectify.verification.CloseOutApplicationRepository;
import org.rectify.verification.CloseOutRepository;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@link FindingContext} of one finding for a viewer; unit staff see only their unit's.
 */
@Service
public class FindingContextService {

  private final FindingRepository findings;
  private final MeasureRepository measures;
  private final ProgressNoteRepository notes;
  private final EvidenceRepository evidence;
  private final ExtensionRequestRepository extensions;
  private final SupervisionNoticeRepository notices;
  private final CloseOutApplicationRepository applications;
  private final ReviewReturnRepository returns;
  private final CloseOutRepository closeOuts;
  private final OfficialRepository officials;
  private final ResponsibilityChangeRepository responsibilityChanges;
  private final PersonnelHandoverRepository handovers;

  public FindingContextService(
      FindingRepository findings,
      MeasureRepository measures,
      ProgressNoteRepository notes,
      EvidenceRepository evidence,
      ExtensionRequestRepository extensions,
      SupervisionNoticeRepository notices,
      CloseOutApplicationRepository applications,
      ReviewReturnRepository returns,
      CloseOutRepository closeOuts,
      OfficialRepository officials,
      ResponsibilityChangeRepository responsibilityChanges,
      PersonnelHandoverRepository handovers) {
    this.findings = findings;
    this.measures = measures;
    this.notes = notes;
    this.evidence = evidence;
    this.extensions = extensions;
    this.notices = notices;
    this.applications = applications;
    this.returns = returns;
    this.closeOuts = closeOuts;
    this.officials = officials;
    this.responsibilityChanges = responsibilityChanges;
    this.handovers = handovers;
  }

  @Transactional(readOnly = true)
  public FindingContext of(UUID findingId, Viewer viewer) {
    Finding finding =
        findings
            .findById(findingId)
            .filter(
                f ->
                    viewer.maySee(
                        f.getResponsibleUnit() == null ? null : f.getResponsibleUnit().getId()))
            .orElseThrow(() -> new NotFoundException("未找到问题：" + findingId));
    Unit unit = finding.getResponsibleUnit();
    FindingContext context =
        new FindingContext(
            finding.getId(),
            finding.getCode(),
            finding.label(),
            finding.getAspect().getHeading(),
            finding.getText(),
            finding.getDetail(),
            finding.getSource().label(),
            finding.getStatus().name(),
            finding.getStatus().label(),
            unit == null ? null : unit.getCode(),
            unit == null ? null : unit.getName(),
            finding.getLeadOfficial() == null ? null : finding.getLeadOfficial().getUsername(),
            finding.getReopenedFrom() == null ? null : finding.getReopenedFrom().getId(),
            measures.findByFindingIdOrderByOrdinal(findingId).stream().map(this::measure).toList(),
            applications.findByFindingIdOrderByAppliedAt(findingId).stream()
                .map(
                    a ->
                        new ApplicationContext(
                            a.getId(),
                            a.getSelfCheck(),
                            a.getStatus().name(),
                            a.getStatus().label(),
                            a.getAppliedBy(),
                            a.getAppliedAt(),
                            a.getConfirmedBy(),
                            a.getCertifiedBy()))
                .toList(),
            returns.findByFindingIdOrderByReturnedAt(findingId).stream()
                .map(
                    r ->
                        new ReturnContext(
                            r.getStep().name(),
                            r.getStep().label(),
                            r.getReason(),
                            r.getReturnedBy(),
                            r.getReturnedAt()))
                .toList(),
            closeOuts
                .findByFindingId(findingId)
                .map(
                    c ->
                        new CloseOutContext(
                            c.getMode().name(),
                            c.getMode().label(),
                            c.getClosedOn(),
                            c.getClosedBy(),
                            c.getDirectiveTitle(),
                            c.getDirectiveDocumentNumber()))
                .orElse(null),
            handoversOf(findingId),
            Map.of());
    return context.withPeople(namesOf(context.usernames()));
  }

  private List<HandoverContext> handoversOf(UUID findingId) {
    Map<UUID, String> reasons = new HashMap<>();
    return responsibilityChanges.findByFindingIdOrderByChangedAt(findingId).stream()
        .map(
            c ->
                new HandoverContext(
                    c.getKind().name(),
                    c.getKind().label(),
                    c.getMeasureId(),
                    c.getTaskName(),
                    c.getFromOfficial(),
                    c.getFromName(),
                    c.getToOfficial(),
                    c.getToName(),
                    reasons.computeIfAbsent(
                        c.getHandoverId(),
                        id ->
                            handovers.findById(id).map(PersonnelHandover::getReason).orElse(null)),
                    c.getChangedAt()))
        .toList();
  }

  /** 王整改 for office: the names the forms show instead of user names. */
  private Map<String, String> namesOf(Set<String> usernames) {
    Map<String, String> names = new HashMap<>();
    for (Official official : officials.findByUsernameIn(usernames)) {
      names.put(official.getUsername(), official.getDisplayName());
    }
    return names;
  }

  private MeasureContext measure(Measure m) {
    List<UUID> ids = List.of(m.getId());
    return new MeasureContext(
        m.getId(),
        m.getOrdinal(),
        m.getText(),
        m.getResponsibleUnits().stream().map(Unit::getName).toList(),
        m.getResponsiblePerson(),
        m.getDeadline(),
        m.getTerm().name(),
        m.getTerm().label(),
        m.getStatus().name(),
        m.getStatus().label(),
        m.isOverdue(),
        m.getCompletedOn(),
        notes.findByMeasureIdIn(ids).stream()
            .sorted(Comparator.comparing(n -> n.getCreatedAt()))
            .map(n -> new NoteContext(n.getText(), n.getAuthor(), n.getCreatedAt()))
            .toList(),
        evidence.findByMeasureIdIn(ids).stream()
            .sorted(Comparator.comparing(e -> e.getUploadedAt()))
            .map(
                e ->
                    new EvidenceContext(
                        e.getId(),
                        e.getFileName(),
                        e.getContentType(),
                        e.getSizeBytes(),
                        e.getSha256(),
                        e.getUploadedBy(),
                        e.getUploadedAt()))
            .toList(),
        extensions.findByMeasureIdOrderByRequestedAt(m.getId()).stream()
            .map(
                x ->
                    new ExtensionContext(
                        x.getId(),
                        x.getCurrentDeadline(),
                        x.getRequestedDeadline(),
                        x.getReason(),
                        x.getRequestedBy(),
                        x.getStatus().name(),
                        x.getStatus().label(),
                        x.getDecisionReason(),
                        x.getDecidedBy()))
            .toList(),
        notices.findByMeasureIdOrderByIssuedAt(m.getId()).stream()
            .map(n -> new NoticeContext(n.getText(), n.getIssuedBy(), n.getIssuedAt()))
            .toList());
  }
}
