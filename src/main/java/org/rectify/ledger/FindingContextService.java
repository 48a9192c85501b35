package org.rectify.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rectify.ledger.FindingContext.ApplicationContext;
import org.rectify.ledger.FindingContext.CloseOutContext;
import org.rectify.ledger.FindingContext.ExtensionContext;
import org.rectify.ledger.FindingContext.HandoverContext;
import org.rectify.ledger.FindingContext.MeasureContext;
import org.rectify.ledger.FindingContext.NoticeContext;
import org.rectify.ledger.FindingContext.ReturnContext;
import org.rectify.ledger.Ledger.FindingEntry;
import org.rectify.ledger.Ledger.MeasureEntry;
import org.rectify.ledger.Ledger.UnitRef;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.rectify.personnel.PersonnelHandover;
import org.rectify.personnel.PersonnelHandoverRepository;
import org.rectify.personnel.ResponsibilityChangeRepository;
import org.rectify.rectification.ExtensionRequestRepository;
import org.rectify.review.ReviewReturnRepository;
import org.rectify.security.Viewer;
import org.rectify.supervision.SupervisionNoticeRepository;
import org.rectify.verification.CloseOutApplicationRepository;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the {@link FindingContext} of one finding for a viewer; unit staff see only their unit's.
 * The finding, its measures, progress, evidence and close-out come from the {@link LedgerReader};
 * what only the forms show (applications, returns, extension requests, 督办, 工作交接) is read here.
 */
@Service
public class FindingContextService {

  private final LedgerReader reader;
  private final ExtensionRequestRepository extensions;
  private final SupervisionNoticeRepository notices;
  private final CloseOutApplicationRepository applications;
  private final ReviewReturnRepository returns;
  private final OfficialRepository officials;
  private final ResponsibilityChangeRepository responsibilityChanges;
  private final PersonnelHandoverRepository handovers;

  public FindingContextService(
      LedgerReader reader,
      ExtensionRequestRepository extensions,
      SupervisionNoticeRepository notices,
      CloseOutApplicationRepository applications,
      ReviewReturnRepository returns,
      OfficialRepository officials,
      ResponsibilityChangeRepository responsibilityChanges,
      PersonnelHandoverRepository handovers) {
    this.reader = reader;
    this.extensions = extensions;
    this.notices = notices;
    this.applications = applications;
    this.returns = returns;
    this.officials = officials;
    this.responsibilityChanges = responsibilityChanges;
    this.handovers = handovers;
  }

  @Transactional(readOnly = true)
  public FindingContext of(UUID findingId, Viewer viewer) {
    FindingEntry finding =
        reader
            .finding(findingId)
            .filter(f -> viewer.maySee(f.unit() == null ? null : f.unit().id()))
            .orElseThrow(() -> new NotFoundException("未找到问题：" + findingId));
    FindingContext context =
        new FindingContext(
            finding.id(),
            finding.code(),
            finding.label(),
            finding.aspect(),
            finding.text(),
            finding.detail(),
            finding.source().label(),
            finding.status().name(),
            finding.status().label(),
            finding.unit() == null ? null : finding.unit().code(),
            finding.unit() == null ? null : finding.unit().name(),
            finding.lead() == null ? null : finding.lead().username(),
            finding.reopenedFromId(),
            measures(finding.measures()),
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
            finding.closeOut() == null
                ? null
                : new CloseOutContext(
                    finding.closeOut().mode().name(),
                    finding.closeOut().mode().label(),
                    finding.closeOut().closedOn(),
                    finding.closeOut().closedBy(),
                    finding.closeOut().directiveTitle(),
                    finding.closeOut().directiveDocumentNumber()),
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

  /** The finding's measures with their extension requests and 督办 notices, two queries in all. */
  private List<MeasureContext> measures(List<MeasureEntry> entries) {
    List<UUID> ids = entries.stream().map(MeasureEntry::id).toList();
    Map<UUID, List<ExtensionContext>> extensionsOf = new HashMap<>();
    for (var x : extensions.findByMeasureIdInOrderByRequestedAt(ids)) {
      extensionsOf
          .computeIfAbsent(x.getMeasure().getId(), k -> new ArrayList<>())
          .add(
              new ExtensionContext(
                  x.getId(),
                  x.getCurrentDeadline(),
                  x.getRequestedDeadline(),
                  x.getReason(),
                  x.getRequestedBy(),
                  x.getStatus().name(),
                  x.getStatus().label(),
                  x.getDecisionReason(),
                  x.getDecidedBy()));
    }
    Map<UUID, List<NoticeContext>> noticesOf = new HashMap<>();
    for (var n : notices.findByMeasureIdInOrderByIssuedAt(ids)) {
      noticesOf
          .computeIfAbsent(n.getMeasureId(), k -> new ArrayList<>())
          .add(new NoticeContext(n.getText(), n.getIssuedBy(), n.getIssuedAt()));
    }
    return entries.stream()
        .map(
            m ->
                new MeasureContext(
                    m.id(),
                    m.ordinal(),
                    m.text(),
                    m.units().stream().map(UnitRef::name).toList(),
                    m.responsiblePerson(),
                    m.deadline(),
                    m.term().name(),
                    m.term().label(),
                    m.status().name(),
                    m.status().label(),
                    m.overdue(),
                    m.completedOn(),
                    m.progress(),
                    m.evidence(),
                    extensionsOf.getOrDefault(m.id(), List.of()),
                    noticesOf.getOrDefault(m.id(), List.of())))
        .toList();
  }
}
