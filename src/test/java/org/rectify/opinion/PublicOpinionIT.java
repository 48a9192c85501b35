package org.rectify.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.bulletin.Audience;
import org.rectify.bulletin.BulletinEdition;
import org.rectify.bulletin.BulletinEditionRepository;
import org.rectify.bulletin.BulletinKind;
import org.rectify.bulletin.BulletinNarrative;
import org.rectify.bulletin.BulletinService;
import org.rectify.fixtures.Browser;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 意见建议 on PostgreSQL: the anonymous form on a published bulletin (CSRF token, validation, rate
 * limit, 404), the office task it opens, who may read opinions and the office's triage.
 */
@PostgresIntegrationTest
class PublicOpinionIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\">");

  /** Every test sends from its own address (X-Forwarded-For from the local, trusted proxy). */
  private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

  private static UUID editionId;
  private static UUID internalEditionId;
  private static UUID unpublishedBulletinId;

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired BulletinService bulletins;
  @Autowired BulletinEditionRepository editions;
  @Autowired PublicOpinionRepository opinions;

  @BeforeEach
  void publishedBulletin() {
    TestDirectory.ensure(directory);
    if (editionId == null) {
      UUID inspectionId = register();
      UUID published = bulletins.startDraft(inspectionId, BulletinKind.STAGE, "t-office").getId();
      bulletins.submitDraft(published, BulletinKind.STAGE, narrative(), "t-office");
      bulletins.approve(published, "t-leader");
      bulletins.publish(published, "t-office");
      editionId =
          editions
              .findByBulletinIdAndAudience(published, Audience.PUBLIC)
              .map(BulletinEdition::getId)
              .orElseThrow();
      internalEditionId =
          editions
              .findByBulletinIdAndAudience(published, Audience.INTERNAL)
              .map(BulletinEdition::getId)
              .orElseThrow();
      unpublishedBulletinId =
          bulletins.startDraft(inspectionId, BulletinKind.STAGE, "t-office").getId();
    }
  }

  @Test
  void anAnonymousOpinionWithTheFormsTokenIsStoredAndOpensTheOfficesTriageTask() throws Exception {
    Browser visitor = visitor();
    HttpResponse<String> list = visitor.get("/public/bulletins");
    assertThat(list.body()).contains("/public/bulletins/" + editionId + "/opinion");

    HttpResponse<String> page = visitor.get(formPath(editionId));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("提出意见建议", "意见建议内容", "中共示例区某某局党组", "<iframe src=\"/public/bulletins/" + editionId);

    String marker = "建议公开整改台账 " + UUID.randomUUID();
    HttpResponse<String> posted =
        visitor.postForm(
            formPath(editionId),
            form(tokenOf(page), marker + "<script>alert(1)</script>", "张三", "13800000000"),
            false);

    assertThat(posted.statusCode()).isEqualTo(303);
    String thanksPath = "/public/bulletins/" + editionId + "/opinion/thanks";
    assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith(thanksPath);
    HttpResponse<String> thanks = visitor.get(thanksPath);
    assertThat(thanks.statusCode()).isEqualTo(200);
    assertThat(thanks.body())
        .contains("感谢您的意见建议")
        .doesNotContain(marker, "<script>alert", "张三", "13800000000");

    PublicOpinion stored = storedWith(marker).get(0);
    assertThat(stored.getText()).isEqualTo(marker + "<script>alert(1)</script>");
    assertThat(stored.getSenderName()).isEqualTo("张三");
    assertThat(stored.getContact()).isEqualTo("13800000000");
    assertThat(stored.getStatus()).isEqualTo(OpinionStatus.RECEIVED);
    assertThat(stored.getEditionId()).isEqualTo(editionId);
    assertThat(stored.getAddressHash()).matches("[0-9a-f]{64}").doesNotContain("203.0.113");

    JsonNode officeTasks = triageTasks("t-office", stored.getId());
    assertThat(officeTasks).hasSize(1);
    assertThat(officeTasks.get(0).get("name").asText()).isEqualTo("处理意见建议");
    assertThat(officeTasks.get(0).get("formKey").asText())
        .isEqualTo("embedded:/forms/triage-opinion.html");
    assertThat(triageTasks("t-unit-a", stored.getId())).isEmpty();
    assertThat(triageTasks("t-unit-b", stored.getId())).isEmpty();
  }

  @Test
  void aPostWithoutTheCsrfTokenIsRefused403AndStoresNothing() {
    Browser visitor = visitor();
    visitor.get(formPath(editionId));
    String marker = "没有令牌的提交 " + UUID.randomUUID();
    Map<String, String> withoutToken = new LinkedHashMap<>();
    withoutToken.put("text", marker);

    HttpResponse<String> refused = visitor.postForm(formPath(editionId), withoutToken, false);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("提交未成功", "本次提交未被保存").doesNotContain(marker);
    assertThat(
            visitor
                .postForm(formPath(editionId), form("guessed", marker, "", ""), false)
                .statusCode())
        .isEqualTo(403);
    assertThat(storedWith(marker)).isEmpty();
  }

  @Test
  void invalidInputShowsTheFormAgainWithChineseMessagesAtTheFieldsTheTextKeptAndStoresNothing() {
    Browser visitor = visitor();
    String token = tokenOf(visitor.get(formPath(editionId)));
    String marker = "过长的意见 " + UUID.randomUUID() + " <b>加粗</b>";
    String tooLong = marker + "长".repeat(2001 - marker.length() + 1);

    HttpResponse<String> answer =
        visitor.postForm(formPath(editionId), form(token, tooLong, "李四", "不是电话"), false);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body())
        .contains("意见建议内容不能超过 2000 字（现为 2002 字）")
        .contains("联系方式应为电话号码")
        .contains("id=\"opinion-text-error\"", "id=\"opinion-contact-error\"")
        .doesNotContain("id=\"opinion-name-error\"")
        // the text is kept, escaped — never echoed as HTML
        .contains("&lt;b&gt;加粗&lt;/b&gt;")
        .doesNotContain("<b>加粗</b>")
        .contains("value=\"李四\"");
    assertThat(storedWith(marker.substring(0, 20))).isEmpty();

    HttpResponse<String> empty =
        visitor.postForm(formPath(editionId), form(token, "   ", "", ""), false);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("请填写意见建议内容");
  }

  @Test
  void theSixthOpinionFromOneAddressWithinTenMinutesIs429AndNotStored() {
    Browser visitor = visitor();
    String token = tokenOf(visitor.get(formPath(editionId)));
    String marker = "限流 " + UUID.randomUUID();

    // a refused (invalid) post does not use up the allowance
    assertThat(visitor.postForm(formPath(editionId), form(token, "", "", ""), false).statusCode())
        .isEqualTo(400);
    for (int i = 1; i <= 5; i++) {
      assertThat(
              visitor
                  .postForm(
                      formPath(editionId), form(token, marker + " 第" + i + "条", "", ""), false)
                  .statusCode())
          .as("opinion %d", i)
          .isEqualTo(303);
    }

    HttpResponse<String> sixth =
        visitor.postForm(formPath(editionId), form(token, marker + " 第6条", "", ""), false);

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.body()).contains("提交过于频繁", "10 分钟内最多可提交 5 条意见建议");
    assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    assertThat(storedWith(marker)).hasSize(5);
    assertThat(storedWith(marker + " 第6条")).isEmpty();

    Browser neighbour = visitor();
    String neighbourToken = tokenOf(neighbour.get(formPath(editionId)));
    assertThat(
            neighbour
                .postForm(formPath(editionId), form(neighbourToken, marker + " 邻居", "", ""), false)
                .statusCode())
        .as("another address is not limited")
        .isEqualTo(303);
  }

  @Test
  void unknownInternalOrUnpublishedBulletinsAnswerA404PageAndStoreNothing() {
    Browser visitor = visitor();
    String token = tokenOf(visitor.get(formPath(editionId)));
    String marker = "无效通报 " + UUID.randomUUID();

    for (String id :
        List.of(
            internalEditionId.toString(),
            unpublishedBulletinId.toString(),
            UUID.randomUUID().toString(),
            "not-a-uuid")) {
      HttpResponse<String> page = visitor.get("/public/bulletins/" + id + "/opinion");
      assertThat(page.statusCode()).as(id).isEqualTo(404);
      assertThat(page.body()).contains("未找到该通报");
      HttpResponse<String> post =
          visitor.postForm(
              "/public/bulletins/" + id + "/opinion", form(token, marker, "", ""), false);
      assertThat(post.statusCode()).as(id).isEqualTo(404);
    }
    assertThat(storedWith(marker)).isEmpty();
  }

  @Test
  void anOversizedFormPostIsRefused413BeforeAnythingIsRead() {
    Browser visitor = visitor();
    String token = tokenOf(visitor.get(formPath(editionId)));
    String marker = "超大请求 " + UUID.randomUUID();

    HttpResponse<String> answer =
        visitor.postForm(
            formPath(editionId), form(token, marker + "大".repeat(30_000), "", ""), false);

    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(storedWith(marker)).isEmpty();
  }

  @Test
  void onlyTheOfficeAndSupervisorsListOpinionsAndUnitsSeeNeitherThemNorTheTask() throws Exception {
    PublicOpinion opinion = submitted("可见范围 " + UUID.randomUUID());

    for (String user : List.of("t-unit-a", "t-unit-b", "t-leader")) {
      assertThat(api(user).getForEntity("/api/opinions", String.class).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(
              api(user)
                  .getForEntity("/api/opinions/" + opinion.getId(), String.class)
                  .getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(new Browser(port).get("/api/opinions").statusCode()).isEqualTo(401);
    for (String user : List.of("t-office", "t-supervisor")) {
      ResponseEntity<String> listed =
          api(user).getForEntity("/api/opinions?size=200", String.class);
      assertThat(listed.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
      assertThat(listed.getBody()).as(user).contains(opinion.getId().toString(), opinion.getText());
    }
    assertThat(triageTasks("t-unit-a", opinion.getId())).isEmpty();
    assertThat(triageTasks("t-office", opinion.getId())).hasSize(1);
  }

  @Test
  void theOfficeTriagesThroughTheEndpointWhichRecordsAuditsAndCompletesTheTask() throws Exception {
    PublicOpinion opinion = submitted("转交办理 " + UUID.randomUUID());
    String triage = "/api/opinions/" + opinion.getId() + "/triage";

    ResponseEntity<String> bySupervisor =
        api("t-supervisor").postForEntity(triage, Map.of("outcome", "ADOPTED"), String.class);
    assertThat(bySupervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> withoutNote =
        api("t-office")
            .postForEntity(triage, Map.of("outcome", "REFERRED", "note", " "), JsonNode.class);
    assertThat(withoutNote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutNote.getBody().get("errors").get(0).get("field").asText()).isEqualTo("note");
    assertThat(withoutNote.getBody().get("errors").get(0).get("message").asText()).contains("转交");
    assertThat(opinions.findById(opinion.getId()).orElseThrow().getStatus())
        .isEqualTo(OpinionStatus.RECEIVED);

    ResponseEntity<String> referred =
        api("t-office")
            .postForEntity(triage, Map.of("outcome", "REFERRED", "note", "转第一科核实办理"), String.class);
    assertThat(referred.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    PublicOpinion triaged = opinions.findById(opinion.getId()).orElseThrow();
    assertThat(triaged.getStatus()).isEqualTo(OpinionStatus.REFERRED);
    assertThat(triaged.getTriageNote()).isEqualTo("转第一科核实办理");
    assertThat(triaged.getTriagedBy()).isEqualTo("t-office");
    assertThat(triaged.getTriagedAt()).isNotNull();
    assertThat(triageTasks("t-office", opinion.getId())).isEmpty();

    JsonNode audit =
        JSON.readTree(
            api("t-office")
                .getForObject(
                    "/api/audit?subjectType=PublicOpinion&subjectId=" + opinion.getId(),
                    String.class));
    assertThat(audit.toString()).contains("opinion.triaged", "t-office", "REFERRED");

    ResponseEntity<String> again =
        api("t-office").postForEntity(triage, Map.of("outcome", "ADOPTED"), String.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    JsonNode view =
        JSON.readTree(
            api("t-office").getForObject("/api/opinions/" + opinion.getId(), String.class));
    assertThat(view.get("statusLabel").asText()).isEqualTo("转交单位");
  }

  private PublicOpinion submitted(String marker) {
    Browser visitor = visitor();
    String token = tokenOf(visitor.get(formPath(editionId)));
    assertThat(
            visitor.postForm(formPath(editionId), form(token, marker, "", ""), false).statusCode())
        .isEqualTo(303);
    return storedWith(marker).get(0);
  }

  private JsonNode triageTasks(String user, UUID opinionId) throws Exception {
    ResponseEntity<String> answer =
        api(user)
            .getForEntity(
                "/engine-rest/task?processDefinitionKey=PublicOpinionTriage"
                    + "&processInstanceBusinessKey="
                    + opinionId,
                String.class);
    assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  private TestRestTemplate api(String user) {
    return rest.withBasicAuth(user, TestDirectory.PASSWORD);
  }

  private List<PublicOpinion> storedWith(String marker) {
    return opinions.findAll().stream().filter(o -> o.getText().contains(marker)).toList();
  }

  private Browser visitor() {
    return new Browser(port)
        .withHeader("X-Forwarded-For", "203.0.113." + ADDRESSES.getAndIncrement());
  }

  private static String formPath(UUID id) {
    return "/public/bulletins/" + id + "/opinion";
  }

  private static String tokenOf(HttpResponse<String> page) {
    assertThat(page.statusCode()).isEqualTo(200);
    Matcher token = CSRF_FIELD.matcher(page.body());
    assertThat(token.find()).as("the form carries the CSRF token in _csrf").isTrue();
    return token.group(1);
  }

  private static Map<String, String> form(String token, String text, String name, String contact) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", token);
    form.put("text", text);
    form.put("name", name);
    form.put("contact", contact);
    return form;
  }

  private UUID register() {
    Map<String, Object> body =
        inspection()
            .with("inspectedOrganization", "中共示例区某某局党组")
            .aspect(
                "贯彻落实党中央决策部署",
                finding(
                    "学习贯彻不够深入",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("制定学习计划", "2025-11-30", "TIME_BOUND")))
            .build();
    ResponseEntity<JsonNode> created =
        api("t-office").postForEntity("/api/inspections", body, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return UUID.fromString(created.getBody().get("id").asText());
  }

  private static BulletinNarrative narrative() {
    return new BulletinNarrative(
        List.of("成立整改工作领导小组，召开专题会议研究部署。"),
        List.of("巩固整改成果。"),
        null,
        "联系电话：0431-88888888。",
        "中共示例区某某局党组",
        LocalDate.of(2025, 11, 30));
  }
}
