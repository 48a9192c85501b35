package org.rectify.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.rectify.assignment.AssignmentService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The job executor as application.yaml tunes it, on PostgreSQL (README "Operations"). */
@PostgresIntegrationTest
class JobExecutorSettingsIT {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired AssignmentService assignments;

  @Test
  void anOfficialsStepThatCollidesWithAJobIsRetriedNotFailed() {
    assertThat(((Advised) assignments).getAdvisors())
        .anySatisfy(
            advisor ->
                assertThat(advisor.getAdvice().toString()).contains("RetryOnEngineConflict"));
  }

  @Test
  void theJobTableHasItsDueDateIndexAfterTheEngineBuiltItsSchema() {
    assertThat(
            jdbc.queryForList(
                "select indexdef from pg_indexes where tablename = 'act_ru_job' and indexname = ?",
                String.class,
                JobDueDateIndex.INDEX))
        .singleElement()
        .asString()
        .containsIgnoringCase("(duedate_)");
  }

  @Test
  void jobsAreAcquiredByDueDateLockedForTwoMinutesAndRetriedOnACycleBeforeAnIncident() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("PT10S,PT5M");
    assertThat(configuration.getJobExecutor().getLockTimeInMillis()).isEqualTo(120_000);
    assertThat(configuration.getJobExecutor().getMaxJobsPerAcquisition()).isEqualTo(3);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_job where duedate_ is null", Integer.class))
        .isZero();
  }
}
