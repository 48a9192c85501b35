package org.rectify.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Job acquisition on a table with many future timers: an index on {@code ACT_RU_JOB(DUEDATE_)}
 * (Camunda 7.24 ships none) so that the acquisition query ({@code DUEDATE_ <= now}, ordered by due
 * date, see {@code jobExecutorAcquireByDueDate} and {@code ensureJobDueDateNotNull} in
 * application.yaml) reads the due jobs instead of scanning every pending reminder.
 *
 * <p>Camunda creates its tables when the engine starts, after Flyway, so the index is created here,
 * once the engine (a constructor argument) has built its schema. Idempotent on H2 and PostgreSQL;
 * when two nodes start at once and both try, the loser finds the winner's index.
 *
 * <p>Jobs written before {@code ensureJobDueDateNotNull} was on may have no due date, which the
 * acquisition would now skip; they meant "due now" and get that date.
 */
@Component
class JobDueDateIndex implements InitializingBean {

  static final String INDEX = "rectify_act_ru_job_duedate";

  private static final Logger log = LoggerFactory.getLogger(JobDueDateIndex.class);

  private final DataSource dataSource;
  private final String table;

  JobDueDateIndex(ProcessEngine engine, DataSource dataSource) {
    this.dataSource = dataSource;
    this.table =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDatabaseTablePrefix()
            + "ACT_RU_JOB";
  }

  @Override
  public void afterPropertiesSet() throws SQLException {
    ensure(dataSource, table);
  }

  static void ensure(DataSource dataSource, String table) throws SQLException {
    String create = "create index if not exists " + INDEX + " on " + table + " (DUEDATE_)";
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (Statement sql = connection.createStatement()) {
        try {
          sql.execute(create);
        } catch (SQLException raced) {
          // Another node created it in the same moment (PostgreSQL reports a duplicate name).
          log.info("Index {} was being created elsewhere; checking again", INDEX);
          sql.execute(create);
        }
        int backfilled =
            sql.executeUpdate(
                "update " + table + " set DUEDATE_ = CURRENT_TIMESTAMP where DUEDATE_ is null");
        if (backfilled > 0) {
          log.info("{} jobs without a due date are now due at once", backfilled);
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}
