package org.rectify.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.feedback.Aspect;
import org.rectify.feedback.Feedback;
import org.rectify.feedback.FeedbackRepository;
import org.rectify.feedback.Finding;
import org.rectify.handover.HandoverRepository;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.inspection.Track;
import org.rectify.ledger.LedgerView.AspectView;
import org.rectify.ledger.LedgerView.CloseOutView;
import org.rectify.ledger.LedgerView.EvidenceView;
import org.rectify.ledger.LedgerView.FindingView;
import org.rectify.ledger.LedgerView.HandoverView;
import org.rectify.ledger.LedgerView.InspectionView;
import org.rectify.ledger.LedgerView.InstitutionView;
import org.rectify.ledger.LedgerView.MeasureView;
import org.rectify.ledger.LedgerView.MoneyView;
import org.rectify.ledger.LedgerView.Outputs;
import org.rectify.ledger.LedgerView.ProgressView;
import org.rectify.ledger.LedgerView.SanctionView;
import org.rectify.ledger.LedgerView.Totals;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.AccountabilityActionRepository;
import org.rectify.rectification.EvidenceRepository;
import org.rectify.rectification.InstitutionChangeRepository;
import org.rectify.rectification.MoneyRecoveryRepository;
import org.rectify.rectification.ProgressNoteRepository;
import org.rectify.security.Viewer;
import org.rectify.verification.CloseOut;
import org.rectify.verification.CloseOutRepository;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the ledger of an inspection, limited to what the viewer may see. */
@Service
public class LedgerService {

  private final InspectionRepository inspections;
  private final FeedbackRepository feedbacks;
  private final MeasureRepository measures;
  private final ProgressNoteRepository progressNotes;
  private final EvidenceRepository evidence;
  private final InstitutionChangeRepository institutions;
  private final MoneyRecoveryRepository money;
  private final AccountabilityActionRepository accountability;
  private final CloseOutRepository closeOuts;
  private final HandoverRepository handovers;

  LedgerService(
      InspectionRepository inspections,
      FeedbackRepository feedbacks,
      MeasureRepository measures,
      ProgressNoteRepository progressNotes,
      EvidenceRepository evidence,
      InstitutionChangeRepository institutions,
      MoneyRecoveryRepository money,
      AccountabilityActionRepository accountability,
      CloseOutRepository closeOuts,
      HandoverRepository handovers) {
    this.inspections = inspections;
    this.feedbacks = feedbacks;
    this.measures = measures;
    this.progressNotes = progressNotes;
    this.evidence = evidence;
    this.institutions = institutions;
    this.money = money;
    this.accountability = accountability;
    this.closeOuts = closeOuts;
    this.handovers = handovers;
  }

  @Transactional(readOnly = true)
  public List<InspectionView> list() {
    return inspections.findAllByOrderByFeedbackDateDesc().stream()
        .map(LedgerService::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public LedgerView read(UUID inspectionId, Viewer viewer) {
    Inspection inspection =
        inspections
            .findById(inspectionId)
            .orElseThrow(() -> new NotFoundException("巡视巡察不存在：" + inspectionId));
    Feedback feedback =
        feedbacks
            .findByInspectionId(inspectionId)
            .orElseThrow(() -> new NotFoundException("反馈意见不存在"));
    Parts parts = loadParts(inspectionId);

    List<AspectView> aspects = new ArrayList<>();
    for (Aspect aspect : feedback.getAspects()) {
      List<FindingView> findings = new ArrayList<>();
      for (Finding finding : aspect.getFindings()) {
        List<FindingView> children =
            finding.getChildren().stream()
                .filter(child -> visible(child, viewer, parts))
                .map(child -> view(child, List.of(), parts))
                .toList();
        if (visible(finding, viewer, parts) || !children.isEmpty()) {
          findings.add(view(finding, children, parts));
        }
      }
      if (!findings.isEmpty()) {
        Track track = aspect.getTrack();
        aspects.add(
            new AspectView(
                aspect.getOrdinal(),
                aspect.getHeading(),
                track == null ? null : track.getName(),
                findings));
      }
    }
    List<HandoverView> handoverViews =
        viewer.seesAllUnits()
            ? handovers.findByInspectionIdOrderByKindAscOrdinalAsc(inspectionId).stream()
                .map(
                    h ->
                        new HandoverView(
                            h.getId(),
                            h.getKind().name(),
                            h.getKind().label(),
                            h.getOrdinal(),
                            h.getTitle(),
                            h.getStatus().name(),
                            h.getStatus().label(),
                            h.getResult()))
                .toList()
            : List.of();
    List<String> suggestions = feedback.getSuggestions().stream().map(s -> s.getText()).toList();
    return new LedgerView(view(inspection), aspects, suggestions, handoverViews, totals(aspects));
  }

  private static boolean visible(Finding finding, Viewer viewer, Parts parts) {
    if (viewer.seesAllUnits()) {
      return true;
    }
    Unit unit = finding.getResponsibleUnit();
    if (unit != null && viewer.maySee(unit.getId())) {
      return true;
    }
    return parts.measuresByFinding().getOrDefault(finding.getId(), List.of()).stream()
        .flatMap(m -> m.getResponsibleUnits().stream())
        .anyMatch(u -> viewer.maySee(u.getId()));
  }

  private record Parts(
      Map<UUID, List<Measure>> measuresByFinding,
      Map<UUID, List<ProgressView>> progress,
      Map<UUID, List<EvidenceView>> evidence,
      Map<UUID, List<InstitutionView>> institutions,
      Map<UUID, List<MoneyView>> money,
      Map<UUID, List<SanctionView>> sanctions,
      Map<UUID, CloseOut> closeOuts) {}

  private Parts loadParts(UUID inspectionId) {
    List<Measure> all = measures.findByInspection(inspectionId);
    Collection<UUID> ids = all.stream().map(Measure::getId).toList();
    Map<UUID, List<Measure>> byFinding =
        all.stream().collect(Collectors.groupingBy(m -> m.getFinding().getId()));
    return new Parts(
        byFinding,
        progressNotes.findByMeasureIdIn(ids).stream()
            .collect(
                Collectors.groupingBy(
                    n -> n.getMeasure().getId(),
                    Collectors.mapping(
                        n -> new ProgressView(n.getText(), n.getAuthor(), n.getCreatedAt()),
                        Collectors.toList()))),
        evidence.findByMeasureIdIn(ids).stream()
            .collect(
                Collectors.groupingBy(
                    e -> e.getMeasure().getId(),
                    Collectors.mapping(
                        e ->
                            new EvidenceView(
                                e.getId(),
                                e.getFileName(),
                                e.getContentType(),
                                e.getSizeBytes(),
                                e.getSha256(),
                                e.getUploadedBy(),
                                e.getUploadedAt()),
                        Collectors.toList()))),
        institutions.findByMeasureIdIn(ids).stream()
            .collect(
                Collectors.groupingBy(
                    i -> i.getMeasure().getId(),
                    Collectors.mapping(
                        i ->
                            new InstitutionView(
                                i.getAction().name(),
                                i.getTitle(),
                                i.getDocumentNumber(),
                                i.getIssuedOn()),
                        Collectors.toList()))),
        money.findByMeasureIdIn(ids).stream()
            .collect(
                Collectors.groupingBy(
                    m -> m.getMeasure().getId(),
                    Collectors.mapping(
                        m -> new MoneyView(m.getKind().name(), m.getAmount(), m.getNote()),
                        Collectors.toList()))),
        accountability.findByMeasureIdIn(ids).stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.getMeasure().getId(),
                    Collectors.mapping(
                        a ->
                            new SanctionView(
                                a.getSanction().name(),
                                a.getSanction().label(),
                                a.getPersonCount(),
                                a.getNote()),
                        Collectors.toList()))),
        closeOuts.findByFindingIdIn(byFindingIdsOfInspection(inspectionId)).stream()
            .collect(Collectors.toMap(c -> c.getFinding().getId(), Function.identity())));
  }

  private Collection<UUID> byFindingIdsOfInspection(UUID inspectionId) {
    return feedbacks
        .findByInspectionId(inspectionId)
        .map(Feedback::allFindings)
        .orElse(List.of())
        .stream()
        .map(Finding::getId)
        .toList();
  }

  private static FindingView view(Finding finding, List<FindingView> children, Parts parts) {
    Unit unit = finding.getResponsibleUnit();
    var lead = finding.getLeadOfficial();
    CloseOut closeOut = parts.closeOuts().get(finding.getId());
    List<MeasureView> measureViews =
        parts.measuresByFinding().getOrDefault(finding.getId(), List.of()).stream()
            .sorted(java.util.Comparator.comparingInt(Measure::getOrdinal))
            .map(m -> view(m, parts))
            .toList();
    return new FindingView(
        finding.getId(),
        finding.getCode(),
        finding.getText(),
        finding.getDetail(),
        finding.getSource().name(),
        finding.getStatus().name(),
        finding.getStatus().label(),
        unit == null ? null : unit.getCode(),
        unit == null ? null : unit.getName(),
        lead == null ? null : lead.getUsername(),
        lead == null ? null : lead.getDisplayName(),
        finding.isPubliclyDisclosed(),
        finding.getNondisclosureReason(),
        closeOut == null
            ? null
            : new CloseOutView(
                closeOut.getMode().name(),
                closeOut.getClosedOn(),
                closeOut.getClosedBy(),
                closeOut.getDirectiveTitle(),
                closeOut.getDirectiveDocumentNumber()),
        measureViews,
        children);
  }

  private static MeasureView view(Measure m, Parts parts) {
    UUID id = m.getId();
    return new MeasureView(
        id,
        m.getOrdinal(),
        m.getText(),
        m.getResponsibleUnits().stream().map(Unit::getCode).toList(),
        m.getResponsiblePerson(),
        m.getLeadOfficial() == null ? null : m.getLeadOfficial().getUsername(),
        m.getDeadline(),
        m.getTerm().name(),
        m.getTerm().label(),
        m.getStatus().name(),
        m.getStatus().label(),
        m.isOverdue(),
        m.getCompletedOn(),
        parts.progress().getOrDefault(id, List.of()),
        parts.evidence().getOrDefault(id, List.of()),
        new Outputs(
            parts.institutions().getOrDefault(id, List.of()),
            parts.money().getOrDefault(id, List.of()),
            parts.sanctions().getOrDefault(id, List.of())));
  }

  static InspectionView view(Inspection i) {
    return new InspectionView(
        i.getId(),
        i.getLevel().name(),
        i.getType().name(),
        i.getRoundLabel(),
        i.getSpecialTopic(),
        i.getInspectingBody(),
        i.getInspectionTeam(),
        i.getInspectedOrganization(),
        i.getInspectedOrganizationShort(),
        i.getOnSiteStart(),
        i.getOnSiteEnd(),
        i.getFeedbackDate(),
        i.getTracks().stream().map(Track::getName).toList());
  }

  private static Totals totals(List<AspectView> aspects) {
    List<FindingView> findings =
        aspects.stream()
            .flatMap(a -> a.findings().stream())
            .flatMap(
                f ->
                    f.subFindings().isEmpty()
                        ? java.util.stream.Stream.of(f)
                        : f.subFindings().stream())
            .toList();
    List<MeasureView> allMeasures =
        aspects.stream()
            .flatMap(a -> a.findings().stream())
            .flatMap(
                f ->
                    java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(f), f.subFindings().stream()))
            .flatMap(f -> f.measures().stream())
            .toList();
    int finished =
        (int)
            findings.stream()
                .filter(f -> org.rectify.feedback.FindingStatus.valueOf(f.status()).isFinished())
                .count();
    return new Totals(
        findings.size(),
        finished,
        allMeasures.size(),
        (int)
            allMeasures.stream()
                .filter(m -> org.rectify.plan.MeasureStatus.valueOf(m.status()).isCompleted())
                .count(),
        (int) allMeasures.stream().filter(MeasureView::overdue).count());
  }
}
