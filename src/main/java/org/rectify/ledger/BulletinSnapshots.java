package org.rectify.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rectify.bulletin.LedgerSnapshot;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.HandoverFacts;
import org.rectify.bulletin.LedgerSnapshot.InspectionFacts;
import org.rectify.bulletin.LedgerSnapshot.InstitutionFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.bulletin.LedgerSnapshot.MoneyFacts;
import org.rectify.bulletin.LedgerSnapshot.SanctionFacts;
import org.rectify.bulletin.LedgerSnapshotSource;
import org.rectify.inspection.InspectionType;
import org.rectify.ledger.Ledger.FindingEntry;
import org.rectify.ledger.Ledger.InspectionEntry;
import org.rectify.ledger.Ledger.MeasureEntry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bulletin's projection of the {@link Ledger}: the whole ledger as a {@link LedgerSnapshot}.
 */
@Component
class BulletinSnapshots implements LedgerSnapshotSource {

  private final LedgerReader reader;

  BulletinSnapshots(LedgerReader reader) {
    this.reader = reader;
  }

  @Override
  @Transactional(readOnly = true)
  public LedgerSnapshot snapshot(UUID inspectionId, LocalDate asOf) {
    return of(reader.read(inspectionId), asOf);
  }

  static LedgerSnapshot of(Ledger ledger, LocalDate asOf) {
    return new LedgerSnapshot(
        facts(ledger.inspection()),
        ledger.aspects().stream()
            .map(
                a ->
                    new AspectFacts(
                        a.ordinal(),
                        a.heading(),
                        a.findings().stream().map(BulletinSnapshots::facts).toList()))
            .toList(),
        ledger.handovers().stream()
            .map(h -> new HandoverFacts(h.kind(), h.title(), h.status(), List.of()))
            .toList(),
        asOf);
  }

  private static InspectionFacts facts(InspectionEntry inspection) {
    String type =
        inspection.type() == InspectionType.SPECIAL && inspection.specialTopic() != null
            ? inspection.specialTopic() + inspection.type().label()
            : inspection.type().label();
    return new InspectionFacts(
        inspection.level().label(),
        type,
        inspection.roundLabel(),
        inspection.inspectingBody(),
        inspection.inspectionTeam(),
        inspection.inspectedOrganization(),
        inspection.inspectedOrganizationShort(),
        inspection.onSiteStart(),
        inspection.onSiteEnd(),
        inspection.feedbackDate());
  }

  private static FindingFacts facts(FindingEntry finding) {
    return new FindingFacts(
        finding.code(),
        finding.text(),
        finding.detail(),
        finding.status(),
        finding.publiclyDisclosed(),
        finding.nondisclosureReason(),
        finding.children().stream().map(BulletinSnapshots::facts).toList(),
        finding.measures().stream().map(BulletinSnapshots::facts).toList());
  }

  private static MeasureFacts facts(MeasureEntry m) {
    return new MeasureFacts(
        m.ordinal(),
        m.text(),
        m.status(),
        m.deadline(),
        m.progress().stream().map(Ledger.NoteEntry::text).toList(),
        m.institutions().stream().map(i -> new InstitutionFacts(i.action(), i.title())).toList(),
        m.money().stream().map(x -> new MoneyFacts(x.kind(), x.amount())).toList(),
        m.sanctions().stream().map(s -> new SanctionFacts(s.sanction(), s.personCount())).toList());
  }
}
