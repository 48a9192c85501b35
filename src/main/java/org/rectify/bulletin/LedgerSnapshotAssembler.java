package org.rectify.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.HandoverFacts;
import org.rectify.bulletin.LedgerSnapshot.InspectionFacts;
import org.rectify.bulletin.LedgerSnapshot.InstitutionFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.bulletin.LedgerSnapshot.MoneyFacts;
import org.rectify.bulletin.LedgerSnapshot.SanctionFacts;
import org.rectify.feedback.Aspect;
import org.rectify.feedback.Feedback;
import org.rectify.feedback.FeedbackRepository;
import org.rectify.feedback.Finding;
import org.rectify.handover.HandoverRepository;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.inspection.InspectionType;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.AccountabilityActionRepository;
import org.rectify.rectification.InstitutionChangeRepository;
import org.rectify.rectification.MoneyRecoveryRepository;
import org.rectify.rectification.ProgressNote;
import org.rectify.rectification.ProgressNoteRepository;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** 台账取数: the one place that reads the ledger (JPA) and copies it into a {@link LedgerSnapshot}. */
@Component
public class LedgerSnapshotAssembler {

  private final InspectionRepository inspections;
  private final FeedbackRepository feedbacks;
  private final MeasureRepository measures;
  private final ProgressNoteRepository notes;
  private final InstitutionChangeRepository institutions;
  private final MoneyRecoveryRepository money;
  private final AccountabilityActionRepository accountability;
  private final HandoverRepository handovers;

  LedgerSnapshotAssembler(
      InspectionRepository inspections,
      FeedbackRepository feedbacks,
      MeasureRepository measures,
      ProgressNoteRepository notes,
      InstitutionChangeRepository institutions,
      MoneyRecoveryRepository money,
      AccountabilityActionRepository accountability,
      HandoverRepository handovers) {
    this.inspections = inspections;
    this.feedbacks = feedbacks;
    this.measures = measures;
    this.notes = notes;
    this.institutions = institutions;
    this.money = money;
    this.accountability = accountability;
    this.handovers = handovers;
  }

  @Transactional(readOnly = true)
  public LedgerSnapshot snapshot(UUID inspectionId, LocalDate asOf) {
    Inspection inspection =
        inspections
            .findById(inspectionId)
            .orElseThrow(() -> new NotFoundException("巡视巡察不存在：" + inspectionId));
    Feedback feedback = feedbacks.findByInspectionId(inspectionId).orElse(null);
    List<AspectFacts> aspects = new ArrayList<>();
    if (feedback != null) {
      Map<UUID, List<Measure>> byFinding = new java.util.HashMap<>();
      List<UUID> measureIds = new ArrayList<>();
      for (Finding finding : feedback.allFindings()) {
        List<Measure> list = measures.findByFindingIdOrderByOrdinal(finding.getId());
        byFinding.put(finding.getId(), list);
        list.forEach(m -> measureIds.add(m.getId()));
      }
      Outputs outputs = new Outputs(measureIds);
      for (Aspect aspect : feedback.getAspects()) {
        List<FindingFacts> findings = new ArrayList<>();
        for (Finding finding : aspect.getFindings()) {
          List<FindingFacts> children =
              finding.getChildren().stream()
                  .map(child -> facts(child, List.of(), byFinding, outputs))
                  .toList();
          findings.add(facts(finding, children, byFinding, outputs));
        }
        aspects.add(new AspectFacts(aspect.getOrdinal(), aspect.getHeading(), findings));
      }
    }
    List<HandoverFacts> handed =
        handovers.findByInspectionIdOrderByKindAscOrdinalAsc(inspectionId).stream()
            .map(h -> new HandoverFacts(h.getKind(), h.getTitle(), h.getStatus(), List.of()))
            .toList();
    return new LedgerSnapshot(facts(inspection), aspects, handed, asOf);
  }

  private static InspectionFacts facts(Inspection inspection) {
    String type =
        inspection.getType() == InspectionType.SPECIAL && inspection.getSpecialTopic() != null
            ? inspection.getSpecialTopic() + inspection.getType().label()
            : inspection.getType().label();
    return new InspectionFacts(
        inspection.getLevel().label(),
        type,
        inspection.getRoundLabel(),
        inspection.getInspectingBody(),
        inspection.getInspectionTeam(),
        inspection.getInspectedOrganization(),
        inspection.getInspectedOrganizationShort(),
        inspection.getOnSiteStart(),
        inspection.getOnSiteEnd(),
        inspection.getFeedbackDate());
  }

  private FindingFacts facts(
      Finding finding,
      List<FindingFacts> children,
      Map<UUID, List<Measure>> byFinding,
      Outputs outputs) {
    List<MeasureFacts> measureFacts =
        byFinding.getOrDefault(finding.getId(), List.of()).stream()
            .map(
                m ->
                    new MeasureFacts(
                        m.getOrdinal(),
                        m.getText(),
                        m.getStatus(),
                        m.getDeadline(),
                        outputs.notes.getOrDefault(m.getId(), List.of()),
                        outputs.institutions.getOrDefault(m.getId(), List.of()),
                        outputs.money.getOrDefault(m.getId(), List.of()),
                        outputs.sanctions.getOrDefault(m.getId(), List.of())))
            .toList();
    return new FindingFacts(
        finding.getCode(),
        finding.getText(),
        finding.getDetail(),
        finding.getStatus(),
        finding.isPubliclyDisclosed(),
        finding.getNondisclosureReason(),
        children,
        measureFacts);
  }

  /** Everything hanging from the measures, loaded in one query per kind. */
  private final class Outputs {
    final Map<UUID, List<String>> notes;
    final Map<UUID, List<InstitutionFacts>> institutions;
    final Map<UUID, List<MoneyFacts>> money;
    final Map<UUID, List<SanctionFacts>> sanctions;

    Outputs(List<UUID> measureIds) {
      if (measureIds.isEmpty()) {
        notes = Map.of();
        institutions = Map.of();
        money = Map.of();
        sanctions = Map.of();
        return;
      }
      notes =
          LedgerSnapshotAssembler.this.notes.findByMeasureIdIn(measureIds).stream()
              .sorted(Comparator.comparing(ProgressNote::getCreatedAt))
              .collect(
                  Collectors.groupingBy(
                      n -> n.getMeasure().getId(),
                      Collectors.mapping(ProgressNote::getText, Collectors.toList())));
      institutions =
          LedgerSnapshotAssembler.this.institutions.findByMeasureIdIn(measureIds).stream()
              .collect(
                  Collectors.groupingBy(
                      i -> i.getMeasure().getId(),
                      Collectors.mapping(
                          i -> new InstitutionFacts(i.getAction(), i.getTitle()),
                          Collectors.toList())));
      money =
          LedgerSnapshotAssembler.this.money.findByMeasureIdIn(measureIds).stream()
              .collect(
                  Collectors.groupingBy(
                      r -> r.getMeasure().getId(),
                      Collectors.mapping(
                          r -> new MoneyFacts(r.getKind(), r.getAmount()), Collectors.toList())));
      sanctions =
          accountability.findByMeasureIdIn(measureIds).stream()
              .collect(
                  Collectors.groupingBy(
                      a -> a.getMeasure().getId(),
                      Collectors.mapping(
                          a -> new SanctionFacts(a.getSanction(), a.getPersonCount()),
                          Collectors.toList())));
    }
  }
}
