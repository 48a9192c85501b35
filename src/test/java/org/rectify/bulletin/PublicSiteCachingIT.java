package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.feedback.FindingStatus;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/** The public site serves published editions as immutable, cacheable, cookie-free answers. */
@PostgresIntegrationTest
class PublicSiteCachingIT {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired BulletinService bulletins;
  @Autowired BulletinEditionRepository editions;
  @Autowired TransactionTemplate tx;
  @Autowired DataSource dataSource;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void servesAPublishedEditionWithItsHashAsStrongETagAndAnswers304WhenItMatches() throws Exception {
    BulletinEdition edition = publishBulletin("中共示例区缓存一局党组");
    String path = "/public/bulletins/" + edition.getId();

    HttpResponse<byte[]> page = get(path, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("ETag")).hasValue("\"" + edition.getHtmlSha256() + "\"");
    assertThat(page.headers().firstValue("Cache-Control"))
        .hasValue("max-age=86400, public, immutable");
    assertThat(page.headers().firstValue("Pragma")).isEmpty();
    assertThat(page.body()).isEqualTo(edition.getHtmlContent());

    HttpResponse<byte[]> again = get(path, "\"" + edition.getHtmlSha256() + "\"");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue("\"" + edition.getHtmlSha256() + "\"");
    assertThat(again.headers().firstValue("Cache-Control"))
        .hasValue(page.headers().firstValue("Cache-Control").orElseThrow());

    HttpResponse<byte[]> other = get(path, "\"" + edition.getTextSha256() + "\"");
    assertThat(other.statusCode())
        .as("another representation's hash does not match")
        .isEqualTo(200);

    HttpResponse<byte[]> docx = get(path + "/docx", null);
    assertThat(docx.headers().firstValue("ETag")).hasValue("\"" + edition.getDocxSha256() + "\"");
    assertThat(docx.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
    assertThat(get(path + "/docx", "\"" + edition.getDocxSha256() + "\"").statusCode())
        .isEqualTo(304);
    HttpResponse<byte[]> text = get(path + "/text", null);
    assertThat(text.headers().firstValue("ETag")).hasValue("\"" + edition.getTextSha256() + "\"");
    assertThat(get(path + "/text", "\"" + edition.getTextSha256() + "\"").statusCode())
        .isEqualTo(304);
  }

  @Test
  void setsNoSessionOrCsrfCookieOnAnonymousGetsOfPublishedPagesButStillOnTheOpinionForm()
      throws Exception {
    BulletinEdition edition = publishBulletin("中共示例区缓存二局党组");
    String path = "/public/bulletins/" + edition.getId();

    for (String published : List.of("/public/bulletins", path, path + "/text", path + "/docx")) {
      HttpResponse<byte[]> answer = get(published, null);
      assertThat(answer.statusCode()).as(published).isEqualTo(200);
      assertThat(answer.headers().allValues("Set-Cookie")).as(published).isEmpty();
    }
    assertThat(get(path + "/opinion", null).headers().allValues("Set-Cookie"))
        .as("the 意见建议 form carries its CSRF token")
        .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="));
  }

  @Test
  void servesACachedEditionAndListWithoutTouchingTheDatabase() throws Exception {
    BulletinEdition edition = publishBulletin("中共示例区缓存三局党组");
    String path = "/public/bulletins/" + edition.getId();
    byte[] first = get(path, null).body();
    get("/public/bulletins", null);

    // Hold an exclusive lock on the editions table: any query of it would wait past the timeout.
    try (Connection locker = dataSource.getConnection()) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        lock.execute("lock table rectify.bulletin_edition in access exclusive mode");
        HttpResponse<byte[]> cached = get(path, null);
        assertThat(cached.statusCode()).isEqualTo(200);
        assertThat(cached.body()).isEqualTo(first);
        assertThat(get("/public/bulletins", null).statusCode()).isEqualTo(200);
      } finally {
        locker.rollback();
      }
    }
  }

  @Test
  void changesTheListsETagWhenANewEditionIsPublished() throws Exception {
    publishBulletin("中共示例区缓存四局党组");
    HttpResponse<byte[]> before = get("/public/bulletins", null);
    String etag = before.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{64}\"");
    assertThat(before.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
    assertThat(get("/public/bulletins", etag).statusCode()).isEqualTo(304);

    BulletinEdition next = publishBulletin("中共示例区缓存五局党组");

    HttpResponse<byte[]> after = get("/public/bulletins", etag);
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.headers().firstValue("ETag")).get().isNotEqualTo(etag);
    assertThat(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("/public/bulletins/" + next.getId(), "中共示例区缓存五局党组");
  }

  private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(5))
            .GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Registers a one-finding inspection, rectifies it on the ledger and publishes a stage bulletin.
   */
  private BulletinEdition publishBulletin(String organization) {
    UUID inspectionId =
        inspection()
            .with("inspectedOrganization", organization)
            .aspect(
                "贯彻落实党中央决策部署",
                finding(
                    "学习贯彻不够深入",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("制定学习计划", "2025-11-30", "TIME_BOUND")))
            .registerAsOffice(rest);
    tx.executeWithoutResult(
        s -> {
          for (Finding f : findings.findByInspection(inspectionId)) {
            Measure m = measures.findByFindingIdOrderByOrdinal(f.getId()).get(0);
            m.approve();
            m.complete(LocalDate.of(2025, 10, 15));
            f.changeStatus(FindingStatus.COMPLETED);
          }
        });
    UUID bulletinId = bulletins.startDraft(inspectionId, BulletinKind.STAGE, "t-office").getId();
    bulletins.submitDraft(
        bulletinId,
        BulletinKind.STAGE,
        new BulletinNarrative(
            List.of("成立整改工作领导小组。"),
            List.of("巩固整改成果。"),
            null,
            "联系电话：0431-88888888。",
            organization,
            LocalDate.of(2025, 11, 30)),
        "t-office");
    bulletins.approve(bulletinId, "t-leader");
    bulletins.publish(bulletinId, "t-office");
    return editions.findByBulletinIdAndAudience(bulletinId, Audience.PUBLIC).orElseThrow();
  }
}
