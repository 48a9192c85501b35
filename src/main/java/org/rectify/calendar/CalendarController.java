package org.rectify.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which day it is for the product: forms check dates against the server's day, not the browser's.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "时限日历", description = "按配置时区（默认北京时间）计算的今天")
class CalendarController {

  private final DeadlineCalendar calendar;
  private final DeadlineProperties properties;

  CalendarController(DeadlineCalendar calendar, DeadlineProperties properties) {
    this.calendar = calendar;
    this.properties = properties;
  }

  /** Today and the zone deadlines are counted in. */
  record Today(LocalDate today, String zone) {}

  @GetMapping("/today")
  @Operation(summary = "今天（按 rectify.deadlines.zone，默认北京时间）")
  Today today() {
    return new Today(calendar.today(), properties.zone().getId());
  }
}
