package org.rectify.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.notification.NotificationProperties.UnitRobots;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.RectificationService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox on PostgreSQL with the job executor and the scheduled dispatcher running: an occasion
 * writes its rows once and only with its transaction; a node that dies between sending and marking
 * leaves its rows leased until another node redelivers them; failures back off exponentially and
 * end as FAILED rows that administrators see and retry; the inbox is each person's own.
 */
@PostgresIntegrationTest
class OutboxIT {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNIT_A_GROUP = "unit-" + TestDirectory.UNIT_A;

  @LocalServerPort int port;
  @Autowired DirectoryService directory;
  @Autowired org.rectify.calendar.DeadlineCalendar calendar;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired RuntimeService runtime;
  @Autowired RectificationService rectification;
  @Autowired NotificationRepository notifications;
  @Autowired OutboxMessageRepository outbox;
  @Autowired InboxMessageRepository inbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired OutboxStore store;
  @Autowired Channels channels;
  @Autowired Deliveries deliveries;
  @Autowired NotificationProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Value("${rectify.db.schema}")
  String schema;

  private final MockWebServer robot = new MockWebServer();
  private final Map<String, Integer> answers = new ConcurrentHashMap<>();
  private final Queue<String> received = new ConcurrentLinkedQueue<>();
  private final Queue<String> digestBodies = new ConcurrentLinkedQueue<>();

  @BeforeEach
  void organisationAndUnitARobot() throws Exception {
    TestDirectory.ensure(directory);
    robot.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            received.add(request.getPath());
            if (request.getPath().contains("unit-a-digest")) {
              digestBodies.add(request.getBody().readUtf8());
            }
            int status = answers.getOrDefault(request.getRequestUrl().queryParameter("key"), 200);
            return new MockResponse()
                .setResponseCode(status)
                .setBody(status == 200 ? "{\"errcode\":0,\"errmsg\":\"ok\"}" : "busy");
          }
        });
    robot.start();
    UnitRobots robots = new UnitRobots();
    robots.setWecomUrl(robot.url("/cgi-bin/webhook/send?key=unit-a-key").toString());
    properties.getRobots().put(TestDirectory.UNIT_A, robots);
  }

  @AfterEach
  void stopRobot() throws Exception {
    properties.getRobots().remove(TestDirectory.UNIT_A);
    robot.shutdown();
  }

  @Test
  void aRetriedReminderWritesOneRowPerPersonAndChannelOnceAndOnlyWithItsTransaction() {
    UUID measureId = approvedMeasure();
    TransactionTemplate tx = new TransactionTemplate(transactions);

    // A job that fails after the reminder was written rolls the rows back with it …
    assertThatThrownBy(
            () ->
                tx.executeWithoutResult(
                    status -> {
                      rectification.remindOfDeadline(measureId);
                      throw new IllegalStateException("the job fails after notifying");
                    }))
        .hasMessageContaining("fails after notifying");
    assertThat(reminderRows(measureId)).isEmpty();

    // … and its retries, on this node or another, write every row exactly once.
    rectification.remindOfDeadline(measureId);
    rectification.remindOfDeadline(measureId);
    rectification.remindOfDeadline(measureId);

    List<Notification> reminders = reminders(measureId);
    assertThat(reminders).extracting(Notification::getRecipient).containsExactly(UNIT_A_GROUP);
    assertThat(reminderRows(measureId))
        .extracting(r -> r.getChannel() + " " + r.getRecipient())
        .containsExactlyInAnyOrder("inbox t-unit-a", "wecom " + UNIT_A_GROUP);

    // Delivered by the scheduled dispatcher: once into the inbox, once to the unit's group chat.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                reminderRows(measureId).stream().allMatch(r -> r.getStatus() == OutboxStatus.SENT));
    assertThat(inbox.countByNotificationId(reminders.get(0).getId())).isEqualTo(1);
    assertThat(received).filteredOn(p -> p.contains("unit-a-key")).hasSize(1);
  }

  @Test
  void aNodeThatDiesBetweenSendingAndMarkingHasItsRowsRedeliveredWhenTheLeaseRunsOut() {
    Notification notification = notification("节点宕机前已发送");
    // Due in a year, so that only this test's explicit clocks reach it.
    Instant due = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    OutboxMessage toInbox = row(notification, InboxChannel.ID, "t-unit-a", due);
    OutboxMessage toRobot = row(notification, WeComRobotChannel.ID, UNIT_A_GROUP, due);
    Instant leaseEnds = due.plus(properties.getLease());
    // Node A claimed both rows and delivered them …
    jdbc.update(
        "update "
            + schema
            + ".outbox_message set lease_owner = 'node-a', lease_until = ?"
            + " where id in (?, ?)",
        java.sql.Timestamp.from(leaseEnds),
        toInbox.getId(),
        toRobot.getId());
    deliverAsNodeA(toInbox);
    deliverAsNodeA(toRobot);
    // … and died before marking them sent. While its lease lasts, no other node takes them.
    dispatcher.dispatch(Clock.fixed(due.plusSeconds(60), ZONE));
    assertThat(statusOf(toInbox)).isEqualTo(OutboxStatus.PENDING);
    assertThat(outbox.findById(toRobot.getId()).orElseThrow().getLeaseOwner()).isEqualTo("node-a");

    // After the lease: node B delivers again and marks them.
    dispatcher.dispatch(Clock.fixed(leaseEnds.plusSeconds(1), ZONE));

    assertThat(statusOf(toInbox)).isEqualTo(OutboxStatus.SENT);
    assertThat(statusOf(toRobot)).isEqualTo(OutboxStatus.SENT);
    // The inbox is keyed by the outbox row: one message although it was delivered twice.
    assertThat(inbox.countByNotificationId(notification.getId())).isEqualTo(1);
    // A group robot has no such key: at-least-once, the documented window.
    assertThat(received).filteredOn(p -> p.contains("unit-a-key")).hasSize(2);
  }

  @Test
  void failuresBackOffExponentiallyAndEndAsAFailedRowThatAdministratorsSeeAndRetry()
      throws Exception {
    answers.put("unit-a-busy", 500);
    properties
        .getRobots()
        .get(TestDirectory.UNIT_A)
        .setWecomUrl(robot.url("/cgi-bin/webhook/send?key=unit-a-busy").toString());
    Notification notification = notification("一直发不出去的消息");
    // Due in a year, so that only this test's explicit clock reaches it.
    Instant due = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    OutboxMessage row = row(notification, WeComRobotChannel.ID, UNIT_A_GROUP, due);

    Instant at = due;
    for (int attempt = 1; attempt <= 5; attempt++) {
      dispatcher.dispatch(Clock.fixed(at, ZONE));
      OutboxMessage now = outbox.findById(row.getId()).orElseThrow();
      assertThat(now.getStatus()).isEqualTo(OutboxStatus.PENDING);
      assertThat(now.getAttempts()).isEqualTo(attempt);
      assertThat(now.getLastError()).contains("HTTP 500").doesNotContain("unit-a-busy");
      Duration wait = Duration.ofMinutes(1L << (attempt - 1)); // 1, 2, 4, 8, 16 min
      assertThat(now.getNextAttemptAt()).isEqualTo(at.plus(wait));
      // Not retried before its time.
      dispatcher.dispatch(Clock.fixed(at.plus(wait).minusSeconds(1), ZONE));
      assertThat(outbox.findById(row.getId()).orElseThrow().getAttempts()).isEqualTo(attempt);
      at = now.getNextAttemptAt();
    }
    dispatcher.dispatch(Clock.fixed(at, ZONE));
    assertThat(statusOf(row)).isEqualTo(OutboxStatus.FAILED);
    assertThat(received).filteredOn(p -> p.contains("unit-a-busy")).hasSize(6);

    // Administrators see it (API and page), nobody else does.
    Browser admin =
        new Browser(port).withBasic("admin", System.getProperty("RECTIFY_ADMIN_PASSWORD"));
    HttpResponse<String> listed = admin.get("/api/notifications/outbox?status=FAILED");
    assertThat(listed.statusCode()).isEqualTo(200);
    JsonNode failed = find(JSON.readTree(listed.body()), row.getId());
    assertThat(failed.get("statusLabel").asText()).isEqualTo("发送失败");
    assertThat(failed.get("channelLabel").asText()).isEqualTo("企业微信群机器人");
    assertThat(failed.get("attempts").asInt()).isEqualTo(6);
    assertThat(failed.get("message").asText()).isEqualTo("一直发不出去的消息");
    assertThat(listed.body()).doesNotContain("unit-a-busy");
    assertThat(admin.get("/notifications/outbox").body()).contains("发送失败的通知", "一直发不出去的消息");
    for (String user : List.of("t-office", "t-supervisor", "t-unit-a")) {
      assertThat(as(user).get("/api/notifications/outbox").statusCode()).as(user).isEqualTo(403);
      assertThat(
              as(user)
                  .postJson("/api/notifications/outbox/" + row.getId() + "/retry", "{}", false)
                  .statusCode())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(new Browser(port).get("/api/notifications/outbox").statusCode()).isEqualTo(401);

    // An administrator retries it once the robot works again: delivered by the dispatcher.
    answers.put("unit-a-busy", 200);
    HttpResponse<String> retried =
        admin.postJson("/api/notifications/outbox/" + row.getId() + "/retry", "{}", false);
    assertThat(retried.statusCode()).isEqualTo(202);
    assertThat(
            admin
                .postJson("/api/notifications/outbox/" + UUID.randomUUID() + "/retry", "{}", false)
                .statusCode())
        .isEqualTo(404);
    await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(row) == OutboxStatus.SENT);
    assertThat(
            admin
                .postJson("/api/notifications/outbox/" + row.getId() + "/retry", "{}", false)
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void theInboxIsEachPersonsOwnAndItsLinkOpensTheTaskOfTheMeasure() throws Exception {
    UUID measureId = approvedMeasure();
    rectification.remindOfDeadline(measureId);
    Notification reminder = reminders(measureId).get(0);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> inbox.countByNotificationId(reminder.getId()) == 1);

    JsonNode mine = JSON.readTree(as("t-unit-a").get("/api/inbox?limit=200").body());
    JsonNode entry = null;
    for (JsonNode message : mine.get("messages")) {
      if (message.get("link").asText().contains(reminder.getId().toString())) {
        entry = message;
      }
    }
    assertThat(entry).as("the reminder in unit A's inbox").isNotNull();
    assertThat(entry.get("kindLabel").asText()).isEqualTo("到期提醒");
    assertThat(entry.get("subject").asText()).startsWith("【").contains("建立学习台账");
    assertThat(entry.get("readAt").isNull()).isTrue();
    long unread = mine.get("unread").asLong();
    assertThat(unread).isPositive();
    assertThat(
            JSON.readTree(as("t-unit-a").get("/api/inbox/unread-count").body())
                .get("unread")
                .asLong())
        .isEqualTo(unread);

    // Unit B sees none of it and cannot touch it.
    assertThat(as("t-unit-b").get("/api/inbox?limit=200").body())
        .doesNotContain(reminder.getId().toString());
    String read = "/api/inbox/" + entry.get("id").asText() + "/read";
    assertThat(as("t-unit-b").postJson(read, "{}", false).statusCode()).isEqualTo(404);
    assertThat(as("t-unit-b").get(entry.get("link").asText()).statusCode()).isEqualTo(404);

    // The link opens the measure's open task in Tasklist and marks the message read.
    HttpResponse<String> opened = as("t-unit-a").get(entry.get("link").asText());
    assertThat(opened.statusCode()).isEqualTo(302);
    List<String> tasks =
        jdbc.queryForList(
            "select t.id_ from act_ru_task t join act_ru_variable v on v.proc_inst_id_ ="
                + " t.proc_inst_id_ where v.name_ = 'measureId' and v.text_ = ?",
            String.class,
            measureId.toString());
    String location = opened.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains("/camunda/app/tasklist/default/#/?task=");
    assertThat(tasks).contains(location.substring(location.indexOf("task=") + 5));
    JsonNode after = null;
    for (JsonNode message :
        JSON.readTree(as("t-unit-a").get("/api/inbox?limit=200").body()).get("messages")) {
      if (message.get("id").asText().equals(entry.get("id").asText())) {
        after = message;
      }
    }
    assertThat(after.get("readAt").isNull()).as("read after opening").isFalse();
    assertThat(as("t-unit-a").postJson(read, "{}", false).statusCode()).isEqualTo(204);
    assertThat(new Browser(port).get("/api/inbox").statusCode()).isEqualTo(401);
  }

  @Test
  void aPersonsDueDigestRowsOfOneChannelGoOutAsOneDelivery() {
    Instant due = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
    OutboxMessage first = digestRow(notification("汇总中的第一条"), due);
    OutboxMessage second = digestRow(notification("汇总中的第二条"), due.plusSeconds(1));

    dispatcher.dispatch(Clock.fixed(due.plusSeconds(2), ZONE));

    assertThat(statusOf(first)).isEqualTo(OutboxStatus.SENT);
    assertThat(statusOf(second)).isEqualTo(OutboxStatus.SENT);
    List<String> digests = received.stream().filter(p -> p.contains("unit-a-digest")).toList();
    assertThat(digests).hasSize(1);
    assertThat(digestBodies).hasSize(1);
    assertThat(digestBodies.peek()).contains("汇总中的第一条", "汇总中的第二条");
  }

  @Test
  void everyoneChangesOnlyTheirOwnPreferencesAndAChannelThatCannotReachThemIsRefused()
      throws Exception {
    String preferences = "/api/notifications/preferences";
    JsonNode leader = JSON.readTree(as("t-leader").get(preferences).body());
    // Until changed: the role's defaults (leaders: inbox and e-mail, daily digest).
    assertThat(leader.get("own").asBoolean()).isFalse();
    assertThat(leader.get("delivery").asText()).isEqualTo("DAILY_DIGEST");
    assertThat(leader.get("options").toString())
        .contains("{\"id\":\"inbox\",\"label\":\"站内信\",\"available\":true}")
        .contains("{\"id\":\"email\",\"label\":\"电子邮件\",\"available\":false}");

    HttpResponse<String> noMail =
        as("t-leader")
            .putJson(preferences, "{\"channels\":[\"inbox\",\"email\"],\"delivery\":\"SINGLE\"}");
    assertThat(noMail.statusCode()).isEqualTo(400);
    assertThat(noMail.body()).contains("channels", "电子邮件尚未配置");
    HttpResponse<String> badDelivery =
        as("t-leader").putJson(preferences, "{\"channels\":[\"inbox\"],\"delivery\":\"WEEKLY\"}");
    assertThat(badDelivery.statusCode()).isEqualTo(400);
    assertThat(badDelivery.body()).contains("delivery", "每日汇总");
    assertThat(JSON.readTree(as("t-leader").get(preferences).body()).get("own").asBoolean())
        .as("nothing written on a bad input")
        .isFalse();

    HttpResponse<String> saved =
        as("t-leader").putJson(preferences, "{\"channels\":[\"inbox\"],\"delivery\":\"SINGLE\"}");
    assertThat(saved.statusCode()).isEqualTo(200);
    JsonNode now = JSON.readTree(as("t-leader").get(preferences).body());
    assertThat(now.get("own").asBoolean()).isTrue();
    assertThat(now.get("delivery").asText()).isEqualTo("SINGLE");
    assertThat(JSON.readTree(as("t-supervisor").get(preferences).body()).get("own").asBoolean())
        .as("another person's preferences are untouched")
        .isFalse();
    assertThat(as("t-leader").get("/notifications/preferences").body())
        .contains("通知设置", "value=\"SINGLE\" checked", "站内信");
  }

  // ── fixtures ──

  private Notification notification(String message) {
    return new TransactionTemplate(transactions)
        .execute(
            status ->
                notifications.save(
                    new Notification(
                        "TEST:" + UUID.randomUUID(),
                        NotificationKind.OVERDUE,
                        UNIT_A_GROUP,
                        new NotificationSubject(null, null, null, null),
                        message,
                        Instant.now())));
  }

  /** A digest row (as e-mail gets them) for the unit's robot, whose answers this test can see. */
  private OutboxMessage digestRow(Notification notification, Instant due) {
    properties
        .getRobots()
        .get(TestDirectory.UNIT_A)
        .setWecomUrl(robot.url("/cgi-bin/webhook/send?key=unit-a-digest").toString());
    return outbox.save(
        new OutboxMessage(
            notification, WeComRobotChannel.ID, UNIT_A_GROUP, true, due, Instant.now()));
  }

  private OutboxMessage row(Notification notification, String channel, String to, Instant due) {
    return outbox.save(new OutboxMessage(notification, channel, to, false, due, Instant.now()));
  }

  private void deliverAsNodeA(OutboxMessage row) {
    try {
      channels
          .byId(row.getChannel())
          .deliver(
              deliveries.of(
                  List.of(
                      new OutboxStore.Claimed(
                          row.getId(),
                          row.getNotificationId(),
                          row.getChannel(),
                          row.getRecipient(),
                          false,
                          0))));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private OutboxStatus statusOf(OutboxMessage row) {
    return outbox.findById(row.getId()).orElseThrow().getStatus();
  }

  private List<Notification> reminders(UUID measureId) {
    return notifications.findByMeasureIdOrderByCreatedAt(measureId).stream()
        .filter(n -> n.getKind() == NotificationKind.DEADLINE_REMINDER)
        .toList();
  }

  private List<OutboxMessage> reminderRows(UUID measureId) {
    List<UUID> ids = reminders(measureId).stream().map(Notification::getId).toList();
    return ids.isEmpty() ? List.of() : outbox.findByNotificationIdIn(ids);
  }

  private static JsonNode find(JsonNode rows, UUID id) {
    for (JsonNode row : rows) {
      if (row.get("id").asText().equals(id.toString())) {
        return row;
      }
    }
    throw new AssertionError("row " + id + " not listed in " + rows);
  }

  private Browser as(String user) {
    return new Browser(port).withBasic(user, TestDirectory.PASSWORD);
  }

  /** A finding of unit A with one approved measure far from its deadline. */
  private UUID approvedMeasure() throws RuntimeException {
    try {
      String body =
          JSON.writeValueAsString(
              inspection()
                  .aspect("聚焦基层党组织建设", finding("学习制度落实不到位。详情略", TestDirectory.UNIT_A, "t-leader"))
                  .build());
      HttpResponse<String> created = as("t-office").postJson("/api/inspections", body, false);
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      UUID inspectionId = UUID.fromString(JSON.readTree(created.body()).get("id").asText());
      UUID findingId = findings.findByInspection(inspectionId).get(0).getId();
      if (runtime
              .createProcessInstanceQuery()
              .processDefinitionKey("FindingRectification")
              .processInstanceBusinessKey(findingId.toString())
              .count()
          == 0) {
        runtime.startProcessInstanceByKey(
            "FindingRectification",
            findingId.toString(),
            Map.of("findingId", findingId.toString(), "inspectionId", inspectionId.toString()));
      }
      String path = "/api/findings/" + findingId;
      String plan =
          JSON.writeValueAsString(
              Map.of(
                  "measures",
                  List.of(
                      Map.of(
                          "text",
                          "建立学习台账。逐月登记",
                          "responsiblePerson",
                          "张三",
                          "deadline",
                          calendar.today().plusDays(60).toString(),
                          "term",
                          "TIME_BOUND"))));
      HttpResponse<String> drafted = as("t-unit-a").postJson(path + "/measures", plan, false);
      assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
      HttpResponse<String> approved =
          as("t-office").postJson(path + "/plan-review", "{\"approved\":true}", false);
      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
      UUID measureId = measures.findByFindingIdOrderByOrdinal(findingId).get(0).getId();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  runtime
                          .createProcessInstanceQuery()
                          .processDefinitionKey("MeasureExecution")
                          .processInstanceBusinessKey(measureId.toString())
                          .count()
                      == 1);
      return measureId;
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
