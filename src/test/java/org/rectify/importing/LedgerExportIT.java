package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.ApiUser;
import org.rectify.fixtures.RegistrationJson;
import org.rectify.fixtures.TestDirectory;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /api/inspections/{id}/ledger.xlsx} end to end on PostgreSQL: what the office exports,
 * the import registers again as the same ledger; a unit exports only its own rows.
 */
@PostgresIntegrationTest
class LedgerExportIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired PlatformTransactionManager transactions;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
  }

  @Test
  void whatTheOfficeExportsTheImportRegistersAsTheSameLedger() {
    UUID original = register();

    ResponseEntity<byte[]> export = download(original, "t-office");
    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    ResponseEntity<JsonNode> imported =
        ImportApiIT.upload(
            rest, "/api/inspections/import/ledger", "台账.xlsx", export.getBody(), "t-office");
    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
    UUID copy = UUID.fromString(imported.getBody().get("id").asText());

    List<String> expected =
        List.of(
            "理论学习方面|学习不够深入|unit-a-dept|t-leader|true",
            "  1 制定学习计划|[unit-a-dept]|张三|2025-10-31|TIME_BOUND",
            "  2 建立学习制度|[unit-a-dept, unit-b-dept]|张三|2025-12-31|LONG_TERM",
            "作风建设方面|文山会海问题突出|unit-b-dept|t-leader|true",
            "  1 精简会议|[unit-b-dept]|张三|2025-11-30|TIME_BOUND",
            "作风建设方面|办公用房超标|unit-b-dept|t-leader|false",
            "  1 腾退超标用房|[unit-b-dept]|张三|2025-12-31|IMMEDIATE",
            "作风建设方面|落实民主集中制不到位|null|null|true",
            "  sub 议事规则执行不严|unit-a-dept|t-leader|true",
            "    1 修订议事规则|[unit-a-dept]|张三|2025-11-15|TIME_BOUND",
            "  sub 重大事项未集体研究|unit-b-dept|t-leader|true");
    assertThat(lines(ledger(original))).containsExactlyElementsOf(expected);
    assertThat(lines(ledger(copy))).containsExactlyElementsOf(expected);
    assertThat(ledger(copy).at("/inspection/inspectionTeam").asText()).isEqualTo("区委第一巡察组");
    assertThat(ledger(copy).at("/suggestions/0").asText()).isEqualTo("加强学习");
  }

  @Test
  void theStatusColumnsShowTheLiveStatusAndAUnitExportsOnlyItsOwnRows() throws IOException {
    UUID id = register();
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              Measure meetings =
                  measures.findByInspection(id).stream()
                      .filter(m -> m.getText().equals("精简会议"))
                      .findFirst()
                      .orElseThrow();
              meetings.approve();
              meetings.complete(LocalDate.of(2025, 10, 20));
            });

    List<List<String>> office = rows(download(id, "t-office").getBody());
    List<List<String>> unitB = rows(download(id, "t-unit-b").getBody());

    assertThat(office)
        .extracting(r -> r.get(2) + "|" + r.get(6) + "|" + r.get(14))
        .containsExactly(
            "学习不够深入|制定学习计划|待审核",
            "学习不够深入|建立学习制度|待审核",
            "文山会海问题突出|精简会议|已完成落实",
            "办公用房超标|腾退超标用房|待审核",
            "落实民主集中制不到位||",
            "议事规则执行不严|修订议事规则|待审核",
            "重大事项未集体研究||");
    assertThat(unitB)
        .extracting(r -> r.get(2) + "|" + r.get(6))
        .containsExactly(
            "学习不够深入|制定学习计划",
            "学习不够深入|建立学习制度",
            "文山会海问题突出|精简会议",
            "办公用房超标|腾退超标用房",
            "落实民主集中制不到位|",
            "重大事项未集体研究|");
    assertThat(rows(download(id, "t-unit-a").getBody()))
        .extracting(r -> r.get(2))
        .containsExactly("学习不够深入", "学习不够深入", "落实民主集中制不到位", "议事规则执行不严");
  }

  // ------------------------------------------------------------------ helpers

  private UUID register() {
    Map<String, Object> shared = measure("建立学习制度", "2025-12-31", "LONG_TERM");
    shared.put("responsibleUnits", List.of(TestDirectory.UNIT_A, TestDirectory.UNIT_B));
    Map<String, Object> hidden =
        finding(
            "办公用房超标",
            TestDirectory.UNIT_B,
            "t-leader",
            measure("腾退超标用房", "2025-12-31", "IMMEDIATE"));
    hidden.put("publiclyDisclosed", false);
    hidden.put("nondisclosureReason", "涉及个人信息");
    Map<String, Object> parent = finding("落实民主集中制不到位", null, null);
    parent.put(
        "subFindings",
        List.of(
            finding(
                "议事规则执行不严",
                TestDirectory.UNIT_A,
                "t-leader",
                measure("修订议事规则", "2025-11-15", "TIME_BOUND")),
            finding("重大事项未集体研究", TestDirectory.UNIT_B, "t-leader")));
    Map<String, Object> body =
        RegistrationJson.inspection()
            .aspect(
                "理论学习方面",
                finding(
                    "学习不够深入",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("制定学习计划", "2025-10-31", "TIME_BOUND"),
                    shared))
            .aspect(
                "作风建设方面",
                finding(
                    "文山会海问题突出",
                    TestDirectory.UNIT_B,
                    "t-leader",
                    measure("精简会议", "2025-11-30", "TIME_BOUND")),
                hidden,
                parent)
            .build();
    return UUID.fromString(
        ApiUser.as(rest, "t-office").does("/api/inspections", body).get("id").asText());
  }

  private ResponseEntity<byte[]> download(UUID id, String user) {
    return rest.withBasicAuth(user, TestDirectory.PASSWORD)
        .getForEntity("/api/inspections/" + id + "/ledger.xlsx", byte[].class);
  }

  private JsonNode ledger(UUID id) {
    return ApiUser.as(rest, "t-office").read("/api/inspections/" + id + "/ledger");
  }

  /** One line per finding, sub-finding and measure: what the import must reproduce. */
  private static List<String> lines(JsonNode ledger) {
    List<String> lines = new ArrayList<>();
    for (JsonNode aspect : ledger.get("aspects")) {
      for (JsonNode f : aspect.get("findings")) {
        lines.add(aspect.get("heading").asText() + "|" + findingLine(f));
        measures(f, "  ", lines);
        for (JsonNode sub : f.get("subFindings")) {
          lines.add("  sub " + findingLine(sub));
          measures(sub, "    ", lines);
        }
      }
    }
    return lines;
  }

  private static String findingLine(JsonNode f) {
    return String.join(
        "|",
        f.get("text").asText(),
        f.get("responsibleUnit").asText(),
        f.get("leadOfficial").asText(),
        f.get("publiclyDisclosed").asText());
  }

  private static void measures(JsonNode f, String indent, List<String> lines) {
    for (JsonNode m : f.get("measures")) {
      List<String> units = new ArrayList<>();
      m.get("responsibleUnits").forEach(u -> units.add(u.asText()));
      lines.add(
          indent
              + m.get("ordinal").asInt()
              + " "
              + String.join(
                  "|",
                  m.get("text").asText(),
                  units.toString(),
                  m.get("responsiblePerson").asText(),
                  m.get("deadline").asText(),
                  m.get("term").asText()));
    }
  }

  private static List<List<String>> rows(byte[] file) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheet("整改台账");
      DataFormatter formatter = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
          cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}
