package org.rectify.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * Gives every test JVM its own PostgreSQL database on {@link TestPostgres}'s server: created when
 * the JUnit session opens, dropped when it closes, published as {@code RECTIFY_DB_URL} for the
 * {@code postgres} profile. Fails the run, with instructions, when no server can be reached or
 * started: the integration tests never skip silently.
 */
public class PostgresTestDatabase implements LauncherSessionListener {

  private static final String PREFIX = "rectify_it_";
  private static final Duration STALE_AFTER = Duration.ofHours(3);

  private String database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    database =
        PREFIX
            + Instant.now().getEpochSecond()
            + "_"
            + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    TestPostgres.Server server = TestPostgres.server();
    try (Connection admin = server.admin();
        Statement sql = admin.createStatement()) {
      dropStale(admin);
      sql.execute("create database " + database + " encoding 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is not reachable at "
              + server.url("postgres")
              + " as user "
              + server.user()
              + " ("
              + server.origin()
              + ": "
              + e.getMessage()
              + "). Start it with 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql)"
              + " main start' (or 'bash .ci/run', which installs and starts it), or point the tests"
              + " elsewhere with RECTIFY_TEST_DB_HOST, RECTIFY_TEST_DB_PORT, RECTIFY_TEST_DB_USER and"
              + " RECTIFY_TEST_DB_PASSWORD.",
          e);
    }
    System.setProperty("RECTIFY_DB_URL", server.url(database));
    System.setProperty("RECTIFY_DB_USER", server.user());
    System.setProperty("RECTIFY_DB_PASSWORD", server.password());
    System.setProperty("RECTIFY_ADMIN_PASSWORD", "admin-" + database);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    // Close the cached Spring contexts (engines, job executors, pools) while the database exists,
    // so that neither their shutdown nor the drop waits on the other.
    new CachedContexts().closeAll();
    try (Connection admin = TestPostgres.server().admin();
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + database + " with (force)");
    } catch (SQLException e) {
      System.err.println("Could not drop test database " + database + ": " + e.getMessage());
    }
  }

  /** Databases left behind by runs that were killed. */
  private static void dropStale(Connection admin) throws SQLException {
    List<String> stale = new ArrayList<>();
    long cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
    try (Statement sql = admin.createStatement();
        ResultSet names =
            sql.executeQuery(
                "select datname from pg_database where datname like '" + PREFIX + "%'")) {
      while (names.next()) {
        String name = names.getString(1);
        String[] parts = name.substring(PREFIX.length()).split("_");
        if (parts.length == 2
            && parts[0].chars().allMatch(Character::isDigit)
            && Long.parseLong(parts[0]) < cutoff) {
          stale.add(name);
        }
      }
    }
    for (String name : stale) {
      try (Statement sql = admin.createStatement()) {
        sql.execute("drop database if exists " + name + " with (force)");
      }
    }
  }

  /** The Spring TestContext cache shared by all tests of this JVM. */
  private static final class CachedContexts extends DefaultCacheAwareContextLoaderDelegate {
    void closeAll() {
      getContextCache().clear();
    }
  }
}
