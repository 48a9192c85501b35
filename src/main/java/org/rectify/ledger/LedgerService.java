package org.rectify.ledger;

import java.util.List;
import java.util.UUID;
import org.rectify.inspection.InspectionRepository;
import org.rectify.ledger.Ledger.AspectEntry;
import org.rectify.ledger.Ledger.FindingEntry;
import org.rectify.ledger.Ledger.InspectionEntry;
import org.rectify.ledger.Ledger.MeasureEntry;
import org.rectify.ledger.LedgerView.AspectView;
import org.rectify.ledger.LedgerView.CloseOutView;
import org.rectify.ledger.LedgerView.FindingView;
import org.rectify.ledger.LedgerView.HandoverView;
import org.rectify.ledger.LedgerView.InspectionView;
import org.rectify.ledger.LedgerView.InstitutionView;
import org.rectify.ledger.LedgerView.MeasureView;
import org.rectify.ledger.LedgerView.MoneyView;
import org.rectify.ledger.LedgerView.Outputs;
import org.rectify.ledger.LedgerView.SanctionView;
import org.rectify.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger page's JSON: the {@link Ledger} of an inspection, limited to what the viewer may see
 * ({@link Ledger#visibleTo}), with its {@link Ledger#totals()}.
 */
@Service
public class LedgerService {

  private final InspectionRepository inspections;
  private final LedgerReader reader;

  LedgerService(InspectionRepository inspections, LedgerReader reader) {
    this.inspections = inspections;
    this.reader = reader;
  }

  @Transactional(readOnly = true)
  public List<InspectionView> list() {
    return inspections.findAllByOrderByFeedbackDateDesc().stream()
        .map(i -> view(LedgerReader.entry(i)))
        .toList();
  }

  @Transactional(readOnly = true)
  public LedgerView read(UUID inspectionId, Viewer viewer) {
    return view(reader.read(inspectionId).visibleTo(viewer));
  }

  /** The ledger page's projection of a (viewer's part of a) ledger. */
  static LedgerView view(Ledger ledger) {
    List<AspectView> aspects =
        ledger.aspects().stream()
            .map(
                (AspectEntry a) ->
                    new AspectView(
                        a.ordinal(),
                        a.heading(),
                        a.track(),
                        a.findings().stream().map(LedgerService::view).toList()))
            .toList();
    List<HandoverView> handovers =
        ledger.handovers().stream()
            .map(
                h ->
                    new HandoverView(
                        h.id(),
                        h.kind().name(),
                        h.kind().label(),
                        h.ordinal(),
                        h.title(),
                        h.status().name(),
                        h.status().label(),
                        h.result()))
            .toList();
    return new LedgerView(
        view(ledger.inspection()), aspects, ledger.suggestions(), handovers, ledger.totals());
  }

  private static FindingView view(FindingEntry f) {
    var closeOut = f.closeOut();
    return new FindingView(
        f.id(),
        f.code(),
        f.text(),
        f.detail(),
        f.source().name(),
        f.status().name(),
        f.status().label(),
        f.unit() == null ? null : f.unit().code(),
        f.unit() == null ? null : f.unit().name(),
        f.lead() == null ? null : f.lead().username(),
        f.lead() == null ? null : f.lead().displayName(),
        f.publiclyDisclosed(),
        f.nondisclosureReason(),
        closeOut == null
            ? null
            : new CloseOutView(
                closeOut.mode().name(),
                closeOut.closedOn(),
                closeOut.closedBy(),
                closeOut.directiveTitle(),
                closeOut.directiveDocumentNumber()),
        f.measures().stream().map(LedgerService::view).toList(),
        f.children().stream().map(LedgerService::view).toList());
  }

  private static MeasureView view(MeasureEntry m) {
    return new MeasureView(
        m.id(),
        m.ordinal(),
        m.text(),
        m.units().stream().map(Ledger.UnitRef::code).toList(),
        m.responsiblePerson(),
        m.leadOfficial(),
        m.deadline(),
        m.term().name(),
        m.term().label(),
        m.status().name(),
        m.status().label(),
        m.overdue(),
        m.completedOn(),
        m.progress(),
        m.evidence(),
        new Outputs(
            m.institutions().stream()
                .map(
                    i ->
                        new InstitutionView(
                            i.action().name(), i.title(), i.documentNumber(), i.issuedOn()))
                .toList(),
            m.money().stream()
                .map(x -> new MoneyView(x.kind().name(), x.amount(), x.note()))
                .toList(),
            m.sanctions().stream()
                .map(
                    s ->
                        new SanctionView(
                            s.sanction().name(), s.sanction().label(), s.personCount(), s.note()))
                .toList()));
  }

  private static InspectionView view(InspectionEntry inspection) {
    return new InspectionView(
        inspection.id(),
        inspection.level().name(),
        inspection.type().name(),
        inspection.roundLabel(),
        inspection.specialTopic(),
        inspection.inspectingBody(),
        inspection.inspectionTeam(),
        inspection.inspectedOrganization(),
        inspection.inspectedOrganizationShort(),
        inspection.onSiteStart(),
        inspection.onSiteEnd(),
        inspection.feedbackDate(),
        inspection.tracks());
  }
}
