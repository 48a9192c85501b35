package org.rectify.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 督查督办台配置 ({@code rectify.supervision.*}).
 *
 * @param yellowWorkingDays a measure turns yellow when its deadline lies within this many working
 *     days (default 3)
 * @param unansweredCallIsYellow a 调度 progress call not yet answered by a progress note turns the
 *     measure yellow (default true)
 * @param trendWeeks how many weeks the trend chart shows, the current week included (default 8)
 */
@ConfigurationProperties("rectify.supervision")
public record SupervisionProperties(
    Integer yellowWorkingDays, Boolean unansweredCallIsYellow, Integer trendWeeks) {

  public SupervisionProperties {
    yellowWorkingDays = yellowWorkingDays == null ? 3 : yellowWorkingDays;
    unansweredCallIsYellow = unansweredCallIsYellow == null || unansweredCallIsYellow;
    trendWeeks = trendWeeks == null ? 8 : trendWeeks;
    if (yellowWorkingDays < 0) {
      throw new IllegalArgumentException("rectify.supervision.yellow-working-days 不能为负数");
    }
    if (trendWeeks < 1 || trendWeeks > 104) {
      throw new IllegalArgumentException("rectify.supervision.trend-weeks 应在 1 到 104 之间");
    }
  }
}
