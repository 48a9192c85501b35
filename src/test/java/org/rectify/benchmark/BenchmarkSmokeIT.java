package org.rectify.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark harness at tiny sizes, so that it keeps working: every measurement runs and its
 * checks hold (each reminder fired exactly once, every campaign's measures running). Timing never
 * decides whether this passes.
 */
@PostgresIntegrationTest
class BenchmarkSmokeIT {

  @Autowired ConfigurableApplicationContext app;
  @LocalServerPort int port;

  @Test
  void theHarnessRunsEveryMeasurementAtTinySizesAndWritesACompleteTable() throws Exception {
    String page = RectifyBenchmark.measure(RectifyBenchmark.TINY, app, port);

    assertThat(page)
        .contains(
            "## Goals",
            "## 1. Campaign start",
            "## 2. Timer burst",
            "## 3. Supervisor queries",
            "Tasklist filter 全部逾期",
            "## 4. Bulletins",
            "## 5. Database footprint",
            "## 6. Public site",
            "Camunda 7.24")
        .doesNotContain("NaN");
  }
}
