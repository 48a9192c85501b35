package org.rectify.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The index on the jobs' due date, on H2 (the default profile); PostgreSQL: JobExecutorSettingsIT.
 */
class JobDueDateIndexTest {

  @Test
  void createsTheDueDateIndexOnceAndGivesUndatedJobsADueDate() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:job-due-date-index;DB_CLOSE_DELAY=-1");
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("create table ACT_RU_JOB (ID_ varchar(64) primary key, DUEDATE_ timestamp)");
      sql.execute(
          "insert into ACT_RU_JOB values ('async', null), ('timer', timestamp '2030-01-01"
              + " 00:00:00')");

      JobDueDateIndex.ensure(dataSource, "ACT_RU_JOB");
      JobDueDateIndex.ensure(dataSource, "ACT_RU_JOB");

      assertThat(
              count(
                  sql,
                  "select count(*) from INFORMATION_SCHEMA.INDEXES where INDEX_NAME = '"
                      + JobDueDateIndex.INDEX.toUpperCase()
                      + "'"))
          .isEqualTo(1);
      assertThat(count(sql, "select count(*) from ACT_RU_JOB where DUEDATE_ is null")).isZero();
      assertThat(
              count(
                  sql,
                  "select count(*) from ACT_RU_JOB where ID_ = 'timer'"
                      + " and DUEDATE_ = timestamp '2030-01-01 00:00:00'"))
          .isEqualTo(1);
    }
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }
}
