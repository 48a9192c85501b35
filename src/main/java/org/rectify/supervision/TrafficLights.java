package org.rectify.supervision;

import java.time.Clock;
import java.time.LocalDate;
import org.rectify.calendar.DeadlineCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The configured {@link TrafficLightRules} and today's date on the one clock. */
@Component
@EnableConfigurationProperties(SupervisionProperties.class)
public class TrafficLights {

  private final TrafficLightRules rules;
  private final SupervisionProperties properties;
  private final Clock clock;

  TrafficLights(DeadlineCalendar calendar, SupervisionProperties properties, Clock clock) {
    this.rules =
        new TrafficLightRules(
            calendar::isWorkingDay,
            properties.yellowWorkingDays(),
            properties.unansweredCallIsYellow());
    this.properties = properties;
    this.clock = clock;
  }

  public TrafficLightRules rules() {
    return rules;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  int trendWeeks() {
    return properties.trendWeeks();
  }
}
