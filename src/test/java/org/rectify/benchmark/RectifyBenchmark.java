package org.rectify.benchmark;

import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.rectify.RectifyApplication;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.BulletinEditionRepository;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinNarrative;
import org.rectify.bulletin.BulletinRenderBenchmark;
import org.rectify.bulletin.BulletinService;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.organization.OfficialRole;
import org.rectify.security.Viewer;
import org.rectify.supervision.DeskFilter;
import org.rectify.supervision.DeskScreen;
import org.rectify.supervision.SupervisionDesk;
import org.rectify.supervision.TrafficLight;
import org.rectify.supervision.TrafficLights;
import org.rectify.testsupport.TestPostgres;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rectify against bare Camunda on the same PostgreSQL server, in one run: campaign start, timer
 * burst, supervisor queries, bulletin rendering, database footprint and the public site. {@link
 * #main} creates two databases (Rectify's and bare Camunda's), boots Rectify on the first, runs
 * every measurement, rewrites {@code docs/benchmarks.md} and drops both databases. {@link #measure}
 * runs the same against an application that is already running (the CI smoke test, tiny sizes).
 *
 * <p>Run: {@code mvn -B -Pbenchmark test} (full size, about 15 minutes on 2 cores) or with {@code
 * -Dbenchmark.size=tiny}.
 */
public final class RectifyBenchmark {

  /** How big each measurement is. */
  public record Size(
      String name,
      int campaigns,
      int findings,
      int measures,
      int futureTimers,
      int[] taskCounts,
      int queryUnits,
      int bulletinFindings,
      int bulletinRuns,
      int loadSeconds,
      int burstTimeoutSeconds,
      int campaignBudgetSeconds,
      int queryBudgetSeconds) {}

  public static final Size FULL =
      new Size(
          "full",
          10,
          30,
          10,
          100_000,
          new int[] {100_000, 1_000_000},
          10,
          1000,
          20,
          10,
          120,
          180,
          8);
  public static final Size TINY =
      new Size("tiny", 1, 3, 2, 200, new int[] {500, 1_000}, 3, 20, 3, 1, 60, 120, 5);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BARE_MEASURE = "BareMeasureExecution";
  private static final String BARE_FINDING = "BareFindingRectification";
  private static final String FUTURE_JOB = "bench-future-";
  private static final String FAKE_TASK = "bench-task-";
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final Size size;
  private final ConfigurableApplicationContext app;
  private final String base;
  private final JdbcTemplate rectifyDb;
  private final ProcessEngine engine;
  private final Clock clock;
  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<String, String> results = new LinkedHashMap<>();
  private final List<String> sections = new ArrayList<>();
  private final List<String[]> goals = new ArrayList<>();
  private ProcessEngine bare;
  private JdbcTemplate bareDb;
  private String bareDbName;
  private final List<UUID> inspections = new ArrayList<>();

  private RectifyBenchmark(Size size, ConfigurableApplicationContext app, int port) {
    this.size = size;
    this.app = app;
    this.base = "http://127.0.0.1:" + port;
    this.rectifyDb = new JdbcTemplate(app.getBean(DataSource.class));
    this.engine = app.getBean(ProcessEngine.class);
    this.clock = app.getBean(Clock.class);
  }

  public static void main(String[] args) throws Exception {
    Size size = "tiny".equals(System.getProperty("benchmark.size")) ? TINY : FULL;
    // A partial run (-Dbenchmark.sections=…) never overwrites the full page.
    Path target =
        System.getProperty("benchmark.sections") != null
            ? Path.of("target", "benchmarks-partial.md")
            : Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
    String dbName = "rectify_bench_" + System.currentTimeMillis();
    Db.create(dbName);
    ConfigurableApplicationContext app = null;
    try {
      app =
          new SpringApplicationBuilder(RectifyApplication.class)
              .profiles("postgres")
              .run(
                  // arguments, not default properties: they must win over application-postgres.yaml
                  "--spring.datasource.url=" + Db.url(dbName),
                  "--spring.datasource.username=" + Db.user(),
                  "--spring.datasource.password=" + Db.password(),
                  "--server.port=0",
                  "--camunda.bpm.admin-user.password=bench-" + UUID.randomUUID(),
                  "--logging.level.root=warn");
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      String markdown = measure(size, app, port);
      Files.writeString(target, markdown);
      System.out.println(markdown);
    } finally {
      if (app != null) {
        app.close();
      }
      Db.drop(dbName);
    }
  }

  /** Runs every measurement against a running application and returns the benchmark page. */
  public static String measure(Size size, ConfigurableApplicationContext app, int port)
      throws Exception {
    RectifyBenchmark run = new RectifyBenchmark(size, app, port);
    return run.all();
  }

  private String all() throws Exception {
    long started = System.nanoTime();
    String loadBefore = loadAverage();
    TestDirectory.ensure(app.getBean(DirectoryService.class));
    bareDbName = "rectify_bench_bare_" + System.currentTimeMillis();
    Db.create(bareDbName);
    try {
      bare = bareEngine(bareDbName);
      bareDb =
          new JdbcTemplate(
              new org.springframework.jdbc.datasource.DriverManagerDataSource(
                  Db.url(bareDbName), Db.user(), Db.password()));
      deployBareModels();
      if (sectionSelected(5)) {
        footprintToEnd();
      }
      long rectifyBytes0 = dbBytes(rectifyDb);
      long bareBytes0 = dbBytes(bareDb);
      if (sectionSelected(1)) {
        campaigns();
      }
      if (sectionSelected(5)) {
        footprint(rectifyBytes0, bareBytes0);
      }
      if (sectionSelected(2)) {
        timerBurst();
      }
      if (sectionSelected(3)) {
        supervisorQueries();
      }
      if (sectionSelected(4)) {
        bulletins();
      }
      if (sectionSelected(6)) {
        publicSite();
      }
    } finally {
      if (bare != null) {
        bare.close();
      }
      Db.drop(bareDbName);
    }
    return page(loadBefore, loadAverage(), (System.nanoTime() - started) / 1e9);
  }

  /** An inspection registered over the API and taken through 分解交办, and its findings' ids. */
  private record Handed(UUID inspectionId, List<String> findingIds) {}

  /**
   * Registers an inspection of {@code count} findings (unit A, the run's measures each) through the
   * API, completes 分解交办 and waits until every finding's 制定整改措施 task is open.
   */
  private Handed registerAndHandOver(
      String organization, String findingPrefix, int count, String deadline) throws Exception {
    org.rectify.fixtures.RegistrationJson registration =
        inspection().with("inspectedOrganization", organization);
    List<Map<String, Object>> findings = new ArrayList<>();
    for (int f = 0; f < count; f++) {
      findings.add(
          finding(
              findingPrefix + (f + 1),
              TestDirectory.UNIT_A,
              "t-leader",
              measures(deadline, "登记措施").toArray(Map[]::new)));
    }
    registration.aspect("基准方面", findings.toArray(Map[]::new));
    UUID inspectionId =
        UUID.fromString(
            post("t-office", "/api/inspections", registration.build(), 201).get("id").asText());
    waitUntil(60, () -> openTasks("Task_AssignFindings", inspectionId.toString()) == 1);
    post(
        "t-office",
        "/api/inspections/" + inspectionId + "/assignment",
        Map.of("assignments", List.of()),
        2);
    List<String> findingIds =
        rectifyDb.queryForList(
            "select f.id::text from rectify.finding f join rectify.aspect a on a.id ="
                + " f.aspect_id join rectify.feedback fb on fb.id = a.feedback_id where"
                + " fb.inspection_id = ?::uuid order by f.ordinal",
            String.class,
            inspectionId.toString());
    waitUntil(
        120,
        () ->
            engine
                    .getTaskService()
                    .createTaskQuery()
                    .taskDefinitionKey("Task_DraftMeasures")
                    .processInstanceBusinessKeyIn(findingIds.toArray(String[]::new))
                    .count()
                == findingIds.size());
    return new Handed(inspectionId, findingIds);
  }

  // ── 1. campaign start ──────────────────────────────────────────────────────────────────────

  private void campaigns() throws Exception {
    int perCampaign = size.findings() * size.measures();
    LocalDate today = LocalDate.now(clock);
    String deadline = today.plusDays(60).toString();
    List<Double> rectifyFinding = new ArrayList<>();
    List<Double> rectifyCampaign = new ArrayList<>();
    List<Double> bareFinding = new ArrayList<>();
    List<Double> bareCampaign = new ArrayList<>();
    long budget = System.nanoTime() + TimeUnit.SECONDS.toNanos(size.campaignBudgetSeconds());
    // Bounded: stops early (after at least one campaign) when the budget is spent.
    for (int c = 0; c < size.campaigns() && (c == 0 || System.nanoTime() < budget); c++) {
      // Rectify: registration → 分解交办 → per finding 制定整改措施 + 审核整改措施 → all measures run.
      long t0 = System.nanoTime();
      Handed handed =
          registerAndHandOver(
              "中共基准测试第" + (c + 1) + "单位党组", "基准问题" + (c + 1) + "-", size.findings(), deadline);
      UUID inspectionId = handed.inspectionId();
      List<String> findingIds = handed.findingIds();
      inspections.add(inspectionId);
      for (String findingId : findingIds) {
        long f0 = System.nanoTime();
        post(
            "t-unit-a",
            "/api/findings/" + findingId + "/measures",
            Map.of("measures", measures(deadline, "落实措施")),
            2);
        post(
            "t-office", "/api/findings/" + findingId + "/plan-review", Map.of("approved", true), 2);
        rectifyFinding.add(ms(f0));
      }
      String scope = measureIds(List.of(inspectionId));
      waitUntil(
          120,
          () ->
              rectifyDb.queryForObject(
                      "select count(*) from act_ru_task t join act_ru_execution e on e.id_ ="
                          + " t.proc_inst_id_ where t.task_def_key_ = 'Task_CarryOutMeasure' and"
                          + " e.business_key_ in "
                          + scope,
                      Long.class)
                  == perCampaign);
      rectifyCampaign.add(ms(t0));

      // Bare Camunda: the same user tasks and timers, the engine's Java API.
      long b0 = System.nanoTime();
      Date due = Date.from(today.plusDays(60).atStartOfDay(ZONE).toInstant());
      Map<String, Object> vars = new LinkedHashMap<>();
      vars.put("deadline", due);
      vars.put("reminderDate", Date.from(today.plusDays(55).atStartOfDay(ZONE).toInstant()));
      vars.put("escalationDate", Date.from(today.plusDays(67).atStartOfDay(ZONE).toInstant()));
      vars.put("progressCallCycle", "R/P30D");
      vars.put("unitGroup", "unit-" + TestDirectory.UNIT_A);
      List<String> instances = new ArrayList<>();
      for (int f = 0; f < size.findings(); f++) {
        instances.add(
            bare.getRuntimeService()
                .startProcessInstanceByKey(BARE_FINDING, UUID.randomUUID().toString(), vars)
                .getId());
      }
      TaskService bareTasks = bare.getTaskService();
      for (String instance : instances) {
        long f0 = System.nanoTime();
        Task draft = bareTasks.createTaskQuery().processInstanceId(instance).singleResult();
        bareTasks.complete(draft.getId(), Map.of("measureCount", size.measures()));
        Task review = bareTasks.createTaskQuery().processInstanceId(instance).singleResult();
        bareTasks.complete(review.getId(), Map.of("approved", true));
        bareFinding.add(ms(f0));
      }
      bareCampaign.add(ms(b0));
    }
    long bareMeasureTasks =
        bare.getTaskService().createTaskQuery().taskDefinitionKey("Task_CarryOutMeasure").count();
    check(
        bareMeasureTasks == (long) inspections.size() * perCampaign,
        "bare measure tasks: " + bareMeasureTasks);

    double rf95 = Stats.p(rectifyFinding, 95);
    double bf95 = Stats.p(bareFinding, 95);
    double rc95 = Stats.p(rectifyCampaign, 95);
    sections.add(
        "## 1. Campaign start\n\n"
            + inspections.size()
            + " campaigns (of "
            + size.campaigns()
            + " planned, within a budget of "
            + size.campaignBudgetSeconds()
            + " s), each "
            + size.findings()
            + " findings × "
            + size.measures()
            + " measures ("
            + perCampaign
            + " `MeasureExecution` per campaign). Rectify: `POST /api/inspections` →"
            + " 分解交办 (`POST …/assignment`) → per finding 制定整改措施 (`POST"
            + " /api/findings/{id}/measures`, unit) and 审核整改措施 (`POST …/plan-review`, office),"
            + " over HTTP with Basic auth; the campaign ends when all its 落实整改措施 tasks exist."
            + " Bare Camunda: a finding process (two user tasks, then a parallel multi-instance"
            + " call activity) starting a measure process with the same user task and four timers"
            + " (three dates, one cycle), full history, started and completed through the engine's"
            + " Java API.\n\n"
            + "| what | Rectify p50 | Rectify p95 | bare p50 | bare p95 | ratio p95 | goal |\n"
            + "|---|---:|---:|---:|---:|---:|---|\n"
            + String.format(
                Locale.ROOT,
                "| per finding (draft + approve %d measures), ms | %.1f | %.1f | %.1f | %.1f |"
                    + " %.2f× | ≤ 1.3× bare: %s |\n",
                size.measures(),
                Stats.p(rectifyFinding, 50),
                rf95,
                Stats.p(bareFinding, 50),
                bf95,
                rf95 / bf95,
                met(rf95 <= 1.3 * bf95))
            + String.format(
                Locale.ROOT,
                "| whole campaign (%d measures), s | %.2f | %.2f | %.2f | %.2f | %.2f× | ≤ 5 s:"
                    + " %s |\n",
                perCampaign,
                Stats.p(rectifyCampaign, 50) / 1000,
                rc95 / 1000,
                Stats.p(bareCampaign, 50) / 1000,
                Stats.p(bareCampaign, 95) / 1000,
                rc95 / Stats.p(bareCampaign, 95),
                met(rc95 <= 5000)));
    goals.add(
        new String[] {
          "campaign: p95 per finding ≤ 1.3× bare",
          String.format(Locale.ROOT, "%.2f×", rf95 / bf95),
          met(rf95 <= 1.3 * bf95)
        });
    goals.add(
        new String[] {
          "campaign: whole campaign ≤ 5 s (p95)",
          String.format(Locale.ROOT, "%.2f s", rc95 / 1000),
          met(rc95 <= 5000)
        });
  }

  // ── 5. footprint of a campaign run to its end ───────────────────────────────────────────────

  private String endRows = "";

  /**
   * A small campaign run to its end in both engines (every measure completed, every finding closed
   * out; bare: the same user tasks), then the history of the ended instances deleted — what history
   * cleanup does once their time to live has passed. Never stops the run: a failure is reported in
   * the table.
   */
  private void footprintToEnd() {
    int findingsCount = Math.min(10, size.findings());
    int count = findingsCount * size.measures();
    try {
      long r0 = dbBytes(rectifyDb);
      long b0 = dbBytes(bareDb);
      LocalDate today = LocalDate.now(clock);
      String deadline = today.plusDays(60).toString();
      Handed handed = registerAndHandOver("中共基准测试占用空间单位党组", "占用空间问题", findingsCount, deadline);
      UUID inspectionId = handed.inspectionId();
      List<String> findingIds = handed.findingIds();
      for (String findingId : findingIds) {
        post(
            "t-unit-a",
            "/api/findings/" + findingId + "/measures",
            Map.of("measures", measures(deadline, "落实措施")),
            2);
        post(
            "t-office", "/api/findings/" + findingId + "/plan-review", Map.of("approved", true), 2);
      }
      String scope = measureIds(List.of(inspectionId));
      List<String> measureIds =
          rectifyDb.queryForList("select id from " + scope + " ids(id)", String.class);
      waitUntil(
          120,
          () ->
              rectifyDb.queryForObject(
                      "select count(*) from act_ru_task t join act_ru_execution e on e.id_ ="
                          + " t.proc_inst_id_ where t.task_def_key_ = 'Task_CarryOutMeasure' and"
                          + " e.business_key_ in "
                          + scope,
                      Long.class)
                  == count);
      for (String measureId : measureIds) {
        post("t-unit-a", "/api/measures/" + measureId + "/completion", Map.of(), 2);
      }
      for (String findingId : findingIds) {
        String path = "/api/findings/" + findingId;
        post("t-unit-a", path + "/close-out-application", Map.of("selfCheck", "措施均已完成"), 2);
        post("t-leader", path + "/close-out-confirmation", Map.of("confirmed", true), 2);
        post("t-office", path + "/close-out-certification", Map.of("certified", true), 2);
      }
      String keys =
          "business_key_ in "
              + scope
              + " or business_key_ in ("
              + String.join(", ", findingIds.stream().map(id -> "'" + id + "'").toList())
              + ")";
      waitUntil(
          120,
          () ->
              rectifyDb.queryForObject(
                      "select count(*) from act_ru_execution where " + keys, Long.class)
                  == 0);

      // bare: the same user tasks, to the end of every instance
      Map<String, Object> vars = bareVariables(today);
      TaskService bareTasks = bare.getTaskService();
      List<String> instances = new ArrayList<>();
      for (int f = 0; f < findingsCount; f++) {
        instances.add(
            bare.getRuntimeService()
                .startProcessInstanceByKey(BARE_FINDING, "footprint-" + f, vars)
                .getId());
      }
      for (String instance : instances) {
        Task draft = bareTasks.createTaskQuery().processInstanceId(instance).singleResult();
        bareTasks.complete(draft.getId(), Map.of("measureCount", size.measures()));
        Task review = bareTasks.createTaskQuery().processInstanceId(instance).singleResult();
        bareTasks.complete(review.getId(), Map.of("approved", true));
      }
      for (Task task :
          bareTasks.createTaskQuery().taskDefinitionKey("Task_CarryOutMeasure").list()) {
        bareTasks.complete(task.getId());
      }
      for (String step :
          List.of("Task_ApplyCloseOut", "Task_ConfirmCloseOut", "Task_CertifyCloseOut")) {
        for (Task task : bareTasks.createTaskQuery().taskDefinitionKey(step).list()) {
          bareTasks.complete(task.getId());
        }
      }
      check(
          bare.getRuntimeService().createProcessInstanceQuery().count() == 0,
          "every bare instance ended");
      long r1 = dbBytes(rectifyDb);
      long b1 = dbBytes(bareDb);

      List<String> rectifyEnded =
          rectifyDb.queryForList(
              "select id_ from act_hi_procinst where end_time_ is not null and (" + keys + ")",
              String.class);
      engine.getHistoryService().deleteHistoricProcessInstances(rectifyEnded);
      List<String> bareEnded =
          bareDb.queryForList(
              "select id_ from act_hi_procinst where end_time_ is not null", String.class);
      bare.getHistoryService().deleteHistoricProcessInstances(bareEnded);
      long r2 = dbBytes(rectifyDb);
      long b2 = dbBytes(bareDb);
      double rEnd = (r1 - r0) / (double) count / 1024;
      double bEnd = (b1 - b0) / (double) count / 1024;
      double rClean = (r2 - r0) / (double) count / 1024;
      double bClean = (b2 - b0) / (double) count / 1024;
      endRows =
          String.format(
                  Locale.ROOT,
                  "| campaign ended (%d measures, every finding closed out) | %.1f | %.1f | %.2f× |"
                      + " %s |\n",
                  count,
                  rEnd,
                  bEnd,
                  rEnd / bEnd,
                  met(rEnd <= 12))
              + String.format(
                  Locale.ROOT,
                  "| after history cleanup (%d ended Rectify instances, %d bare) | %.1f | %.1f |"
                      + " %.2f× | %s |\n",
                  rectifyEnded.size(),
                  bareEnded.size(),
                  rClean,
                  bClean,
                  rClean / bClean,
                  met(rClean <= 12));
      goals.add(
          new String[] {
            "footprint ≤ 12 KB per measure (campaign ended)",
            String.format(Locale.ROOT, "%.1f KB", rEnd),
            met(rEnd <= 12)
          });
    } catch (Exception | AssertionError e) {
      endRows =
          "| campaign ended | — | — | — | not measured: "
              + String.valueOf(e.getMessage()).replace('|', '/').replace('\n', ' ')
              + " |\n";
    }
  }

  private Map<String, Object> bareVariables(LocalDate today) {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("deadline", Date.from(today.plusDays(60).atStartOfDay(ZONE).toInstant()));
    vars.put("reminderDate", Date.from(today.plusDays(55).atStartOfDay(ZONE).toInstant()));
    vars.put("escalationDate", Date.from(today.plusDays(67).atStartOfDay(ZONE).toInstant()));
    vars.put("progressCallCycle", "R/P30D");
    vars.put("unitGroup", "unit-" + TestDirectory.UNIT_A);
    return vars;
  }

  private List<Map<String, Object>> measures(String deadline, String text) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int m = 0; m < size.measures(); m++) {
      list.add(
          Map.of(
              "text",
              text + (m + 1),
              "responsiblePerson",
              "张三",
              "deadline",
              deadline,
              "term",
              "TIME_BOUND"));
    }
    return list;
  }

  /** SQL subquery: the ids (text) of the measures of these inspections. */
  private static String measureIds(List<UUID> inspections) {
    StringBuilder ids = new StringBuilder();
    for (UUID id : inspections) {
      ids.append(ids.isEmpty() ? "" : ", ").append('\'').append(id).append("'::uuid");
    }
    return "(select m.id::text from rectify.measure m join rectify.finding f on f.id ="
        + " m.finding_id join rectify.aspect a on a.id = f.aspect_id join rectify.feedback fb on"
        + " fb.id = a.feedback_id where fb.inspection_id in ("
        + ids
        + "))";
  }

  private long openTasks(String key, String businessKey) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskDefinitionKey(key)
        .processInstanceBusinessKey(businessKey)
        .count();
  }

  // ── 5. footprint ───────────────────────────────────────────────────────────────────────────

  private void footprint(long rectifyBefore, long bareBefore) {
    long measures = (long) inspections.size() * size.findings() * size.measures();
    double rectifyPer = (dbBytes(rectifyDb) - rectifyBefore) / (double) measures;
    double barePer = (dbBytes(bareDb) - bareBefore) / (double) measures;
    sections.add(
        "## 5. Database footprint\n\n"
            + "Growth of the tables of both schemas (`VACUUM FULL`, then `pg_total_relation_size`"
            + " of every table in `public` and `rectify`: runtime, history, domain tables, indexes,"
            + " TOAST) divided by the number of measures; every table grows by whole 8 KiB pages,"
            + " so a small campaign carries a few pages of rounding per table. First a small"
            + " campaign run to its end in both engines (Rectify: every measure completed and every"
            + " finding closed out through the API — 申请销号, 责任领导确认, 审核认定 — the"
            + " inspection's own process waiting for its final bulletin; bare: the same user tasks"
            + " completed), then the history of the ended process instances deleted"
            + " (`HistoryService#deleteHistoricProcessInstances`, what history cleanup does once"
            + " their time to live has passed; Rectify's domain tables, the record of truth, stay)."
            + " Then, for information, the "
            + measures
            + " measures of section 1 while running (each open with its four timers pending).\n\n"
            + "| state | Rectify KB/measure | bare KB/measure | ratio | goal ≤ 12 KB (campaign"
            + " ended) |\n"
            + "|---|---:|---:|---:|---|\n"
            + endRows
            + String.format(
                Locale.ROOT,
                "| campaign started, all measures open | %.1f | %.1f | %.2f× | — |\n",
                rectifyPer / 1024,
                barePer / 1024,
                rectifyPer / barePer));
    goals.add(
        new String[] {
          "(footprint while running, for information)",
          String.format(Locale.ROOT, "%.1f KB", rectifyPer / 1024),
          "—"
        });
  }

  private static long dbBytes(JdbcTemplate db) {
    db.execute("vacuum full");
    db.execute("checkpoint");
    // Tables with their indexes and TOAST in Camunda's and Rectify's schemas, not the catalog.
    return db.queryForObject(
        "select sum(pg_total_relation_size(c.oid)) from pg_class c join pg_namespace n on n.oid ="
            + " c.relnamespace where c.relkind = 'r' and n.nspname in ('public', 'rectify')",
        Long.class);
  }

  // ── 2. timer burst ─────────────────────────────────────────────────────────────────────────

  private void timerBurst() throws Exception {
    int due = inspections.size() * size.findings() * size.measures();
    insertFutureTimers(rectifyDb, size.futureTimers());
    insertFutureTimers(bareDb, size.futureTimers());
    String measures = measureIds(inspections);
    String reminders =
        " from rectify.notification where kind = 'DEADLINE_REMINDER' and measure_id::text in "
            + measures;
    long notificationsBefore = rectifyDb.queryForObject("select count(*)" + reminders, Long.class);

    Burst rectify =
        burst(
            rectifyDb,
            due,
            null,
            "(select id_ from act_hi_procinst where business_key_ in " + measures + ")");
    long reminded =
        rectifyDb.queryForObject("select count(distinct measure_id)" + reminders, Long.class);
    long notifications = rectifyDb.queryForObject("select count(*)" + reminders, Long.class);
    long recipients =
        rectifyDb.queryForObject(
            "select count(*) from (select distinct measure_id, recipient" + reminders + ") x",
            Long.class);
    check(reminded == due, "measures reminded: " + reminded + " of " + due);
    check(notifications == recipients, "a measure and recipient reminded twice");
    check(notificationsBefore == 0, "reminders before the burst: " + notificationsBefore);

    JobExecutor executor =
        ((ProcessEngineConfigurationImpl) bare.getProcessEngineConfiguration()).getJobExecutor();
    Burst bareBurst = burst(bareDb, due, executor, "(select id_ from act_hi_procinst)");
    executor.shutdown();

    cleanFutureTimers(rectifyDb);
    cleanFutureTimers(bareDb);
    double rate = rectify.rate();
    double bareRate = bareBurst.rate();
    sections.add(
        "## 2. Timer burst\n\n"
            + due
            + " reminders (`BoundaryEvent_ReminderDue` of the measures of section 1) are made due"
            + " at the same moment (one SQL update of their due date) while "
            + String.format(Locale.ROOT, "%,d", size.futureTimers())
            + " future timers are pending (bulk-inserted timer rows due within the next year, on"
            + " top of the other timers of those measures). Time from that moment until every"
            + " reminder has fired; each fired exactly once (checked in `ACT_HI_ACTINST` per"
            + " process instance, and for Rectify one 到期提醒 notification per measure and"
            + " recipient). Rectify: its job executor as configured (`application.yaml`; due-date"
            + " index), already running and possibly idle-waiting (≤ 10 s). Bare Camunda: the"
            + " engine's default job executor (3–10 threads, queue 3, 3 jobs per acquisition, no"
            + " due-date index), started at that moment.\n\n"
            + "| | fired | first after s | all after s | reminders/s | reminders/s after the first"
            + " | goal |\n"
            + "|---|---:|---:|---:|---:|---:|---|\n"
            + String.format(
                Locale.ROOT,
                "| Rectify | %d | %.1f | %s | %.0f | %s | ≥ 300/s: %s; ≥ 2× bare (%.2f×): %s |\n",
                rectify.fired(),
                rectify.firstSeconds(),
                rectify.allText(),
                rate,
                orDash(rectify.rateAfterFirst()),
                met(rate >= 300),
                rate / bareRate,
                met(rate >= 2 * bareRate))
            + String.format(
                Locale.ROOT,
                "| bare Camunda | %d | %.1f | %s | %.0f | %s | — |\n",
                bareBurst.fired(),
                bareBurst.firstSeconds(),
                bareBurst.allText(),
                bareRate,
                orDash(bareBurst.rateAfterFirst())));
    goals.add(
        new String[] {
          "timer burst ≥ 300 reminders/s (" + due + " due at once)",
          String.format(Locale.ROOT, "%.0f/s", rate),
          met(rate >= 300)
        });
    goals.add(
        new String[] {
          "timer burst ≥ 2× bare",
          String.format(Locale.ROOT, "%.2f×", rate / bareRate),
          met(rate >= 2 * bareRate)
        });
  }

  private record Burst(int expected, long fired, double firstSeconds, double allSeconds) {
    double rate() {
      return fired / allSeconds;
    }

    double rateAfterFirst() {
      return allSeconds > firstSeconds && fired > 1
          ? (fired - 1) / (allSeconds - firstSeconds)
          : Double.NaN;
    }

    String allText() {
      return fired == expected
          ? String.format(Locale.ROOT, "%.1f", allSeconds)
          : String.format(
              Locale.ROOT, "not all within %.0f (%d of %d)", allSeconds, fired, expected);
    }
  }

  private Burst burst(JdbcTemplate db, int expected, JobExecutor toStart, String instances)
      throws Exception {
    String ours = " act_id_ = 'BoundaryEvent_ReminderDue' and proc_inst_id_ in " + instances;
    String firedSql = "select count(*) from act_hi_actinst where" + ours;
    long before = db.queryForObject(firedSql, Long.class);
    check(before == 0, "reminders fired before the burst: " + before);
    int updated =
        db.update(
            "update act_ru_job set duedate_ = now() - interval '1 second' where job_def_id_ in"
                + " (select id_ from act_ru_jobdef where act_id_ = 'BoundaryEvent_ReminderDue')"
                + " and process_instance_id_ in "
                + instances);
    long t0 = System.nanoTime();
    check(updated == expected, "reminder jobs made due: " + updated + " of " + expected);
    if (toStart != null) {
      toStart.start();
    }
    double first = -1;
    long fired = 0;
    long deadline = t0 + TimeUnit.SECONDS.toNanos(size.burstTimeoutSeconds());
    while (System.nanoTime() < deadline) {
      fired = db.queryForObject(firedSql, Long.class);
      if (fired > 0 && first < 0) {
        first = (System.nanoTime() - t0) / 1e9;
      }
      if (fired >= expected) {
        break;
      }
      Thread.sleep(50);
    }
    double all = (System.nanoTime() - t0) / 1e9;
    Long duplicates =
        db.queryForObject(
            "select count(*) from (select proc_inst_id_ from act_hi_actinst where"
                + ours
                + " group by proc_inst_id_ having count(*) > 1) d",
            Long.class);
    check(duplicates == 0, "reminders fired more than once: " + duplicates);
    return new Burst(expected, fired, first, all);
  }

  private static void insertFutureTimers(JdbcTemplate db, int count) {
    db.update(
        "insert into act_ru_job (id_, rev_, type_, exclusive_, retries_, duedate_, handler_type_,"
            + " handler_cfg_, suspension_state_, priority_, sequence_counter_, create_time_)"
            + " select '"
            + FUTURE_JOB
            + "' || g, 1, 'timer', true, 3, now() + (1 + g % 365) * interval '1 day',"
            + " 'timer-intermediate-transition', 'bench', 1, 0, 1, now() from generate_series(1, ?)"
            + " g",
        count);
    db.execute("analyze act_ru_job");
  }

  private static void cleanFutureTimers(JdbcTemplate db) {
    db.update("delete from act_ru_job where id_ like '" + FUTURE_JOB + "%'");
  }

  // ── 3. supervisor queries ──────────────────────────────────────────────────────────────────

  private static final String DESK_ROW = "督查督办台 (desk's own tables, as supervisor)";
  private static final String DESK = "bench-desk-";
  private static final int DESK_FINDINGS = 1_000;

  /** {@code -Dbenchmark.sections=3,4} runs only those sections (all by default). */
  private static boolean sectionSelected(int section) {
    String only = System.getProperty("benchmark.sections");
    return only == null || List.of(only.split(",")).contains(Integer.toString(section));
  }

  /** The sizes of section 3; {@code -Dbenchmark.query-counts=100000,200000} overrides them. */
  private int[] queryCounts() {
    String counts = System.getProperty("benchmark.query-counts");
    return counts == null
        ? size.taskCounts()
        : java.util.Arrays.stream(counts.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private String schema() {
    return app.getEnvironment().getProperty("rectify.db.schema") + ".";
  }

  private static String benchId(String what) {
    return "md5('" + DESK + what + "')::uuid";
  }

  /** One bench inspection with {@link #DESK_FINDINGS} findings led by t-leader, and the units. */
  private void insertDeskLedger(int units) {
    String s = schema();
    rectifyDb.update(
        "insert into "
            + s
            + "inspection (id, level, type, inspecting_body, inspection_team,"
            + " inspected_organization, feedback_date, created_by, created_at, process_started_at)"
            + " values ("
            + benchId("inspection")
            + ", 'MUNICIPAL', 'REGULAR', '基准', '督查督办台基准巡察组', '中共督查督办台基准单位党组',"
            + " current_date - 30, 'bench', now(), now())");
    rectifyDb.update(
        "insert into "
            + s
            + "feedback (id, inspection_id) values ("
            + benchId("feedback")
            + ", "
            + benchId("inspection")
            + ")");
    rectifyDb.update(
        "insert into "
            + s
            + "aspect (id, feedback_id, ordinal, heading) values ("
            + benchId("aspect")
            + ", "
            + benchId("feedback")
            + ", 1, '基准方面')");
    rectifyDb.update(
        "insert into "
            + s
            + "finding (id, aspect_id, ordinal, code, text, source, status, lead_official_id,"
            + " publicly_disclosed, version) select md5('"
            + DESK
            + "finding-' || g)::uuid, "
            + benchId("aspect")
            + ", g, '1.' || g, '基准问题 ' || g, 'FEEDBACK', 'IN_PROGRESS', (select id from "
            + s
            + "official where username = 't-leader'), true, 0 from generate_series(1, ?) g",
        DESK_FINDINGS);
    rectifyDb.update(
        "insert into "
            + s
            + "unit (id, code, name, created_at) select md5('"
            + DESK
            + "unit-' || u)::uuid, '"
            + DESK
            + "unit-' || lpad(u::text, 3, '0'), '基准单位' || u, now()"
            + " from generate_series(0, ?) u",
        units - 1);
  }

  /**
   * Measures {@code from + 1 … to} of the bench inspection, shaped like the bench tasks: every one
   * being carried out, every tenth overdue by 1–30 days, the others due in 1–300 days, one unit
   * each. The tally follows through its triggers.
   */
  private void insertDeskMeasures(LocalDate today, int from, int to, int units) {
    String s = schema();
    int step = 200_000;
    for (int start = from + 1; start <= to; start += step) {
      int end = Math.min(to, start + step - 1);
      rectifyDb.update(
          "insert into "
              + s
              + "measure (id, finding_id, ordinal, text, responsible_person, deadline, term,"
              + " status, overdue, version, inspection_id) select md5('"
              + DESK
              + "measure-' || g)::uuid, md5('"
              + DESK
              + "finding-' || (1 + g % ?))::uuid, g, '基准措施 ' || g, '基准',"
              + " case when g % 10 = 0 then ?::date - (1 + g % 30) else ?::date + (1 + g % 300)"
              + " end, 'TIME_BOUND', 'IN_PROGRESS', g % 10 = 0, 0, "
              + benchId("inspection")
              + " from generate_series(?, ?) g",
          DESK_FINDINGS,
          today,
          today,
          start,
          end);
      rectifyDb.update(
          "insert into "
              + s
              + "measure_unit (measure_id, unit_id) select md5('"
              + DESK
              + "measure-' || g)::uuid, md5('"
              + DESK
              + "unit-' || (g % ?))::uuid from generate_series(?, ?) g",
          units,
          start,
          end);
    }
    for (String table : List.of("measure", "measure_unit", "desk_unit_tally", "finding")) {
      rectifyDb.execute("vacuum analyze " + s + table);
    }
  }

  private void deleteDeskLedger() {
    String s = schema();
    String inspection = benchId("inspection");
    rectifyDb.update(
        "delete from "
            + s
            + "measure_unit where measure_id in (select id from "
            + s
            + "measure where inspection_id = "
            + inspection
            + ")");
    rectifyDb.update("delete from " + s + "measure where inspection_id = " + inspection);
    rectifyDb.update(
        "delete from "
            + s
            + "desk_unit_tally where unit_id in (select id from "
            + s
            + "unit where code like '"
            + DESK
            + "unit-%')");
    rectifyDb.update("delete from " + s + "unit where code like '" + DESK + "unit-%'");
    rectifyDb.update("delete from " + s + "finding where aspect_id = " + benchId("aspect"));
    rectifyDb.update("delete from " + s + "aspect where id = " + benchId("aspect"));
    rectifyDb.update("delete from " + s + "feedback where id = " + benchId("feedback"));
    rectifyDb.update("delete from " + s + "inspection where id = " + inspection);
  }

  private void supervisorQueries() {
    FilterService filters = engine.getFilterService();
    IdentityService identity = engine.getIdentityService();
    TaskService tasks = engine.getTaskService();
    Filter allOverdue = filters.createFilterQuery().filterName("全部逾期").singleResult();
    check(allOverdue != null, "the Tasklist filter 全部逾期 exists");
    List<String> supervisorGroups =
        identity.createGroupQuery().groupMember("t-supervisor").list().stream()
            .map(g -> g.getId())
            .toList();
    String definition =
        engine
            .getRepositoryService()
            .createProcessDefinitionQuery()
            .processDefinitionKey("MeasureExecution")
            .latestVersion()
            .singleResult()
            .getId();
    List<String> units = new ArrayList<>();
    for (int u = 0; u < size.queryUnits(); u++) {
      units.add(String.format(Locale.ROOT, "bench-unit-%03d", u));
    }

    // One row per way of answering the supervisor's question; the supervision desk adds one.
    Map<String, Runnable> pages = new LinkedHashMap<>();
    Map<String, Runnable> counts = new LinkedHashMap<>();
    pages.put(
        "Tasklist filter 全部逾期 (as supervisor, authorization on)",
        () ->
            asSupervisor(
                identity, supervisorGroups, () -> filters.listPage(allOverdue.getId(), 0, 50)));
    counts.put(
        "Tasklist filter 全部逾期 (as supervisor, authorization on)",
        () ->
            asSupervisor(
                identity,
                supervisorGroups,
                () -> {
                  for (String unit : units) {
                    filters.count(
                        allOverdue.getId(), tasks.createTaskQuery().taskCandidateGroup(unit));
                  }
                  return null;
                }));
    pages.put(
        "engine task query (no authorization check)",
        () -> overdue(tasks).orderByDueDate().asc().listPage(0, 50));
    counts.put(
        "engine task query (no authorization check)",
        () -> {
          for (String unit : units) {
            overdue(tasks).taskCandidateGroup(unit).count();
          }
        });

    // 督查督办台: the same question on the app's own tables (overdue list = the red list, page of 50
    // sorted by working days overdue; per-unit counts = the per-unit table with every light).
    SupervisionDesk desk = app.getBean(SupervisionDesk.class);
    Viewer supervisor = new Viewer("t-supervisor", OfficialRole.SUPERVISOR, null);
    DeskFilter overdueList = new DeskFilter(null, null, null, TrafficLight.RED, null, 1);
    pages.put(DESK_ROW, () -> desk.list(overdueList, supervisor));
    counts.put(DESK_ROW, () -> desk.unitRows(overdueList, supervisor));
    boolean deskOnly = "desk".equals(System.getProperty("benchmark.queries"));
    if (deskOnly) {
      // a partial run measures only the desk's row (and loads no engine tasks)
      pages.keySet().retainAll(List.of(DESK_ROW));
      counts.keySet().retainAll(List.of(DESK_ROW));
    }
    LocalDate deskToday = app.getBean(TrafficLights.class).today();
    insertDeskLedger(units.size());

    StringBuilder table =
        new StringBuilder(
            "| measures (open tasks) | query | page of 50 p50 ms | page p95 ms | per-unit counts ("
                + size.queryUnits()
                + " units) p50 ms | counts p95 ms | goal p95 ≤ 50 ms at 1,000,000 |\n"
                + "|---:|---|---:|---:|---:|---:|---|\n");
    int inserted = 0;
    try {
      for (int target : queryCounts()) {
        if (!deskOnly) {
          insertTasks(definition, inserted, target, units);
        }
        insertDeskMeasures(deskToday, inserted, target, units.size());
        inserted = target;
        DeskScreen.MeasurePage red = desk.list(overdueList, supervisor);
        check(
            red.total() >= target / 10 && red.rows().size() == 50,
            "the desk's overdue list holds every tenth bench measure ("
                + red.total()
                + " of "
                + target
                + ")");
        boolean last = target == 1_000_000;
        for (String name : pages.keySet()) {
          List<Double> page = Stats.sample(2, size.queryBudgetSeconds(), 20, pages.get(name));
          List<Double> count = Stats.sample(1, size.queryBudgetSeconds(), 10, counts.get(name));
          double worst = Math.max(Stats.p(page, 95), Stats.p(count, 95));
          String goal = last ? met(worst <= 50) : "—";
          table.append(
              String.format(
                  Locale.ROOT,
                  "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %s |\n",
                  target,
                  name,
                  Stats.p(page, 50),
                  Stats.p(page, 95),
                  Stats.p(count, 50),
                  Stats.p(count, 95),
                  goal));
          if (last && (name.startsWith("Tasklist") || name.equals(DESK_ROW))) {
            goals.add(
                new String[] {
                  "supervisor queries p95 ≤ 50 ms at 1,000,000 ("
                      + (name.equals(DESK_ROW) ? "督查督办台" : "Tasklist filter 全部逾期")
                      + ")",
                  String.format(Locale.ROOT, "%.0f ms", worst),
                  met(worst <= 50)
                });
          }
        }
      }
    } finally {
      rectifyDb.update("delete from act_ru_identitylink where task_id_ like '" + FAKE_TASK + "%'");
      rectifyDb.update("delete from act_ru_task where id_ like '" + FAKE_TASK + "%'");
      deleteDeskLedger();
    }
    sections.add(
        "## 3. Supervisor queries\n\n"
            + "Open 落实整改措施 tasks bulk-inserted with SQL into `ACT_RU_TASK` (MeasureExecution's"
            + " definition, one candidate group each out of "
            + size.queryUnits()
            + " units, every tenth overdue), on top of the campaigns' tasks. The question: the"
            + " overdue tasks, first page of 50 by due date, and the overdue count of each unit."
            + " The per-unit counts are one engine count query per unit (the engine cannot"
            + " group). The 督查督办台 row asks the same question of the app's own tables: as many"
            + " measures as tasks, bulk-inserted with SQL `generate_series` into `measure` and"
            + " `measure_unit` (one bench inspection, 1,000 findings, every measure 正在落实 with one"
            + " of the units, every tenth overdue by 1–30 days, the others due in 1–300 days;"
            + " `VACUUM ANALYZE` after each load), measured in-process through `SupervisionDesk`"
            + " as a supervisor: the overdue list is `list(light=RED, page 1)` (page of 50 by"
            + " working days overdue, with its total count), the per-unit counts are `unitRows`"
            + " (measures, done, in progress, yellow, red, on time per unit, from the"
            + " trigger-kept `desk_unit_tally`). The rest of the desk's screen (total, per-lead and"
            + " per-inspection rows, weekly trend) is not part of this row. Only this section, and"
            + " only the desk row, at other sizes: `-Dbenchmark.sections=3 -Dbenchmark.queries=desk"
            + " -Dbenchmark.query-counts=100000` (writes `target/benchmarks-partial.md`).\n\n"
            + table);
  }

  private TaskQuery overdue(TaskService tasks) {
    return tasks.createTaskQuery().dueBefore(Date.from(clock.instant()));
  }

  private static void asSupervisor(
      IdentityService identity, List<String> groups, java.util.function.Supplier<?> work) {
    identity.setAuthentication("t-supervisor", groups);
    try {
      work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void insertTasks(String definition, int from, int to, List<String> units) {
    int step = 200_000;
    for (int start = from + 1; start <= to; start += step) {
      int end = Math.min(to, start + step - 1);
      rectifyDb.update(
          "insert into act_ru_task (id_, rev_, proc_def_id_, name_, task_def_key_, priority_,"
              + " create_time_, last_updated_, due_date_, suspension_state_, task_state_) select '"
              + FAKE_TASK
              + "' || g, 1, ?, '落实整改措施 基准' || g, 'Task_CarryOutMeasure', 50, now(), now(),"
              + " case when g % 10 = 0 then now() - (1 + g % 30) * interval '1 day' else now() +"
              + " (1 + g % 300) * interval '1 day' end, 1, 'Created' from generate_series(?, ?) g",
          definition,
          start,
          end);
      rectifyDb.update(
          "insert into act_ru_identitylink (id_, rev_, group_id_, type_, task_id_) select '"
              + FAKE_TASK
              + "l-' || g, 1, 'bench-unit-' || lpad((g % ?)::text, 3, '0'), 'candidate', '"
              + FAKE_TASK
              + "' || g from generate_series(?, ?) g",
          units.size(),
          start,
          end);
    }
    rectifyDb.execute("analyze act_ru_task");
    rectifyDb.execute("analyze act_ru_identitylink");
  }

  // ── 4. bulletins ───────────────────────────────────────────────────────────────────────────

  private void bulletins() {
    BulletinRenderBenchmark.Samples samples =
        BulletinRenderBenchmark.samples(size.bulletinFindings(), 3, size.bulletinRuns());
    double html95 = Stats.p(samples.html(), 95);
    double docx95 = Stats.p(samples.docx(), 95);
    sections.add(
        "## 4. Bulletins\n\n"
            + "A synthetic ledger of "
            + size.bulletinFindings()
            + " top-level findings ("
            + samples.findings()
            + " findings in all, "
            + samples.measures()
            + " measures; `BulletinRenderBenchmark`), public edition, profile `standard`; each run"
            + " composes the document from the ledger and renders it. 3 warm-up runs, then "
            + size.bulletinRuns()
            + " measured. No bare-Camunda counterpart.\n\n"
            + "| output | p50 ms | p95 ms | size | goal |\n|---|---:|---:|---:|---|\n"
            + String.format(
                Locale.ROOT,
                "| HTML (compose included) | %.1f | %.1f | %d KiB | p95 ≤ 50 ms: %s |\n",
                Stats.p(samples.html(), 50),
                html95,
                samples.htmlBytes() / 1024,
                met(html95 <= 50))
            + String.format(
                Locale.ROOT,
                "| Word .docx (compose included) | %.1f | %.1f | %d KiB | p95 ≤ 500 ms: %s |\n",
                Stats.p(samples.docx(), 50),
                docx95,
                samples.docxBytes() / 1024,
                met(docx95 <= 500)));
    goals.add(
        new String[] {
          "bulletin HTML p95 ≤ 50 ms",
          String.format(Locale.ROOT, "%.1f ms", html95),
          met(html95 <= 50)
        });
    goals.add(
        new String[] {
          "bulletin .docx p95 ≤ 500 ms",
          String.format(Locale.ROOT, "%.1f ms", docx95),
          met(docx95 <= 500)
        });
  }

  // ── 6. public site ─────────────────────────────────────────────────────────────────────────

  private void publicSite() throws Exception {
    BulletinService bulletinService = app.getBean(BulletinService.class);
    UUID inspectionId = inspections.get(0);
    UUID bulletinId =
        bulletinService.startDraft(inspectionId, BulletinKind.STAGE, "t-office").getId();
    bulletinService.submitDraft(
        bulletinId,
        BulletinKind.STAGE,
        new BulletinNarrative(
            List.of("成立整改工作领导小组，召开专题会议研究部署。"),
            List.of("巩固整改成果。"),
            null,
            "联系电话：0431-88888888。",
            "中共基准测试第1单位党组",
            LocalDate.now(clock)),
        "t-office");
    bulletinService.approve(bulletinId, "t-leader");
    bulletinService.publish(bulletinId, "t-office");
    UUID editionId =
        app.getBean(BulletinEditionRepository.class)
            .findByBulletinIdAndAudience(bulletinId, Audience.PUBLIC)
            .orElseThrow()
            .getId();
    String edition = base + "/public/bulletins/" + editionId;
    String list = base + "/public/bulletins";
    Ab page = ab(edition);
    Ab listPage = ab(list);
    sections.add(
        "## 6. Public site\n\n"
            + "`ab -k -c 8 -t "
            + size.loadSeconds()
            + "` (Debian's apache2-utils) on loopback against the running app, no cache in front,"
            + " anonymous GETs: a published stage bulletin of "
            + size.findings()
            + " findings and the list page. Both are answered from memory"
            + " (`bulletin/PublicSiteCache`). No bare-Camunda counterpart.\n\n"
            + "| page | requests/s | mean ms | failed | bytes per answer | goal |\n"
            + "|---|---:|---:|---:|---:|---|\n"
            + page.row(
                "edition page `/public/bulletins/{id}`", "≥ 5,000/s: " + met(page.rate() >= 5000))
            + listPage.row("list page `/public/bulletins`", "—"));
    goals.add(
        new String[] {
          "public edition page ≥ 5,000 requests/s",
          String.format(Locale.ROOT, "%.0f/s", page.rate()),
          met(page.rate() >= 5000)
        });
  }

  private record Ab(double rate, double meanMs, long failed, long bytes) {
    String row(String name, String goal) {
      return String.format(
          Locale.ROOT,
          "| %s | %.0f | %.2f | %d | %,d | %s |\n",
          name,
          rate,
          meanMs,
          failed,
          bytes,
          goal);
    }
  }

  private Ab ab(String url) throws Exception {
    Process process =
        new ProcessBuilder(
                "ab",
                "-k",
                "-q",
                "-c",
                "8",
                "-t",
                String.valueOf(size.loadSeconds()),
                "-n",
                "5000000",
                url)
            .redirectErrorStream(true)
            .start();
    StringBuilder out = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        out.append(line).append('\n');
      }
    }
    check(process.waitFor(size.loadSeconds() + 60L, TimeUnit.SECONDS), "ab finished");
    String text = out.toString();
    check(!text.contains("Non-2xx responses"), "ab saw non-2xx answers:\n" + text);
    return new Ab(
        number(text, "Requests per second:\\s+([0-9.]+)"),
        number(text, "Time per request:\\s+([0-9.]+) \\[ms\\] \\(mean\\)"),
        (long) number(text, "Failed requests:\\s+([0-9]+)"),
        (long) number(text, "Document Length:\\s+([0-9]+)"));
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    check(m.find(), "ab output has " + regex + ":\n" + text);
    return Double.parseDouble(m.group(1));
  }

  // ── the page ───────────────────────────────────────────────────────────────────────────────

  private String page(String loadBefore, String loadAfter, double seconds) {
    Environment env = app.getEnvironment();
    String postgres = rectifyDb.queryForObject("show server_version", String.class);
    Runtime rt = Runtime.getRuntime();
    StringBuilder goalTable = new StringBuilder("| goal | measured | met? |\n|---|---:|---|\n");
    for (String[] g : goals) {
      goalTable
          .append("| ")
          .append(g[0])
          .append(" | ")
          .append(g[1])
          .append(" | ")
          .append(g[2])
          .append(" |\n");
    }
    String note = System.getProperty("benchmark.note", "");
    return "# Benchmarks\n\n"
        + "Rectify against bare Camunda on the same PostgreSQL server, in one run of"
        + " `org.rectify.benchmark.RectifyBenchmark` (size `"
        + size.name()
        + "`). Rewritten by every run:\n\n"
        + "```bash\nmvn -B -Pbenchmark test     # full size, about 15 minutes on 2 cores\n```\n\n"
        + "It needs the PostgreSQL server of \"Test it\" in the README (127.0.0.1:5432, user"
        + " `postgres`, or `RECTIFY_TEST_DB_*`) and `ab` (Debian `apache2-utils`); it creates two"
        + " databases (`rectify_bench_*` for Rectify, `rectify_bench_bare_*` for a bare Camunda"
        + " engine in the same JVM), and drops both at the end. CI runs the same harness at tiny"
        + " sizes (`benchmark/BenchmarkSmokeIT`); timing never decides whether CI passes.\n\n"
        + "## Run\n\n"
        + "| | |\n|---|---|\n"
        + "| date | "
        + ZonedDateTime.now(clock).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
        + " |\n"
        + "| machine | "
        + cpuModel()
        + ", "
        + rt.availableProcessors()
        + " CPUs, "
        + memTotal()
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " |\n"
        + "| load average (1/5/15 min) before → after | "
        + loadBefore
        + " → "
        + loadAfter
        + " |\n"
        + (note.isBlank() ? "" : "| note | " + note + " |\n")
        + "| versions | Java "
        + System.getProperty("java.version")
        + ", Spring Boot "
        + SpringBootVersion.getVersion()
        + ", Camunda "
        + ProductPropertiesUtil.getProductVersion()
        + ", PostgreSQL "
        + postgres
        + " |\n"
        + "| JVM | max heap "
        + rt.maxMemory() / (1024 * 1024)
        + " MiB, Rectify and bare Camunda in the same JVM |\n"
        + "| Rectify | profile `postgres`, history "
        + env.getProperty("camunda.bpm.history-level")
        + ", authorization on, job executor "
        + env.getProperty("camunda.bpm.job-execution.core-pool-size")
        + "–"
        + env.getProperty("camunda.bpm.job-execution.max-pool-size")
        + " threads, queue "
        + env.getProperty("camunda.bpm.job-execution.queue-capacity")
        + ", "
        + env.getProperty("camunda.bpm.job-execution.max-jobs-per-acquisition")
        + " jobs per acquisition, max wait "
        + env.getProperty("camunda.bpm.job-execution.max-wait")
        + " ms, due-date acquisition on an index |\n"
        + "| bare Camunda | standalone engine "
        + ProductPropertiesUtil.getProductVersion()
        + ", history full, authorization off, default job executor, its own database on the same"
        + " server |\n"
        + String.format(Locale.ROOT, "| duration | %.0f s |\n\n", seconds)
        + "## Goals\n\n"
        + goalTable
        + "\n"
        + String.join("\n", sections.stream().sorted().toList());
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException e) {
      return "unknown CPU";
    }
  }

  private static String memTotal() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).stream()
          .filter(l -> l.startsWith("MemTotal"))
          .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB RAM")
          .findFirst()
          .orElse("unknown RAM");
    } catch (IOException e) {
      return "unknown RAM";
    }
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────

  private static String orDash(double value) {
    return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.0f", value);
  }

  private static String met(boolean met) {
    return met ? "met" : "**missed**";
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark check failed: " + what);
    }
  }

  private static double ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static void waitUntil(int seconds, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!condition.getAsBoolean()) {
      check(System.nanoTime() < deadline, "condition not reached within " + seconds + " s");
      Thread.sleep(20);
    }
  }

  /** POSTs as {@code user}; {@code expected} is a status, or 2 for any 2xx. */
  private JsonNode post(String user, String path, Object body, int expected) throws Exception {
    HttpResponse<String> response = send(user, path, body);
    for (int retry = 0; retry < 3 && response.statusCode() == 409; retry++) {
      // A step that lost an optimistic-locking race with a job on the same process answers 409
      // ("刚刚已由他人办理完毕"); a client tries again, as a user would after refreshing.
      Thread.sleep(200);
      response = send(user, path, body);
    }
    check(
        response.statusCode() == expected || expected == 2 && response.statusCode() / 100 == 2,
        "POST " + path + " answered " + response.statusCode() + ": " + response.body());
    return response.body().isBlank() ? null : JSON.readTree(response.body());
  }

  private HttpResponse<String> send(String user, String path, Object body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + TestDirectory.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private ProcessEngine bareEngine(String dbName) {
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    config
        .setProcessEngineName("bare-" + dbName)
        .setJdbcUrl(Db.url(dbName))
        .setJdbcUsername(Db.user())
        .setJdbcPassword(Db.password())
        .setJdbcDriver("org.postgresql.Driver")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false);
    return config.buildProcessEngine();
  }

  private void deployBareModels() {
    BpmnModelInstance measure =
        Bpmn.createExecutableProcess(BARE_MEASURE)
            .camundaHistoryTimeToLive(3650)
            .startEvent("StartEvent_MeasureApproved")
            .userTask("Task_CarryOutMeasure")
            .camundaCandidateGroups("${unitGroup}")
            .camundaDueDate("${deadline}")
            .camundaFollowUpDate("${reminderDate}")
            .boundaryEvent("BoundaryEvent_ReminderDue")
            .cancelActivity(false)
            .timerWithDate("${reminderDate}")
            .endEvent("EndEvent_Reminded")
            .moveToActivity("Task_CarryOutMeasure")
            .boundaryEvent("BoundaryEvent_DeadlineReached")
            .cancelActivity(false)
            .timerWithDate("${deadline}")
            .endEvent("EndEvent_Overdue")
            .moveToActivity("Task_CarryOutMeasure")
            .boundaryEvent("BoundaryEvent_EscalationDue")
            .cancelActivity(false)
            .timerWithDate("${escalationDate}")
            .endEvent("EndEvent_Escalated")
            .moveToActivity("Task_CarryOutMeasure")
            .boundaryEvent("BoundaryEvent_ProgressCallDue")
            .cancelActivity(false)
            .timerWithCycle("${progressCallCycle}")
            .endEvent("EndEvent_ProgressCalled")
            .moveToActivity("Task_CarryOutMeasure")
            .endEvent("EndEvent_MeasureCompleted")
            .done();
    BpmnModelInstance finding =
        Bpmn.createExecutableProcess(BARE_FINDING)
            .camundaHistoryTimeToLive(3650)
            .startEvent()
            .userTask("Task_DraftMeasures")
            .camundaCandidateGroups("${unitGroup}")
            .userTask("Task_ReviewPlan")
            .camundaCandidateGroups("office")
            .callActivity("CallActivity_ExecuteMeasures")
            .calledElement(BARE_MEASURE)
            .camundaIn("deadline", "deadline")
            .camundaIn("reminderDate", "reminderDate")
            .camundaIn("escalationDate", "escalationDate")
            .camundaIn("progressCallCycle", "progressCallCycle")
            .camundaIn("unitGroup", "unitGroup")
            .multiInstance()
            .parallel()
            .cardinality("${measureCount}")
            .multiInstanceDone()
            .userTask("Task_ApplyCloseOut")
            .camundaCandidateGroups("${unitGroup}")
            .userTask("Task_ConfirmCloseOut")
            .camundaAssignee("leader")
            .userTask("Task_CertifyCloseOut")
            .camundaCandidateGroups("office")
            .endEvent()
            .done();
    bare.getRepositoryService()
        .createDeployment()
        .addModelInstance("bare-measure.bpmn", measure)
        .addModelInstance("bare-finding.bpmn", finding)
        .deploy();
  }

  /** Percentiles and bounded sampling. */
  static final class Stats {
    private Stats() {}

    static double p(List<Double> values, int percentile) {
      List<Double> sorted = new ArrayList<>(values);
      sorted.sort(Double::compare);
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Up to {@code runs} timed runs after {@code warmUp}, stopping early after {@code budget}. */
    static List<Double> sample(int warmUp, int budgetSeconds, int runs, Runnable work) {
      for (int i = 0; i < warmUp; i++) {
        work.run();
      }
      List<Double> times = new ArrayList<>();
      long stop = System.nanoTime() + TimeUnit.SECONDS.toNanos(budgetSeconds);
      while (times.size() < runs && (times.size() < 3 || System.nanoTime() < stop)) {
        long t0 = System.nanoTime();
        work.run();
        times.add(ms(t0));
      }
      return times;
    }
  }

  /** The PostgreSQL server of the tests ({@link TestPostgres}). */
  static final class Db {
    private Db() {}

    static String user() {
      return TestPostgres.server().user();
    }

    static String password() {
      return TestPostgres.server().password();
    }

    static String url(String db) {
      return TestPostgres.server().url(db);
    }

    static String adminUrl() {
      return url("postgres");
    }

    static void create(String db) throws SQLException {
      try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
          Statement s = c.createStatement()) {
        s.execute("create database " + db);
      }
    }

    static void drop(String db) {
      try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
          Statement s = c.createStatement()) {
        s.execute("drop database if exists " + db + " with (force)");
      } catch (SQLException e) {
        System.err.println("could not drop " + db + ": " + e.getMessage());
      }
    }
  }
}
