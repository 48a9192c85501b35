package org.rectify.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 督查督办台 as one screen: the same figures the page shows, the JSON API returns and the Excel export
 * writes.
 */
public record DeskScreen(
    LocalDate today,
    DeskFilter filter,
    Counts total,
    List<UnitRow> units,
    List<LeadRow> leadOfficials,
    List<InspectionRow> inspections,
    MeasurePage measures,
    List<TrendWeek> trend,
    Options options) {

  /** What the filter's drop-downs offer. */
  public record Options(List<Option> inspections, List<Option> units, List<Option> leadOfficials) {}

  /** One choice of a drop-down: the value to send and its Chinese name. */
  public record Option(String value, String name) {}

  /**
   * 措施数、已完成、正在落实、黄灯、红灯; completion rate = done ÷ (measures − 已作销号处理), on-time rate = done by the
   * (current) deadline ÷ done; both null when there is nothing to divide by.
   */
  public record Counts(
      long measures,
      long done,
      long inProgress,
      long yellow,
      long red,
      long doneOnTime,
      long closedByDirective,
      Double completionRate,
      Double onTimeRate,
      TrafficLight light) {

    static Counts of(
        long measures, long done, long open, long yellow, long red, long onTime, long directive) {
      long countable = measures - directive;
      TrafficLight light =
          red > 0
              ? TrafficLight.RED
              : yellow > 0
                  ? TrafficLight.YELLOW
                  : open > 0 ? TrafficLight.GREEN : TrafficLight.GREY;
      return new Counts(
          measures,
          done,
          open,
          yellow,
          red,
          onTime,
          directive,
          countable == 0 ? null : rate(done, countable),
          done == 0 ? null : rate(onTime, done),
          light);
    }

    private static double rate(long part, long whole) {
      return Math.round(part * 1000.0 / whole) / 10.0;
    }
  }

  /** One responsible unit's row. */
  public record UnitRow(UUID unitId, String code, String name, Counts counts) {}

  /** One lead official's (责任领导) row. */
  public record LeadRow(String username, String name, Counts counts) {}

  /**
   * One inspection against its report deadline (整改报告时限): working days left, negative once it has
   * passed.
   */
  public record InspectionRow(
      UUID inspectionId,
      String name,
      LocalDate feedbackDate,
      LocalDate reportDue,
      int workingDaysToReport,
      Counts counts) {}

  /** A page of the measure list (sorted by deadline: the most working days overdue first). */
  public record MeasurePage(
      TrafficLight light, int page, int pageSize, long total, List<MeasureRow> rows) {}

  /** One measure on the list; {@code urgeable} while it is being carried out (正在落实). */
  public record MeasureRow(
      UUID measureId,
      UUID findingId,
      UUID inspectionId,
      String code,
      String text,
      String units,
      String responsiblePerson,
      String leadOfficial,
      String term,
      String status,
      LocalDate deadline,
      TrafficLight light,
      String lightLabel,
      int workingDaysOverdue,
      int workingDaysLeft,
      boolean progressCallUnanswered,
      LocalDate lastUrgedOn,
      String taskLink,
      boolean urgeable) {}

  /** One week (Monday to Sunday) of the trend chart: measures completed in it, and due in it. */
  public record TrendWeek(LocalDate weekStart, long completed, long due) {}
}
