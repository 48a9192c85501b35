package org.rectify.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rectify.inspection.InspectionLevel;

class ReportDeadlinesTest {

  @Test
  void countsTheConfiguredPeriodFromTheFeedbackDatePerLevel() {
    ReportDeadlines deadlines = new ReportDeadlines("P2M", "P45D");

    assertThat(deadlines.reportDue(InspectionLevel.PROVINCIAL, LocalDate.of(2025, 8, 22)))
        .isEqualTo(LocalDate.of(2025, 10, 22));
    assertThat(deadlines.reportDue(InspectionLevel.MUNICIPAL, LocalDate.of(2025, 8, 22)))
        .isEqualTo(LocalDate.of(2025, 10, 6));
  }

  @Test
  void endsAMonthBasedDeadlineOnTheLastDayOfAShorterMonth() {
    assertThat(
            new ReportDeadlines("P1M", "P1M")
                .reportDue(InspectionLevel.PROVINCIAL, LocalDate.of(2025, 1, 31)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void refusesAPeriodThatIsNotIsoOrNotPositiveNamingTheKey() {
    assertThatThrownBy(() -> new ReportDeadlines("two months", "P2M"))
        .hasMessageContaining("rectify.deadlines.report.provincial")
        .hasMessageContaining("two months");
    assertThatThrownBy(() -> new ReportDeadlines("P2M", "P0D"))
        .hasMessageContaining("rectify.deadlines.report.municipal");
  }
}
