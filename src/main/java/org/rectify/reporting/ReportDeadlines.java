package org.rectify.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.rectify.inspection.InspectionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 整改报告时限: when the office must compile the rectification report (and may issue a stage bulletin),
 * counted from the feedback date — by default two months for 巡视 and for 巡察, each configurable as an
 * ISO period ({@code rectify.deadlines.report.provincial}, {@code …municipal}).
 */
@Component
public class ReportDeadlines {

  private final Period provincial;
  private final Period municipal;

  public ReportDeadlines(
      @Value("${rectify.deadlines.report.provincial:P2M}") String provincial,
      @Value("${rectify.deadlines.report.municipal:P2M}") String municipal) {
    this.provincial = parse("rectify.deadlines.report.provincial", provincial);
    this.municipal = parse("rectify.deadlines.report.municipal", municipal);
  }

  /**
   * The report's due date for an inspection of this level whose feedback was handed over that day.
   */
  public LocalDate reportDue(InspectionLevel level, LocalDate feedbackDate) {
    return feedbackDate.plus(level == InspectionLevel.PROVINCIAL ? provincial : municipal);
  }

  private static Period parse(String key, String value) {
    try {
      Period period = Period.parse(value.strip());
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("配置项 " + key + " 必须是正的期间，例如 P2M：" + value);
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("配置项 " + key + " 不是 ISO 期间（例如 P2M、P45D）：" + value, e);
    }
  }
}
