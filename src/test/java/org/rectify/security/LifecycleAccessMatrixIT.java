package org.rectify.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.BulletinEditionRepository;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who gets what, per role, on EVERY endpoint of the app (the Spring MVC handler mappings; {@code
 * /engine-rest} and the webapps are Camunda's JAX-RS resources, covered by {@link AccessMatrixIT}).
 * The table below is the decision: an endpoint that is not in it fails {@link
 * #everyEndpointOfTheAppHasARowInTheMatrix}, so none can be added without deciding who may call it.
 *
 * <p>The step endpoints are called on records whose steps are all over (unit A's finding closed by
 * directive, its measure ended with it, a published bulletin): a caller who may act gets 409 (the
 * step is not open), everybody else is refused first — 403 for another role, 404 for another unit
 * (the record is hidden as if it did not exist), 401 without credentials — so a refusal never tells
 * whether a step exists or is done. Requests use HTTP Basic (what scripts do); CSRF on session
 * requests is {@link CsrfProtectionIT}'s subject, and the public site's refusal of non-GET requests
 * without a token is checked here.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LifecycleAccessMatrixIT {

  /*
   * The access matrix. "on" names the record filling the path's {…} variable:
   *   inspection  the inspection of the fixture (its 分解交办 done, report not yet due)
   *   finding     unit A's finding, closed by directive (已作销号处理): every step of it is over
   *   measure     that finding's measure, ended with it
   *   evidence    a file unit A uploaded to that measure
   *   published   a stage bulletin, approved and published (its steps are over)
   *   drafting    a stage bulletin still in 起草通报
   *   edition     the public edition of the published bulletin
   *   opinion     a 意见建议 the public sent on that edition, still waiting for triage
   * Expected answers: 2xx = allowed and done; 409 = allowed, but the step is not open;
   * 401 = not signed in; 403 = another role (or not this finding's lead official);
   * 404 = another unit's record, hidden as if it did not exist; 302/303 = redirect;
   * 400 = allowed, but the body is refused (the import rows send a file that is not a ledger; the
   * public opinion form gets JSON, not its form fields — signed-in HTTP Basic callers need no CSRF
   * token, an anonymous browser post without one is refused).
   * ANY = mapped for every method (requested with GET).
   * "=value" in "on" fills the path's {…} with that text (directory rows: a unit code or user name;
   * "nope" names none, so an allowed caller is refused on the body or 404 and nothing changes).
   * Inbox and notification rows: the id given is no message of the caller's, so 404 for everyone
   * (a person reaches only their own messages; OutboxIT opens a real one); the outbox view and its
   * retry are for administrators only (not a column here; OutboxIT checks admin → 200/202).
   */
  private static final String MATRIX =
      """
      method path                                          on          office leader unitA unitB super anon
      GET    /api/inspections                              -           200    200    200   200   200   401
      POST   /api/inspections                              -           201    403    403   403   403   401
      GET    /api/inspections/{id}/ledger                  inspection  200    200    200   200   200   401
      GET    /api/inspections/{id}/ledger.xlsx             inspection  200    200    200   200   200   401
      POST   /api/inspections/{id}/assignment              inspection  409    403    403   403   403   401
      POST   /api/inspections/{id}/stage-bulletins         inspection  201    403    403   403   403   401
      POST   /api/inspections/{id}/rectification-report    inspection  409    403    403   403   403   401
      GET    /api/findings/{findingId}                     finding     200    200    200   404   200   401
      POST   /api/findings/{findingId}/measures            finding     403    403    409   404   403   401
      POST   /api/findings/{findingId}/plan-review         finding     409    403    403   403   403   401
      POST   /api/findings/{findingId}/close-out-application finding   403    403    409   404   403   401
      POST   /api/findings/{findingId}/close-out-confirmation finding  403    409    403   403   403   401
      POST   /api/findings/{findingId}/close-out-certification finding 409    403    403   403   403   401
      POST   /api/findings/{findingId}/directive-closure   finding     409    403    403   403   403   401
      POST   /api/findings/{findingId}/follow-up-check     finding     409    403    403   403   409   401
      POST   /api/measures/{measureId}/progress            measure     403    403    409   404   403   401
      POST   /api/measures/{measureId}/evidence            measure     403    403    409   404   403   401
      POST   /api/measures/{measureId}/completion          measure     403    403    409   404   403   401
      POST   /api/measures/{measureId}/extension-requests  measure     403    403    409   404   403   401
      POST   /api/measures/{measureId}/extension-decision  measure     409    403    403   403   403   401
      POST   /api/measures/{measureId}/supervision-notice  measure     403    403    403   403   409   401
      GET    /api/evidence/{evidenceId}                    evidence    200    200    200   404   200   401
      GET    /api/bulletins/{id}                           published   200    200    200   200   200   401
      GET    /api/bulletins/{id}                           drafting    200    200    404   404   200   401
      GET    /api/bulletins/{id}/preview                   drafting    200    200    404   404   200   401
      POST   /api/bulletins/{id}/draft                     published   409    403    403   403   403   401
      POST   /api/bulletins/{id}/approval                  published   403    409    403   403   403   401
      GET    /api/audit                                    -           200    403    403   403   200   401
      GET    /api/supervision/incidents                    -           200    403    403   403   200   401
      GET    /api/supervision/desk                         -           200    200    200   200   200   401
      GET    /api/supervision/desk/export.xlsx             -           200    200    200   200   200   401
      GET    /api/supervision/measures/{measureId}/light   measure     200    200    200   404   200   401
      GET    /api/supervision/measures/{measureId}/urges   measure     200    200    200   404   200   401
      POST   /api/supervision/measures/{measureId}/urges   measure     409    403    403   403   409   401
      GET    /supervision                                  -           200    200    200   200   200   302
      GET    /supervision/measures/{measureId}/task        measure     302    302    302   404   302   302
      GET    /api/calendar/today                           -           200    200    200   200   200   401
      GET    /api/opinions                                 -           200    403    403   403   200   401
      GET    /api/opinions/{id}                            opinion     200    403    403   403   200   401
      POST   /api/opinions/{id}/triage                     opinion     204    403    403   403   403   401
      GET    /api/inspections/ledger-template.xlsx         -           200    403    403   403   403   401
      POST   /api/inspections/import/ledger                -           400    403    403   403   403   401
      POST   /api/inspections/import/feedback              -           200    403    403   403   403   401
      POST   /api/inspections/import/bulletin/preview      -           200    403    403   403   403   401
      POST   /api/inspections/import/bulletin              -           400    403    403   403   403   401
      GET    /api/inspections/{id}/imported-bulletin/text  inspection  404    404    404   404   404   401
      POST   /api/bulletin-check                           -           200    403    403   403   200   401
      GET    /bulletins/tools                              -           200    403    403   403   200   302
      POST   /bulletins/tools/check                        -           200    403    403   403   200   302
      POST   /bulletins/tools/preview                      -           200    403    403   403   403   302
      POST   /bulletins/tools/import                       -           200    403    403   403   403   302
      GET    /api/inbox                                    -           200    200    200   200   200   401
      GET    /api/inbox/unread-count                       -           200    200    200   200   200   401
      POST   /api/inbox/{id}/read                          inspection  404    404    404   404   404   401
      POST   /api/inbox/read-all                           -           200    200    200   200   200   401
      GET    /api/notifications/preferences                -           200    200    200   200   200   401
      PUT    /api/notifications/preferences                -           200    200    200   200   200   401
      GET    /api/notifications/outbox                     -           403    403    403   403   403   401
      POST   /api/notifications/outbox/{id}/retry          inspection  403    403    403   403   403   401
      GET    /notifications/{id}/open                      inspection  404    404    404   404   404   302
      GET    /notifications/preferences                    -           200    200    200   200   200   302
      POST   /notifications/preferences                    -           200    200    200   200   200   302
      GET    /notifications/outbox                         -           403    403    403   403   403   302
      POST   /notifications/outbox/{id}/retry              inspection  403    403    403   403   403   302
      GET    /api/units                                    -           200    200    200   200   200   401
      GET    /api/officials                                -           200    200    200   200   200   401
      POST   /api/units                                    -           400    403    403   403   403   401
      PUT    /api/units/{code}                             =nope       400    403    403   403   403   401
      POST   /api/units/{code}/deactivate                  =nope       404    403    403   403   403   401
      POST   /api/officials                                -           400    403    403   403   403   401
      PUT    /api/officials/{username}                     =nope       400    403    403   403   403   401
      POST   /api/officials/{username}/role                =nope       400    403    403   403   403   401
      POST   /api/officials/{username}/password            =nope       400    403    403   403   403   401
      POST   /api/officials/{username}/deactivate          =nope       404    403    403   403   403   401
      GET    /api/officials/{username}/open-work           =t-unit-b   200    403    403   403   403   401
      GET    /api/directory/export.xlsx                    -           200    403    403   403   403   401
      POST   /api/directory/import                         -           403    403    403   403   403   401
      GET    /directory                                    -           200    403    403   403   403   302
      GET    /directory/officials/{username}               =t-unit-b   200    403    403   403   403   302
      POST   /directory/units                              -           302    403    403   403   403   302
      POST   /directory/units/{code}                       =nope       302    403    403   403   403   302
      POST   /directory/units/{code}/deactivate            =nope       302    403    403   403   403   302
      POST   /directory/officials                          -           302    403    403   403   403   302
      POST   /directory/officials/{username}/profile       =nope       302    403    403   403   403   302
      POST   /directory/officials/{username}/role          =nope       302    403    403   403   403   302
      POST   /directory/officials/{username}/password      =nope       302    403    403   403   403   302
      POST   /directory/officials/{username}/deactivate    =nope       302    403    403   403   403   302
      GET    /login                                        -           200    200    200   200   200   200
      GET    /camunda/app/{app:tasklist|cockpit|admin|welcome}/styles/user-styles.css - 200 200 200 200 200 302
      GET    /public                                       -           302    302    302   302   302   302
      GET    /public/                                      -           302    302    302   302   302   302
      GET    /public/bulletins                             -           200    200    200   200   200   200
      GET    /public/bulletins/{id}                        edition     200    200    200   200   200   200
      GET    /public/bulletins/{id}/text                   edition     200    200    200   200   200   200
      GET    /public/bulletins/{id}/docx                   edition     200    200    200   200   200   200
      GET    /public/bulletins/{id}/opinion                edition     200    200    200   200   200   200
      POST   /public/bulletins/{id}/opinion                edition     400    400    400   400   400   403
      GET    /public/bulletins/{id}/opinion/thanks         edition     200    200    200   200   200   200
      ANY    /public/form-refused                          -           403    403    403   403   403   403
      ANY    /error                                        -           500    500    500   500   500   500
      GET    /v3/api-docs                                  -           200    200    200   200   200   200
      GET    /v3/api-docs.yaml                             -           200    200    200   200   200   302
      GET    /v3/api-docs/swagger-config                   -           200    200    200   200   200   200
      GET    /swagger-ui.html                              -           302    302    302   302   302   302
      """;

  /** A small bulletin for the import preview and the 通报体检 rows. */
  private static final String MATRIX_BULLETIN =
      "中共某局党组关于巡察整改进展情况的通报\n"
          + "根据区委统一部署，2025年3月1日至5月30日，区委第一巡察组对某局党组进行了常规巡察。"
          + "2025年6月20日，区委第一巡察组向某局党组反馈了巡察意见。\n"
          + "一、具体问题整改情况\n（一）关于学习方面\n1.理论学习不深入。\n整改情况：已完成整改。\n";

  private static final List<String> ROLES =
      List.of("t-office", "t-leader", "t-unit-a", "t-unit-b", "t-supervisor", "anonymous");
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BOUNDARY = "matrix-boundary-7d1f";

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired org.rectify.calendar.DeadlineCalendar calendar;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired BulletinEditionRepository editions;
  @Autowired TaskService tasks;
  @Autowired org.rectify.opinion.OpinionService opinions;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, UUID> records = new LinkedHashMap<>();

  /**
   * Builds the records of the matrix through the API, as the officials would: an inspection with
   * one finding of unit A, assigned, planned, evidence uploaded, then closed by directive; one
   * stage bulletin published, one left in drafting.
   */
  @BeforeAll
  void recordsWhoseStepsAreOver() throws Exception {
    TestDirectory.ensure(directory);
    LocalDate today = calendar.today();
    Map<String, Object> registration =
        inspection()
            // fed back yesterday: the report (due two months later) is not open yet
            .with("feedbackDate", today.minusDays(1).toString())
            .aspect("方面一", finding("矩阵用的问题", TestDirectory.UNIT_A, "t-leader"))
            .build();
    UUID inspectionId = id(ok("t-office", "POST", "/api/inspections", json(registration)), "id");
    UUID findingId = findings.findByInspection(inspectionId).get(0).getId();
    awaitOpen(inspectionId, "Task_AssignFindings");
    ok(
        "t-office",
        "POST",
        "/api/inspections/" + inspectionId + "/assignment",
        json(assignment(findingId)));
    awaitOpen(findingId, "Task_DraftMeasures");
    ok(
        "t-unit-a",
        "POST",
        "/api/findings/" + findingId + "/measures",
        json(Map.of("measures", List.of(measure(today.plusDays(30))))));
    ok(
        "t-office",
        "POST",
        "/api/findings/" + findingId + "/plan-review",
        json(Map.of("approved", true)));
    UUID measureId = measures.findByFindingIdOrderByOrdinal(findingId).get(0).getId();
    awaitOpen(measureId, "Task_CarryOutMeasure");
    UUID evidenceId =
        id(
            ok("t-unit-a", "POST", "/api/measures/" + measureId + "/evidence", evidence()),
            "evidenceId");
    ok(
        "t-office",
        "POST",
        "/api/findings/" + findingId + "/directive-closure",
        json(Map.of("title", "关于部分巡察反馈问题销号处理的通知", "documentNumber", "区巡办〔2026〕9号")));

    String stage = "/api/inspections/" + inspectionId + "/stage-bulletins";
    UUID published = id(ok("t-office", "POST", stage, new byte[0]), "bulletinId");
    awaitOpen(published, "Task_DraftBulletin");
    ok("t-office", "POST", "/api/bulletins/" + published + "/draft", json(draft()));
    ok(
        "t-leader",
        "POST",
        "/api/bulletins/" + published + "/approval",
        json(Map.of("approved", true)));
    await()
        .atMost(PATIENCE)
        .until(() -> editions.findByBulletinIdAndAudience(published, Audience.PUBLIC).isPresent());
    UUID drafting = id(ok("t-office", "POST", stage, new byte[0]), "bulletinId");

    records.put("inspection", inspectionId);
    records.put("finding", findingId);
    records.put("measure", measureId);
    records.put("evidence", evidenceId);
    records.put("published", published);
    records.put("drafting", drafting);
    UUID edition =
        editions.findByBulletinIdAndAudience(published, Audience.PUBLIC).orElseThrow().getId();
    records.put("edition", edition);
    records.put(
        "opinion",
        opinions.submit(
            edition,
            new org.rectify.opinion.OpinionSubmission("建议公开整改佐证材料目录", null, null),
            "matrix-address"));
  }

  @Test
  void everyEndpointOfTheAppHasARowInTheMatrix() {
    Set<String> mapped = new TreeSet<>();
    for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
      Set<String> methods =
          info.getMethodsCondition().getMethods().isEmpty()
              ? Set.of("ANY")
              : info.getMethodsCondition().getMethods().stream()
                  .map(Enum::name)
                  .collect(java.util.stream.Collectors.toSet());
      for (String pattern : info.getPatternValues()) {
        for (String method : methods) {
          mapped.add(method + " " + pattern);
        }
      }
    }
    Set<String> decided = new TreeSet<>();
    rows().forEach(row -> decided.add(row.method() + " " + row.path()));

    assertThat(difference(mapped, decided))
        .as("endpoints without a row in the access matrix: decide who may call them")
        .isEmpty();
    assertThat(difference(decided, mapped)).as("matrix rows without an endpoint").isEmpty();
  }

  @Test
  void everyRoleGetsItsDecidedAnswerOnEveryEndpoint() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows()) {
      String path = row.concretePath(records);
      for (int r = 0; r < ROLES.size(); r++) {
        String role = ROLES.get(r);
        HttpResponse<String> response = send(role, row.method(), path, body(row));
        softly
            .assertThat(response.statusCode())
            .as("%s %s on %s as %s → %s", row.method(), row.path(), row.on(), role, response.body())
            .isEqualTo(row.expected().get(r));
        if (path.startsWith("/api/") && response.statusCode() >= 400) {
          softly
              .assertThat(response.headers().firstValue("Content-Type").orElse(""))
              .as("%s %s as %s answers in problem+json", row.method(), row.path(), role)
              .startsWith("application/problem+json");
        }
        // Lifecycle steps say who works them; the directory's management is not a step.
        if (row.path().matches("/api/\\w+/\\{\\w+}/.+")
            && !row.path().matches("/api/(units|officials)/.+")
            && response.statusCode() == 403) {
          softly
              .assertThat(response.body())
              .as("%s %s as %s says who works the step", row.method(), row.path(), role)
              .contains("无权办理");
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void anotherUnitCannotTellItsNeighboursFinishedStepsFromRecordsThatDoNotExist() {
    UUID nowhere = UUID.randomUUID();
    for (String step : List.of("/measures", "/close-out-application", "/close-out-confirmation")) {
      HttpResponse<String> real =
          send(
              "t-unit-b", "POST", "/api/findings/" + records.get("finding") + step, json(Map.of()));
      HttpResponse<String> none =
          send("t-unit-b", "POST", "/api/findings/" + nowhere + step, json(Map.of()));
      assertThat(real.statusCode()).as(step).isEqualTo(none.statusCode());
      assertThat(real.body().replace(records.get("finding").toString(), "ID"))
          .as(step)
          .isEqualTo(none.body().replace(nowhere.toString(), "ID"));
    }
    HttpResponse<String> real =
        send(
            "t-unit-b",
            "POST",
            "/api/measures/" + records.get("measure") + "/completion",
            new byte[0]);
    HttpResponse<String> none =
        send("t-unit-b", "POST", "/api/measures/" + nowhere + "/completion", new byte[0]);
    assertThat(real.statusCode()).isEqualTo(404).isEqualTo(none.statusCode());
  }

  @Test
  void thePublicSiteRefusesEveryNonGetRequestWithoutACsrfToken() {
    List<String> publicPaths =
        rows().stream()
            .filter(row -> row.path().startsWith("/public"))
            .map(row -> row.concretePath(records))
            .distinct()
            .toList();
    assertThat(publicPaths).isNotEmpty();
    for (String path : publicPaths) {
      for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
        HttpResponse<String> response = send("anonymous", method, path, json(Map.of()));
        assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(403);
      }
    }
  }

  // ── the table ──

  record Row(String method, String path, String on, List<Integer> expected) {

    String concretePath(Map<String, UUID> records) {
      if (on.startsWith("=")) {
        return path.replaceAll("\\{[^}]+}", on.substring(1));
      }
      if (on.equals("-")) {
        // {app:tasklist|cockpit|…}: the first of the alternatives
        return path.replaceAll("\\{\\w+:(\\w+)[^}]*}", "$1");
      }
      UUID id = records.get(on);
      assertThat(id).as("record " + on).isNotNull();
      return path.replaceAll("\\{[^}]+}", id.toString());
    }
  }

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    List<String> lines = MATRIX.strip().lines().toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      assertThat(cells).as(line).hasSize(3 + ROLES.size());
      List<Integer> expected = new ArrayList<>();
      for (int i = 3; i < cells.length; i++) {
        expected.add(Integer.parseInt(cells[i]));
      }
      rows.add(new Row(cells[0], cells[1], cells[2], expected));
    }
    return rows;
  }

  /** A body that passes validation, so that only who calls and the step's state decide. */
  private byte[] body(Row row) {
    if (!row.method().equals("POST") && !row.method().equals("PUT")) {
      return null;
    }
    String step = row.path().substring(row.path().lastIndexOf('/') + 1);
    LocalDate today = calendar.today();
    return switch (row.path()) {
      case "/api/inspections" ->
          json(
              inspection()
                  .aspect("方面一", finding("矩阵登记的问题", TestDirectory.UNIT_A, "t-leader"))
                  .build());
      case "/api/measures/{measureId}/evidence" -> evidence();
      case "/api/inspections/import/ledger" -> file("ledger.xlsx", "这不是台账");
      case "/api/inspections/import/feedback" ->
          file("feedback.txt", "一、政治建设方面\n1.学习贯彻不够深入。一些党员学习走过场。\n");
      case "/api/opinions/{id}/triage" -> json(Map.of("outcome", "ADOPTED"));
      case "/api/inspections/import/bulletin/preview", "/api/bulletin-check" ->
          file("bulletin.txt", MATRIX_BULLETIN);
      case "/api/inspections/import/bulletin" -> file("bulletin.txt", "这不是通报");
      case "/api/supervision/measures/{measureId}/urges" -> json(Map.of("text", "请抓紧落实并报送进展"));
      case "/api/notifications/preferences" ->
          json(Map.of("channels", List.of("inbox"), "delivery", "SINGLE"));
      default ->
          switch (step) {
            case "assignment" -> json(assignment(records.get("finding")));
            case "rectification-report" -> json(Map.of("summary", "整改报告摘要"));
            case "measures" -> json(Map.of("measures", List.of(measure(today.plusDays(30)))));
            case "plan-review", "extension-decision", "approval" -> json(Map.of("approved", true));
            case "close-out-application" -> json(Map.of("selfCheck", "已逐条自查"));
            case "close-out-confirmation" -> json(Map.of("confirmed", true));
            case "close-out-certification" -> json(Map.of("certified", true));
            case "directive-closure" ->
                json(Map.of("title", "关于销号处理的通知", "documentNumber", "区巡办〔2026〕10号"));
            case "follow-up-check" -> json(Map.of("relapsed", false, "note", "未反弹"));
            case "progress" -> json(Map.of("text", "本期进展"));
            case "extension-requests" ->
                json(Map.of("newDeadline", today.plusDays(90).toString(), "reason", "需上级审批"));
            case "supervision-notice" -> json(Map.of("text", "请限期完成"));
            case "draft" -> json(draft());
            default -> new byte[0];
          };
    };
  }

  // ── HTTP ──

  private HttpResponse<String> send(String role, String method, String path, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (!role.equals("anonymous")) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(
                      (role + ":" + TestDirectory.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    String httpMethod = method.equals("ANY") ? "GET" : method;
    if (body == null) {
      request.method(httpMethod, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header(
              "Content-Type",
              isMultipart(body) ? "multipart/form-data; boundary=" + BOUNDARY : "application/json")
          .method(httpMethod, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<String> ok(String role, String method, String path, byte[] body) {
    HttpResponse<String> response = send(role, method, path, body);
    assertThat(response.statusCode() / 100)
        .as("%s %s as %s → %s %s", method, path, role, response.statusCode(), response.body())
        .isEqualTo(2);
    return response;
  }

  private static UUID id(HttpResponse<String> response, String field) throws IOException {
    return UUID.fromString(JSON.readTree(response.body()).get(field).asText());
  }

  private void awaitOpen(UUID businessKey, String taskKey) {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                tasks
                        .createTaskQuery()
                        .processInstanceBusinessKey(businessKey.toString())
                        .taskDefinitionKey(taskKey)
                        .count()
                    == 1);
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isMultipart(byte[] body) {
    String start = new String(body, 0, Math.min(body.length, 40), StandardCharsets.UTF_8);
    return start.startsWith("--" + BOUNDARY);
  }

  private static byte[] file(String name, String content) {
    return ("--"
            + BOUNDARY
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n"
            + content
            + "\r\n--"
            + BOUNDARY
            + "--\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] evidence() {
    String part =
        "--"
            + BOUNDARY
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\"evidence.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\n"
            + "整改佐证：会议记录\r\n"
            + "--"
            + BOUNDARY
            + "--\r\n";
    return part.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> assignment(UUID findingId) {
    return Map.of(
        "assignments",
        List.of(
            Map.of(
                "findingId",
                findingId.toString(),
                "responsibleUnit",
                TestDirectory.UNIT_A,
                "leadOfficial",
                "t-leader")));
  }

  private static Map<String, Object> measure(LocalDate deadline) {
    return Map.of(
        "text",
        "建立学习台账",
        "responsiblePerson",
        "张三",
        "deadline",
        deadline.toString(),
        "term",
        "TIME_BOUND");
  }

  private static Map<String, Object> draft() {
    return Map.of(
        "kind",
        "STAGE",
        "narrative",
        Map.of("overallSituation", List.of("整改工作有序推进。"), "nextSteps", List.of("持续抓好整改落实。")));
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> result = new TreeSet<>(a);
    result.removeAll(b);
    return result;
  }
}
