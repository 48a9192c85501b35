package org.rectify.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.LedgerFigures;
import org.rectify.feedback.FindingSource;
import org.rectify.feedback.FindingStatus;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.ledger.Ledger.AspectEntry;
import org.rectify.ledger.Ledger.FindingEntry;
import org.rectify.ledger.Ledger.InspectionEntry;
import org.rectify.ledger.Ledger.MeasureEntry;
import org.rectify.ledger.Ledger.Totals;
import org.rectify.ledger.Ledger.UnitRef;
import org.rectify.organization.OfficialRole;
import org.rectify.plan.MeasureStatus;
import org.rectify.plan.Term;
import org.rectify.security.Viewer;

/**
 * The ledger model on its own: one definition of a leaf finding and of the totals, the same in the
 * ledger page's and the bulletin's projections, and a unit's part of it.
 */
class LedgerTest {

  private static final UnitRef FIRST = new UnitRef(UUID.randomUUID(), "u1", "第一科");
  private static final UnitRef SECOND = new UnitRef(UUID.randomUUID(), "u2", "第二科");
  private static final LocalDate DAY = LocalDate.of(2025, 12, 1);

  /**
   * 1.1 (第一科: two measures carried out) 已完成整改; 1.2 with 1.2.1 (第一科: one measure overdue) 正在整改 and
   * 1.2.2 (第二科: one long-term measure carried out) 已完成并长期坚持; 2.1 (第二科: one measure open, one
   * carried out) 正在整改; 2.2 (第一科: its measure ended by the notice) 已作销号处理.
   */
  private static Ledger variedLedger() {
    FindingEntry f11 =
        finding(
            "1.1",
            FindingStatus.COMPLETED,
            FIRST,
            List.of(
                measure(1, FIRST, MeasureStatus.COMPLETED, false),
                measure(2, FIRST, MeasureStatus.COMPLETED, false)),
            List.of());
    FindingEntry f121 =
        finding(
            "1.2.1",
            FindingStatus.IN_PROGRESS,
            FIRST,
            List.of(measure(1, FIRST, MeasureStatus.IN_PROGRESS, true)),
            List.of());
    FindingEntry f122 =
        finding(
            "1.2.2",
            FindingStatus.COMPLETED_ONGOING,
            SECOND,
            List.of(measure(1, SECOND, MeasureStatus.COMPLETED_ONGOING, false)),
            List.of());
    FindingEntry f12 =
        finding("1.2", FindingStatus.NOT_STARTED, null, List.of(), List.of(f121, f122));
    FindingEntry f21 =
        finding(
            "2.1",
            FindingStatus.IN_PROGRESS,
            SECOND,
            List.of(
                measure(1, SECOND, MeasureStatus.IN_PROGRESS, false),
                measure(2, SECOND, MeasureStatus.COMPLETED, false)),
            List.of());
    FindingEntry f22 =
        finding(
            "2.2",
            FindingStatus.CLOSED_BY_DIRECTIVE,
            FIRST,
            List.of(measure(1, FIRST, MeasureStatus.CLOSED_BY_DIRECTIVE, false)),
            List.of());
    return new Ledger(
        new InspectionEntry(
            UUID.randomUUID(),
            InspectionLevel.MUNICIPAL,
            InspectionType.REGULAR,
            null,
            null,
            "区委",
            "区委第一巡察组",
            "中共某某局党组",
            null,
            null,
            null,
            LocalDate.of(2025, 8, 22),
            List.of()),
        "反馈意见摘要",
        List.of(
            new AspectEntry(1, "理论学习方面", null, List.of(f11, f12)),
            new AspectEntry(2, "作风建设方面", null, List.of(f21, f22))),
        List.of(),
        List.of());
  }

  @Test
  void leafFindingsAreCountedThroughTheirSubFindingsAndMeasuresOnEveryFinding() {
    assertThat(variedLedger().totals()).isEqualTo(new Totals(5, 3, 7, 4, 1));
  }

  @Test
  void theLedgerPageAndTheBulletinCountTheSameLedgerAlike() {
    Ledger ledger = variedLedger();

    LedgerView page = LedgerService.view(ledger);
    Map<String, Object> figures = LedgerFigures.compute(BulletinSnapshots.of(ledger, DAY));

    assertThat(page.totals()).isEqualTo(new Totals(5, 3, 7, 4, 1));
    assertThat(figures)
        .containsEntry("findings", 5)
        .containsEntry("findingsFinished", 3)
        .containsEntry("measures", 7)
        .containsEntry("measuresCompleted", 4);
  }

  @Test
  void aChangedStatusChangesThePageAndTheBulletinAlike() {
    Ledger ledger = variedLedger();
    AspectEntry second = ledger.aspects().get(1);
    Ledger changed =
        new Ledger(
            ledger.inspection(),
            ledger.summary(),
            List.of(
                ledger.aspects().get(0),
                new AspectEntry(
                    2,
                    second.heading(),
                    null,
                    List.of(
                        second.findings().get(0).withStatus(FindingStatus.COMPLETED),
                        second.findings().get(1)))),
            List.of(),
            List.of());

    assertThat(LedgerService.view(changed).totals()).isEqualTo(new Totals(5, 4, 7, 4, 1));
    assertThat(LedgerFigures.compute(BulletinSnapshots.of(changed, DAY)))
        .containsEntry("findingsFinished", 4)
        .containsEntry("findingsOpen", 1);
  }

  @Test
  void aUnitSeesItsLeafFindingsUnderTheirParentAndCountsOnlyThose() {
    Viewer first = new Viewer("t-unit-a", OfficialRole.UNIT, FIRST.id());

    Ledger part = variedLedger().visibleTo(first);

    assertThat(part.allFindings())
        .extracting(FindingEntry::code)
        .containsExactly("1.1", "1.2", "1.2.1", "2.2");
    assertThat(part.totals()).isEqualTo(new Totals(3, 2, 4, 2, 1));
  }

  @Test
  void aParentFindingWhoseSubFindingsAreAllAnotherUnitsIsNotCountedAsALeafOfThisUnit() {
    Viewer second = new Viewer("t-unit-b", OfficialRole.UNIT, SECOND.id());

    Ledger part = variedLedger().visibleTo(second);

    assertThat(part.allFindings())
        .extracting(FindingEntry::code)
        .containsExactly("1.2", "1.2.2", "2.1");
    assertThat(part.totals()).isEqualTo(new Totals(2, 1, 3, 2, 0));
  }

  private static FindingEntry finding(
      String code,
      FindingStatus status,
      UnitRef unit,
      List<MeasureEntry> measures,
      List<FindingEntry> children) {
    return new FindingEntry(
        UUID.randomUUID(),
        code,
        "【" + code + "】问题",
        "方面",
        "问题" + code,
        null,
        FindingSource.FEEDBACK,
        status,
        unit,
        null,
        true,
        null,
        null,
        null,
        measures,
        children);
  }

  private static MeasureEntry measure(
      int ordinal, UnitRef unit, MeasureStatus status, boolean overdue) {
    return new MeasureEntry(
        UUID.randomUUID(),
        ordinal,
        "措施" + ordinal,
        List.of(unit),
        "张三",
        null,
        LocalDate.of(2025, 11, 30),
        Term.TIME_BOUND,
        status,
        overdue,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
