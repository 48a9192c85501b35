package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.LedgerSnapshot.AspectFacts;
import org.rectify.bulletin.LedgerSnapshot.FindingFacts;
import org.rectify.bulletin.LedgerSnapshot.MeasureFacts;
import org.rectify.feedback.FindingStatus;
import org.rectify.plan.MeasureStatus;

class LedgerFiguresTest {

  @Test
  void measuresEndedByTheirFindingsDirectiveClosureAreNeitherOpenNorCarriedOut() {
    FindingFacts signedOff =
        SampleLedgers.finding(
            "1",
            "问题一",
            FindingStatus.COMPLETED,
            true,
            List.of(),
            List.of(measure(1, MeasureStatus.COMPLETED)));
    FindingFacts closedByDirective =
        SampleLedgers.finding(
            "2",
            "问题二",
            FindingStatus.CLOSED_BY_DIRECTIVE,
            true,
            List.of(),
            List.of(
                measure(1, MeasureStatus.COMPLETED),
                measure(2, MeasureStatus.CLOSED_BY_DIRECTIVE)));
    FindingFacts inProgress =
        SampleLedgers.finding(
            "3",
            "问题三",
            FindingStatus.IN_PROGRESS,
            true,
            List.of(),
            List.of(measure(1, MeasureStatus.IN_PROGRESS)));
    LedgerSnapshot snapshot =
        new LedgerSnapshot(
            SampleLedgers.INSPECTION,
            List.of(new AspectFacts(1, "方面一", List.of(signedOff, closedByDirective, inProgress))),
            List.of(),
            LocalDate.of(2026, 11, 22));

    Map<String, Object> figures = LedgerFigures.compute(snapshot);

    assertThat(figures)
        .containsEntry("measures", 4)
        .containsEntry("measuresCompleted", 2)
        .containsEntry("measuresClosedByDirective", 1)
        .containsEntry("measuresOpen", 1)
        .containsEntry("findingsClosedByDirective", 1);
  }

  private static MeasureFacts measure(int ordinal, MeasureStatus status) {
    return new MeasureFacts(
        ordinal,
        "措施" + ordinal,
        status,
        LocalDate.of(2026, 12, 31),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
