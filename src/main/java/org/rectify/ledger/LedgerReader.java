package org.rectify.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.feedback.Aspect;
import org.rectify.feedback.Feedback;
import org.rectify.feedback.FeedbackRepository;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.handover.HandoverRepository;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.inspection.Track;
import org.rectify.ledger.Ledger.AspectEntry;
import org.rectify.ledger.Ledger.CloseOutEntry;
import org.rectify.ledger.Ledger.EvidenceEntry;
import org.rectify.ledger.Ledger.FindingEntry;
import org.rectify.ledger.Ledger.HandoverEntry;
import org.rectify.ledger.Ledger.InspectionEntry;
import org.rectify.ledger.Ledger.InstitutionEntry;
import org.rectify.ledger.Ledger.MeasureEntry;
import org.rectify.ledger.Ledger.MoneyEntry;
import org.rectify.ledger.Ledger.NoteEntry;
import org.rectify.ledger.Ledger.OfficialRef;
import org.rectify.ledger.Ledger.SanctionEntry;
import org.rectify.ledger.Ledger.UnitRef;
import org.rectify.organization.Official;
import org.rectify.organization.Unit;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.AccountabilityActionRepository;
import org.rectify.rectification.EvidenceRepository;
import org.rectify.rectification.InstitutionChangeRepository;
import org.rectify.rectification.MoneyRecoveryRepository;
import org.rectify.rectification.ProgressNoteRepository;
import org.rectify.verification.CloseOut;
import org.rectify.verification.CloseOutRepository;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 台账取数: the one place that reads the ledger tables and copies them into a {@link Ledger} — a whole
 * inspection, or one finding with what hangs from it (the same copying either way). One query per
 * kind of record, whatever the size of the ledger.
 */
@Component
public class LedgerReader {

  private final InspectionRepository inspections;
  private final FeedbackRepository feedbacks;
  private final FindingRepository findings;
  private final MeasureRepository measures;
  private final ProgressNoteRepository notes;
  private final EvidenceRepository evidence;
  private final InstitutionChangeRepository institutions;
  private final MoneyRecoveryRepository money;
  private final AccountabilityActionRepository accountability;
  private final CloseOutRepository closeOuts;
  private final HandoverRepository handovers;

  LedgerReader(
      InspectionRepository inspections,
      FeedbackRepository feedbacks,
      FindingRepository findings,
      MeasureRepository measures,
      ProgressNoteRepository notes,
      EvidenceRepository evidence,
      InstitutionChangeRepository institutions,
      MoneyRecoveryRepository money,
      AccountabilityActionRepository accountability,
      CloseOutRepository closeOuts,
      HandoverRepository handovers) {
    this.inspections = inspections;
    this.feedbacks = feedbacks;
    this.findings = findings;
    this.measures = measures;
    this.notes = notes;
    this.evidence = evidence;
    this.institutions = institutions;
    this.money = money;
    this.accountability = accountability;
    this.closeOuts = closeOuts;
    this.handovers = handovers;
  }

  /** The whole ledger of an inspection (404 when there is no such inspection). */
  @Transactional(readOnly = true)
  public Ledger read(UUID inspectionId) {
    Inspection inspection =
        inspections
            .findById(inspectionId)
            .orElseThrow(() -> new NotFoundException("巡视巡察不存在：" + inspectionId));
    Feedback feedback = feedbacks.findByInspectionId(inspectionId).orElse(null);
    if (feedback == null) {
      return new Ledger(entry(inspection), null, List.of(), List.of(), handoversOf(inspectionId));
    }
    Parts parts =
        load(
            feedback.allFindings().stream().map(Finding::getId).toList(),
            measures.findByInspection(inspectionId));
    List<AspectEntry> aspects = new ArrayList<>();
    for (Aspect aspect : feedback.getAspects()) {
      Track track = aspect.getTrack();
      aspects.add(
          new AspectEntry(
              aspect.getOrdinal(),
              aspect.getHeading(),
              track == null ? null : track.getName(),
              aspect.getFindings().stream().map(f -> entry(f, parts)).toList()));
    }
    return new Ledger(
        entry(inspection),
        feedback.getSummary(),
        aspects,
        feedback.getSuggestions().stream().map(s -> s.getText()).toList(),
        handoversOf(inspectionId));
  }

  /** One finding (with its sub-findings) as the whole ledger would hold it. */
  @Transactional(readOnly = true)
  public Optional<FindingEntry> finding(UUID findingId) {
    return findings
        .findById(findingId)
        .map(
            finding -> {
              List<UUID> ids = new ArrayList<>();
              ids.add(finding.getId());
              finding.getChildren().forEach(c -> ids.add(c.getId()));
              return entry(finding, load(ids, measures.findByFindingIdIn(ids)));
            });
  }

  private List<HandoverEntry> handoversOf(UUID inspectionId) {
    return handovers.findByInspectionIdOrderByKindAscOrdinalAsc(inspectionId).stream()
        .map(
            h ->
                new HandoverEntry(
                    h.getId(),
                    h.getKind(),
                    h.getOrdinal(),
                    h.getTitle(),
                    h.getStatus(),
                    h.getResult()))
        .toList();
  }

  /** Everything hanging from the findings and measures given, one query per kind. */
  private record Parts(
      Map<UUID, List<Measure>> measuresByFinding,
      Map<UUID, List<NoteEntry>> notes,
      Map<UUID, List<EvidenceEntry>> evidence,
      Map<UUID, List<InstitutionEntry>> institutions,
      Map<UUID, List<MoneyEntry>> money,
      Map<UUID, List<SanctionEntry>> sanctions,
      Map<UUID, CloseOut> closeOuts) {}

  private Parts load(Collection<UUID> findingIds, List<Measure> all) {
    List<UUID> ids = all.stream().map(Measure::getId).toList();
    Map<UUID, List<Measure>> byFinding =
        all.stream()
            .sorted(Comparator.comparingInt(Measure::getOrdinal))
            .collect(Collectors.groupingBy(m -> m.getFinding().getId()));
    if (ids.isEmpty()) {
      return new Parts(
          byFinding, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), closeOutsOf(findingIds));
    }
    return new Parts(
        byFinding,
        notes.findByMeasureIdIn(ids).stream()
            .sorted(Comparator.comparing(n -> n.getCreatedAt()))
            .collect(
                Collectors.groupingBy(
                    n -> n.getMeasure().getId(),
                    Collectors.mapping(
                        n -> new NoteEntry(n.getText(), n.getAuthor(), n.getCreatedAt()),
                        Collectors.toList()))),
        evidence.findByMeasureIdIn(ids).stream()
            .sorted(Comparator.comparing(e -> e.getUploadedAt()))
            .collect(
                Collectors.groupingBy(
                    e -> e.getMeasure().getId(),
                    Collectors.mapping(
                        e ->
                            new EvidenceEntry(
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
                            new InstitutionEntry(
                                i.getAction(),
                                i.getTitle(),
                                i.getDocumentNumber(),
                                i.getIssuedOn()),
                        Collectors.toList()))),
        money.findByMeasureIdIn(ids).stream()
            .collect(
                Collectors.groupingBy(
                    m -> m.getMeasure().getId(),
                    Collectors.mapping(
                        m -> new MoneyEntry(m.getKind(), m.getAmount(), m.getNote()),
                        Collectors.toList()))),
        accountability.findByMeasureIdIn(ids).stream()
            .collect(
                Collectors.groupingBy(
                    a -> a.getMeasure().getId(),
                    Collectors.mapping(
                        a -> new SanctionEntry(a.getSanction(), a.getPersonCount(), a.getNote()),
                        Collectors.toList()))),
        closeOutsOf(findingIds));
  }

  private Map<UUID, CloseOut> closeOutsOf(Collection<UUID> findingIds) {
    if (findingIds.isEmpty()) {
      return Map.of();
    }
    return closeOuts.findByFindingIdIn(findingIds).stream()
        .collect(Collectors.toMap(c -> c.getFinding().getId(), Function.identity()));
  }

  private static FindingEntry entry(Finding finding, Parts parts) {
    Unit unit = finding.getResponsibleUnit();
    Official lead = finding.getLeadOfficial();
    CloseOut closeOut = parts.closeOuts().get(finding.getId());
    return new FindingEntry(
        finding.getId(),
        finding.getCode(),
        finding.label(),
        finding.getAspect().getHeading(),
        finding.getText(),
        finding.getDetail(),
        finding.getSource(),
        finding.getStatus(),
        unit == null ? null : unit(unit),
        lead == null ? null : new OfficialRef(lead.getUsername(), lead.getDisplayName()),
        finding.isPubliclyDisclosed(),
        finding.getNondisclosureReason(),
        finding.getReopenedFrom() == null ? null : finding.getReopenedFrom().getId(),
        closeOut == null
            ? null
            : new CloseOutEntry(
                closeOut.getMode(),
                closeOut.getClosedOn(),
                closeOut.getClosedBy(),
                closeOut.getDirectiveTitle(),
                closeOut.getDirectiveDocumentNumber()),
        parts.measuresByFinding().getOrDefault(finding.getId(), List.of()).stream()
            .map(m -> entry(m, parts))
            .toList(),
        finding.getChildren().stream().map(child -> entry(child, parts)).toList());
  }

  private static MeasureEntry entry(Measure m, Parts parts) {
    UUID id = m.getId();
    return new MeasureEntry(
        id,
        m.getOrdinal(),
        m.getText(),
        m.getResponsibleUnits().stream().map(LedgerReader::unit).toList(),
        m.getResponsiblePerson(),
        m.getLeadOfficial() == null ? null : m.getLeadOfficial().getUsername(),
        m.getDeadline(),
        m.getTerm(),
        m.getStatus(),
        m.isOverdue(),
        m.getCompletedOn(),
        parts.notes().getOrDefault(id, List.of()),
        parts.evidence().getOrDefault(id, List.of()),
        parts.institutions().getOrDefault(id, List.of()),
        parts.money().getOrDefault(id, List.of()),
        parts.sanctions().getOrDefault(id, List.of()));
  }

  private static UnitRef unit(Unit unit) {
    return new UnitRef(unit.getId(), unit.getCode(), unit.getName());
  }

  /** The inspection's facts as the ledger shows them. */
  static InspectionEntry entry(Inspection i) {
    return new InspectionEntry(
        i.getId(),
        i.getLevel(),
        i.getType(),
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
}
