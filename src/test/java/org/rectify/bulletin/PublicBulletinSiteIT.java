package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.feedback.FindingStatus;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.ProgressNote;
import org.rectify.rectification.ProgressNoteRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/** Publish → public site on PostgreSQL: three formats, nothing unpublished, and frozen bytes. */
@PostgresIntegrationTest
class PublicBulletinSiteIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired ProgressNoteRepository notes;
  @Autowired BulletinService bulletins;
  @Autowired BulletinEditionRepository editions;
  @Autowired TransactionTemplate tx;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void publishedBulletinIsOnThePublicSiteInThreeFormatsAndStaysAsPublished() {
    UUID inspectionId = registerAndRectify();
    UUID bulletinId = bulletins.startDraft(inspectionId, BulletinKind.STAGE, "t-office").getId();
    bulletins.submitDraft(bulletinId, BulletinKind.STAGE, narrative(), "t-office");
    bulletins.approve(bulletinId, "t-leader");

    // approved but not yet published: nothing on the site
    assertThat(rest.getForObject("/public/bulletins", String.class)).doesNotContain("档案馆");
    assertThat(bulletins.editions(bulletinId)).isEmpty();

    bulletins.publish(bulletinId, "t-office");

    BulletinEdition published =
        editions.findByBulletinIdAndAudience(bulletinId, Audience.PUBLIC).orElseThrow();
    BulletinEdition internal =
        editions.findByBulletinIdAndAudience(bulletinId, Audience.INTERNAL).orElseThrow();
    String list = rest.getForObject("/public/bulletins", String.class);
    assertThat(list)
        .contains("中共示例区档案馆党组", "/public/bulletins/" + published.getId())
        .doesNotContain(internal.getId().toString());

    ResponseEntity<String> html =
        rest.getForEntity("/public/bulletins/" + published.getId(), String.class);
    assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(html.getHeaders().getContentType().toString()).startsWith("text/html");
    assertThat(html.getBody())
        .contains("学习贯彻不够深入", "已制定学习计划并组织集中学习4次。")
        .doesNotContain("选人用人不规范", "<script>")
        .contains("另有1个具体问题按规定不予公开");

    ResponseEntity<byte[]> text =
        rest.getForEntity("/public/bulletins/" + published.getId() + "/text", byte[].class);
    assertThat(text.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;")
        .contains(".txt");
    assertThat(text.getBody()).isEqualTo(published.getTextContent());
    assertThat(new String(text.getBody(), StandardCharsets.UTF_8))
        .startsWith("中共示例区档案馆党组关于巡察整改进展情况的通报")
        .contains("区委第一巡察组对区某某局党组进行了2022-2027年第二轮常规巡察。");

    ResponseEntity<byte[]> docx =
        rest.getForEntity("/public/bulletins/" + published.getId() + "/docx", byte[].class);
    assertThat(docx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment;")
        .contains(".docx");
    assertThat(docx.getHeaders().getContentType().toString()).contains("wordprocessingml");
    assertThat(docx.getBody())
        .isEqualTo(published.getDocxContent())
        .startsWith((byte) 'P', (byte) 'K');

    // the internal edition and unknown ids are not reachable
    assertThat(
            rest.getForEntity("/public/bulletins/" + internal.getId(), String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            rest.getForEntity("/public/bulletins/" + internal.getId() + "/docx", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            rest.getForEntity("/public/bulletins/" + UUID.randomUUID() + "/text", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(new String(internal.getTextContent(), StandardCharsets.UTF_8)).contains("选人用人不规范");

    // later ledger and template changes never alter what was published
    String htmlHash = published.getHtmlSha256();
    byte[] docxBytes = published.getDocxContent();
    tx.executeWithoutResult(
        s -> {
          for (Finding f : findings.findByInspection(inspectionId)) {
            f.changeStatus(FindingStatus.COMPLETED);
            for (Measure m : measures.findByFindingIdOrderByOrdinal(f.getId())) {
              m.complete(LocalDate.of(2025, 12, 20));
              notes.save(new ProgressNote(m, "后来补记的进展。", "t-unit-a"));
            }
          }
        });
    BulletinEditions.Rendered now = bulletins.preview(bulletinId, Audience.PUBLIC);
    assertThat(now.text()).contains("后来补记的进展。");

    BulletinRenderer changedTemplates = new BulletinRenderer(changedTextTemplate());
    BulletinEditions.Rendered reRendered =
        BulletinEditions.render(
            BulletinEditions.readSource(published.getSourceJson()), changedTemplates);
    assertThat(reRendered.text()).startsWith("【模板已修改】");
    assertThat(changedTemplates.templateVersion()).isNotEqualTo(published.getTemplateVersion());

    BulletinEdition again = editions.findById(published.getId()).orElseThrow();
    assertThat(again.getHtmlSha256()).isEqualTo(htmlHash);
    assertThat(again.getDocxContent()).isEqualTo(docxBytes);
    assertThat(again.getTextContent()).isEqualTo(published.getTextContent());
    assertThat(again.intact()).isTrue();
    assertThat(
            rest.getForEntity("/public/bulletins/" + published.getId() + "/text", byte[].class)
                .getBody())
        .isEqualTo(published.getTextContent());
    assertThat(new String(again.getTextContent(), StandardCharsets.UTF_8))
        .doesNotContain("后来补记的进展。");
  }

  private UUID registerAndRectify() {
    UUID inspectionId =
        inspection()
            .with("inspectedOrganization", "中共示例区档案馆党组")
            .aspect(
                "贯彻落实党中央决策部署",
                finding(
                    "学习贯彻不够深入",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("制定学习计划", "2025-11-30", "TIME_BOUND")),
                finding(
                    "意识形态工作落实不力",
                    TestDirectory.UNIT_B,
                    "t-leader",
                    measure("开展专题研判", "2025-12-31", "TIME_BOUND")))
            .aspect(
                "基层党组织建设",
                finding(
                    "选人用人不规范",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("规范考察程序", "2025-12-31", "LONG_TERM")))
            .registerAsOffice(rest);
    tx.executeWithoutResult(
        s -> {
          for (Finding f : findings.findByInspection(inspectionId)) {
            Measure m = measures.findByFindingIdOrderByOrdinal(f.getId()).get(0);
            m.approve();
            switch (f.getText()) {
              case "学习贯彻不够深入" -> {
                notes.save(new ProgressNote(m, "已制定学习计划并组织集中学习4次。", "t-unit-a"));
                m.complete(LocalDate.of(2025, 10, 15));
                f.changeStatus(FindingStatus.COMPLETED);
              }
              case "意识形态工作落实不力" -> {
                notes.save(new ProgressNote(m, "已召开意识形态专题研判会1次。", "t-unit-b"));
                f.changeStatus(FindingStatus.IN_PROGRESS);
              }
              default -> {
                f.withholdFromPublic("涉及干部个人信息");
                f.changeStatus(FindingStatus.IN_PROGRESS);
              }
            }
          }
        });
    return inspectionId;
  }

  private static BulletinNarrative narrative() {
    return new BulletinNarrative(
        List.of("成立整改工作领导小组，召开专题会议研究部署。"),
        List.of("巩固整改成果。"),
        null,
        "联系电话：0431-88888888。",
        "中共示例区档案馆党组",
        LocalDate.of(2025, 11, 30));
  }

  private static TemplateLoader changedTextTemplate() {
    StringTemplateLoader changed = new StringTemplateLoader();
    changed.putTemplate("text.ftl", "【模板已修改】${doc.title()}\n");
    return new MultiTemplateLoader(
        new TemplateLoader[] {
          changed, new ClassTemplateLoader(BulletinRenderer.class, "/templates/bulletin")
        });
  }
}
