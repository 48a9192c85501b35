package org.rectify.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rectify.organization.EngineMirror.assertEngineMirrorsDirectory;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.fixtures.TestDirectory;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The directory workbook: an import creates units (with a 二级单位) and officials and their engine
 * users; export → import changes nothing and exports the same rows; a bad workbook is refused with
 * every error named by sheet, row and column, and nothing of it is written.
 */
@PostgresIntegrationTest
class DirectoryExchangeIT {

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;

  private String s;

  @BeforeEach
  void organisation() {
    TestDirectory.ensure(directory);
    s = Long.toString(System.nanoTime() % 1_000_000);
  }

  @Test
  void importsADirectoryAndExportThenImportIsTheIdentity() throws Exception {
    List<List<String>> units =
        List.of(
            row("xa-" + s, "导入局" + s, "导入局", null), row("xb-" + s, "导入二级科" + s, null, "xa-" + s));
    List<List<String>> officials =
        List.of(
            row(
                "xl-" + s,
                "导入领导",
                "副局长",
                "责任领导",
                null,
                "xl@example.org",
                "13800000000",
                "导入密码-12345"),
            row("xu-" + s, "导入科员", null, "责任单位", "xb-" + s, null, "010-8888 0000", "导入密码-12345"));
    ResponseEntity<JsonNode> imported = upload(workbook(units, officials));
    assertThat(imported.getStatusCode())
        .as(String.valueOf(imported.getBody()))
        .isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody().get("units").asInt()).isEqualTo(2);
    assertEngineMirrorsDirectory(identity, jdbc);
    assertThat(identity.checkPassword("xu-" + s, "导入密码-12345")).isTrue();

    byte[] exported = export();
    Map<String, List<List<String>>> first = read(exported);
    assertThat(first.get("责任单位")).containsAll(units);
    assertThat(first.get("干部"))
        .containsAll(officials.stream().map(r -> withoutPassword(r)).toList());

    long auditBefore = auditEntries();
    ResponseEntity<JsonNode> again = upload(exported);
    assertThat(again.getStatusCode()).as(String.valueOf(again.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(read(export())).isEqualTo(first);
    assertThat(auditEntries()).as("no unit or official was written again").isEqualTo(auditBefore);
    assertEngineMirrorsDirectory(identity, jdbc);
  }

  @Test
  void refusesABadWorkbookNamingSheetRowAndColumnAndWritesNothing() throws Exception {
    List<List<String>> units =
        List.of(
            row("ya-" + s, "本应导入的单位" + s, null, null),
            row("yb-" + s, null, null, "no-such-parent"));
    List<List<String>> officials =
        List.of(
            row("yl-" + s, "领导", null, "局长大人", null, null, null, "导入密码-12345"),
            row("yu-" + s, "科员", null, "责任单位", "no-such-unit", "bad-mail", null, "导入密码-12345"),
            row("yu-" + s, "重复", null, "责任单位", "ya-" + s, null, null, "导入密码-12345"),
            row("yn-" + s, "没有密码", null, "督查督办", null, null, null, null));

    ResponseEntity<JsonNode> refused = upload(workbook(units, officials));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    List<String> fields = refused.getBody().get("errors").findValuesAsText("field");
    assertThat(fields).contains("“干部”表 行 4 / A 列（用户名）");
    refused = upload(workbook(units, officials.subList(0, 2)));
    fields = refused.getBody().get("errors").findValuesAsText("field");
    assertThat(fields)
        .contains(
            "“责任单位”表 行 3 / B 列（单位名称）",
            "“干部”表 行 2 / D 列（角色）",
            "“干部”表 行 3 / E 列（所属单位代码）",
            "“干部”表 行 3 / F 列（电子邮箱）");
    List<String> withoutPassword =
        upload(workbook(List.of(), officials.subList(3, 4)))
            .getBody()
            .get("errors")
            .findValuesAsText("field");
    assertThat(withoutPassword).containsExactly("“干部”表 行 2 / H 列（初始密码）");

    assertThat(
            jdbc.queryForObject(
                "select count(*) from rectify.unit where code = ?", Long.class, "ya-" + s))
        .isZero();
    assertThat(identity.createGroupQuery().groupId("unit-ya-" + s).count()).isZero();
    assertThat(identity.createUserQuery().userId("yl-" + s).count()).isZero();
    assertEngineMirrorsDirectory(identity, jdbc);
  }

  @Test
  void refusesAWorkbookWithoutTheDirectorySheets() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.createSheet("整改台账").createRow(0).createCell(0).setCellValue("序号");
      workbook.write(out);
      ResponseEntity<JsonNode> refused = upload(out.toByteArray());
      assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("errors").findValuesAsText("field"))
          .containsExactly("“责任单位”表", "“干部”表");
    }
  }

  @Test
  void onlyAdministratorsImportTheOfficeExportsAndOthersNeither() throws Exception {
    byte[] anything = workbook(List.of(), List.of());
    assertThat(
            upload(anything, rest.withBasicAuth("t-office", TestDirectory.PASSWORD))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            rest.withBasicAuth("t-office", TestDirectory.PASSWORD)
                .getForEntity("/api/directory/export.xlsx", byte[].class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    for (String user : new String[] {"t-leader", "t-unit-a", "t-supervisor"}) {
      TestRestTemplate someone = rest.withBasicAuth(user, TestDirectory.PASSWORD);
      assertThat(someone.getForEntity("/api/directory/export.xlsx", byte[].class).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(upload(anything, someone).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(rest.getForEntity("/api/directory/export.xlsx", byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private long auditEntries() {
    return jdbc.queryForObject(
        "select count(*) from rectify.audit_entry where action like 'unit.%' or action like 'official.%'",
        Long.class);
  }

  private TestRestTemplate admin() {
    return rest.withBasicAuth("admin", System.getProperty("RECTIFY_ADMIN_PASSWORD"));
  }

  private byte[] export() {
    ResponseEntity<byte[]> response =
        admin().getForEntity("/api/directory/export.xlsx", byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> upload(byte[] content) {
    return upload(content, admin());
  }

  private static ResponseEntity<JsonNode> upload(byte[] content, TestRestTemplate as) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return "组织目录.xlsx";
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as.postForEntity(
        "/api/directory/import", new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private static List<String> row(String... values) {
    return Arrays.asList(values);
  }

  private static List<String> withoutPassword(List<String> row) {
    List<String> copy = new ArrayList<>(row);
    copy.set(7, null);
    return copy;
  }

  /** A workbook in the template's layout, written independently of the code under test. */
  private static byte[] workbook(List<List<String>> units, List<List<String>> officials)
      throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fill(workbook.createSheet("责任单位"), List.of("单位代码*", "单位名称*", "简称", "上级单位代码"), units);
      fill(
          workbook.createSheet("干部"),
          List.of("用户名*", "姓名*", "职务", "角色*", "所属单位代码", "电子邮箱", "电话", "初始密码"),
          officials);
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static void fill(Sheet sheet, List<String> headers, List<List<String>> rows) {
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      head.createCell(c).setCellValue(headers.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      for (int c = 0; c < rows.get(r).size(); c++) {
        if (rows.get(r).get(c) != null) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
    }
  }

  /** Every filled row of both sheets, as text, with blank cells as null. */
  private static Map<String, List<List<String>>> read(byte[] content) throws Exception {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      DataFormatter formatter = new DataFormatter();
      return List.of("责任单位", "干部").stream()
          .collect(
              Collectors.toMap(
                  name -> name,
                  name -> {
                    Sheet sheet = workbook.getSheet(name);
                    int width = sheet.getRow(0).getLastCellNum();
                    List<List<String>> rows = new ArrayList<>();
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                      Row row = sheet.getRow(r);
                      List<String> values = new ArrayList<>();
                      for (int c = 0; c < width; c++) {
                        String v =
                            row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c));
                        values.add(v.isEmpty() ? null : v);
                      }
                      rows.add(values);
                    }
                    return rows;
                  }));
    }
  }
}
