package org.rectify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.rectify.fixtures.RegistrationJson.finding;
import static org.rectify.fixtures.RegistrationJson.inspection;
import static org.rectify.fixtures.RegistrationJson.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.FindingRepository;
import org.rectify.fixtures.TestDirectory;
import org.rectify.importing.LedgerFixture;
import org.rectify.inspection.InspectionRepository;
import org.rectify.organization.DirectoryService;
import org.rectify.plan.MeasureRepository;
import org.rectify.rectification.Evidence;
import org.rectify.rectification.EvidenceRepository;
import org.rectify.testsupport.PostgresIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 坏输入: across the API, malformed, mistyped, oversized, broken or impossible input and unknown ids
 * each get {@code application/problem+json} with a Chinese message naming the place, never a stack
 * trace or an exception class name, and nothing is written (rows are counted before and after each
 * test).
 *
 * <p>Cases covered elsewhere and not repeated here: malformed JSON, an impossible feedback date, an
 * unknown unit and an unknown enum name on {@code POST /api/inspections} and an unknown
 * inspection's ledger ({@code registration.RegistrationApiIT}); an oversized JSON body, unknown
 * paths, wrong methods and content types ({@code web.ErrorHygieneIT}); several errors of one Excel
 * ledger at once, a bad 整改时限 and text without headings ({@code importing.ImportApiIT}); files
 * renamed to hide their type, zip bombs and XXE at the parser level ({@code
 * upload.UploadInspectorTest}, {@code upload.ParserSafetyTest}).
 */
@PostgresIntegrationTest
class BadInputIT {

  private static final String LEDGER = "/api/inspections/import/ledger";
  private static final String FEEDBACK = "/api/inspections/import/feedback";

  @Autowired TestRestTemplate rest;
  @Autowired DirectoryService directory;
  @Autowired InspectionRepository inspections;
  @Autowired FindingRepository findings;
  @Autowired MeasureRepository measures;
  @Autowired ObjectMapper json;
  @Autowired EvidenceRepository evidence;
  @Autowired TaskService tasks;
  @Autowired Clock clock;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlers;

  @LocalServerPort int port;

  /** Made once for the class by {@link #measureInProgress()}. */
  private static UUID measureInProgress;

  private long[] before;

  @BeforeEach
  void countRows() {
    TestDirectory.ensure(directory);
    before = counts();
  }

  @AfterEach
  void nothingWasWritten() {
    assertThat(counts()).as("inspections, findings, measures").containsExactly(before);
  }

  @Test
  void malformedJsonOnAStepEndpointIsNamedByLineAndColumn() {
    ResponseEntity<String> response =
        postJson(
            "/api/findings/" + UUID.randomUUID() + "/plan-review", "{\n  \"approved\": tru\n}");

    JsonNode problem = problem(response, 400);
    assertThat(problem.at("/errors/0/message").asText()).contains("不是有效的 JSON", "第 2 行", "列");
  }

  @Test
  void aValueOfTheWrongTypeIsNamedByItsJsonPath() {
    ResponseEntity<String> registration =
        postJson(
            "/api/inspections", "{\"level\":\"MUNICIPAL\",\"feedback\":{\"aspects\":\"不是列表\"}}");
    ResponseEntity<String> review =
        postJson("/api/findings/" + UUID.randomUUID() + "/plan-review", "{\"approved\":[1,2]}");

    assertThat(problem(registration, 400).at("/errors/0/field").asText())
        .isEqualTo("feedback.aspects");
    assertThat(problem(registration, 400).at("/errors/0/message").asText()).contains("类型不正确");
    assertThat(problem(review, 400).at("/errors/0/field").asText()).isEqualTo("approved");
  }

  @Test
  void impossibleDatesInARegistrationAreEachNamed() throws IOException {
    Map<String, Object> body =
        inspection()
            .with("onSiteStart", "2025-13-01")
            .aspect(
                "方面一",
                finding(
                    "问题一",
                    TestDirectory.UNIT_A,
                    "t-leader",
                    measure("措施", "2025-11-31", "TIME_BOUND")))
            .build();

    JsonNode problem = problem(postJson("/api/inspections", json.writeValueAsString(body)), 400);

    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactly("feedback.aspects[0].findings[0].measures[0].deadline", "onSiteStart");
    assertThat(problem.get("errors").findValuesAsText("message"))
        .allSatisfy(m -> assertThat(m).contains("日期无效"));
  }

  @Test
  void anOversizedTextBodyAndAnOversizedUploadAreRefusedWith413() {
    HttpHeaders plain = new HttpHeaders();
    plain.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
    byte[] text = "一、".concat("问".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
    ResponseEntity<String> body =
        office().postForEntity(FEEDBACK, new HttpEntity<>(text, plain), String.class);
    byte[] file = new byte[20 * 1024 * 1024 + 64 * 1024];
    Arrays.fill(file, (byte) 'x');

    problem(body, 413);
    assertThat(problem(rawUpload(LEDGER, "台账.xlsx", file), 413).get("title").asText())
        .isEqualTo("内容过大");
  }

  @Test
  void aTruncatedWorkbookIsRefusedAsBroken() {
    byte[] workbook = filledLedger().bytes();
    byte[] truncated = Arrays.copyOf(workbook, workbook.length / 2);

    JsonNode problem = problem(upload(LEDGER, "台账.xlsx", truncated), 400);

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(problem.at("/errors/0/message").asText()).containsAnyOf("已损坏", "不允许上传此类文件");
  }

  @Test
  void aWorkbookThatIsAZipBombIsRefused() throws IOException {
    byte[] bomb = withEntry(filledLedger().bytes(), "xl/media/padding.xml", 20 * 1024 * 1024);

    JsonNode problem = problem(upload(LEDGER, "台账.xlsx", bomb), 400);

    assertThat(problem.at("/errors/0/message").asText()).contains("压缩炸弹");
  }

  @Test
  void aProgramOrATextFileRenamedToXlsxIsRefusedByItsContent() {
    byte[] program = new byte[512];
    program[0] = 'M';
    program[1] = 'Z';
    program[0x3c] = (byte) 0x80;
    byte[] peHeader = {'P', 'E', 0, 0};
    System.arraycopy(peHeader, 0, program, 0x80, 4);

    JsonNode exe = problem(upload(LEDGER, "台账.xlsx", program), 400);
    JsonNode text =
        problem(
            upload(LEDGER, "台账.xlsx", "方面,问题\n方面一,问题一\n".getBytes(StandardCharsets.UTF_8)), 400);

    assertThat(exe.at("/errors/0/message").asText()).contains("不允许上传此类文件");
    assertThat(text.at("/errors/0/message").asText()).contains("请上传 Excel 工作簿（.xlsx）");
  }

  @Test
  void aLedgerWithAWrongColumnNamesTheExpectedHeader() {
    byte[] workbook = filledLedger().header(9, "完成时间").bytes();

    JsonNode problem = problem(upload(LEDGER, "台账.xlsx", workbook), 400);

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("行 1 / J 列（整改时限）");
    assertThat(problem.at("/errors/0/message").asText())
        .contains("第1行第J列（整改时限）", "表头应为“整改时限”", "完成时间");
  }

  @Test
  void aLedgerWithAnImpossibleFeedbackDateNamesTheCellOnTheInfoSheet() {
    byte[] workbook = filledLedger().info("反馈日期", "2025年2月30日").bytes();

    JsonNode problem = problem(upload(LEDGER, "台账.xlsx", workbook), 400);

    assertThat(problem.get("errors").findValuesAsText("field"))
        .containsExactly("“基本信息”表 行 12 / B 列（反馈日期）");
    assertThat(problem.at("/errors/0/message").asText())
        .contains("“基本信息”表第12行第B列（反馈日期）", "日期无效", "2025年2月30日");
  }

  @Test
  void aBrokenOrMislabelledWordDocumentIsRefused() throws IOException {
    byte[] garbage = "这不是 Word 文档".repeat(50).getBytes(StandardCharsets.UTF_8);
    byte[] plainZip = zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
    byte[] workbook = filledLedger().bytes();

    JsonNode notWord = problem(upload(FEEDBACK, "反馈意见.docx", plainZip), 400);
    JsonNode excel = problem(upload(FEEDBACK, "反馈意见.docx", workbook), 400);
    JsonNode text = problem(upload(FEEDBACK, "反馈意见.docx", garbage), 400);

    assertThat(notWord.at("/errors/0/message").asText()).containsAnyOf("不允许上传此类文件", "已损坏");
    assertThat(excel.at("/errors/0/message").asText()).contains("Word", "已损坏");
    assertThat(text.at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(text.at("/errors/0/message").asText()).contains("未能识别反馈意见的结构");
  }

  @Test
  void unknownIdsAreAnsweredWithAChinese404() {
    String id = UUID.randomUUID().toString();
    List<ResponseEntity<String>> answers =
        List.of(
            office().getForEntity("/api/findings/" + id, String.class),
            postJson("/api/findings/" + id + "/plan-review", "{\"approved\":true}"),
            postJson("t-unit-a", "/api/measures/" + id + "/progress", "{\"text\":\"已召开专题会议\"}"),
            postJson("/api/inspections/" + id + "/stage-bulletins", "{}"),
            office().getForEntity("/api/bulletins/" + id, String.class),
            postJson("t-leader", "/api/bulletins/" + id + "/approval", "{\"approved\":true}"));

    for (ResponseEntity<String> answer : answers) {
      JsonNode problem = problem(answer, 404);
      assertThat(problem.get("title").asText()).isEqualTo("未找到");
      assertThat(problem.get("detail").asText()).matches("^\\p{IsHan}.*").endsWith(id);
    }
  }

  @Test
  void evidenceThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() {
    String path = "/api/measures/" + measureInProgress() + "/evidence";
    long evidenceBefore = evidence.count();
    Map<String, byte[]> refused = new LinkedHashMap<>();
    refused.put("整改报告.pdf", elfProgram());
    refused.put("现场照片.png", htmlWithScript());
    refused.put("示意图.svg", svgWithScript());
    refused.put(
        "制度.docx", new byte[] {0x13, 0x37, (byte) 0xca, (byte) 0xfe, 0, 0x42, 9, 1, 0x7e, 5});

    for (Map.Entry<String, byte[]> file : refused.entrySet()) {
      JsonNode problem = problem(upload("t-unit-a", path, file.getKey(), file.getValue()), 400);
      assertThat(problem.at("/errors/0/field").asText()).as(file.getKey()).isEqualTo("file");
      assertThat(problem.at("/errors/0/message").asText())
          .as(file.getKey())
          .matches("^\\p{IsHan}.*");
    }
    assertThat(evidence.count()).isEqualTo(evidenceBefore);
  }

  @Test
  void anEvidenceFileNamedWithAPathIsStoredUnderItsLastPartWithTheDetectedType()
      throws IOException {
    String path = "/api/measures/" + measureInProgress() + "/evidence";

    ResponseEntity<String> stored = upload("t-unit-a", path, "../../etc/passwd.pdf", pdf());

    assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(200);
    Evidence saved =
        evidence
            .findById(UUID.fromString(json.readTree(stored.getBody()).get("evidenceId").asText()))
            .orElseThrow();
    assertThat(saved.getFileName()).isEqualTo("passwd.pdf");
    assertThat(saved.getContentType()).isEqualTo("application/pdf");
  }

  /**
   * Every endpoint that takes a file (found by reflection: a handler method with a {@link
   * MultipartFile} parameter) goes through the upload inspector: a program named .pdf is refused
   * with the inspector's message and nothing is stored.
   */
  @Test
  void everyUploadEndpointGoesThroughTheUploadInspector() {
    Map<String, String> callers = new LinkedHashMap<>();
    callers.put("/api/measures/{measureId}/evidence", "t-unit-a");
    callers.put("/api/inspections/import/ledger", "t-office");
    callers.put("/api/inspections/import/feedback", "t-office");
    callers.put("/api/inspections/import/bulletin/preview", "t-office");
    callers.put("/api/inspections/import/bulletin", "t-office");
    callers.put("/api/bulletin-check", "t-supervisor");
    callers.put("/bulletins/tools/check", "t-office");
    callers.put("/bulletins/tools/preview", "t-office");
    callers.put("/api/directory/import", "admin");
    List<String> uploadPaths = new ArrayList<>();
    handlers
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              boolean takesAFile =
                  Arrays.stream(method.getMethodParameters())
                      .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
              if (takesAFile) {
                uploadPaths.addAll(info.getPatternValues());
              }
            });
    assertThat(uploadPaths).isNotEmpty();
    assertThat(callers.keySet())
        .as("an upload endpoint this test does not know yet: add it to the callers above")
        .containsAll(uploadPaths);
    long evidenceBefore = evidence.count();

    for (String pattern : uploadPaths) {
      String path = pattern.replace("{measureId}", measureInProgress().toString());
      ResponseEntity<String> refused = upload(callers.get(pattern), path, "整改报告.pdf", elfProgram());
      if (!pattern.startsWith("/api/")) {
        // A page answers with itself, the inspector's message shown at the file field.
        assertThat(refused.getStatusCode().value()).as(pattern).isEqualTo(200);
        assertThat(refused.getBody()).as(pattern).contains("不允许上传此类文件（按内容识别为 ");
        continue;
      }
      JsonNode problem = problem(refused, 400);
      assertThat(problem.at("/errors/0/field").asText()).as(pattern).isEqualTo("file");
      assertThat(problem.at("/errors/0/message").asText())
          .as(pattern)
          .startsWith("不允许上传此类文件（按内容识别为 ");
    }
    assertThat(evidence.count()).isEqualTo(evidenceBefore);
  }

  // ---------------------------------------------------------------- helpers

  /**
   * A measure whose 落实整改措施 task is open for unit A, made through the API once for the class; the
   * rows it writes are counted into {@link #before}.
   */
  private UUID measureInProgress() {
    if (measureInProgress == null) {
      Map<String, Object> body =
          inspection().aspect("方面一", finding("问题一", TestDirectory.UNIT_A, "t-leader")).build();
      String inspectionId =
          readId(office().postForEntity("/api/inspections", body, String.class), "id");
      UUID findingId = findings.findByInspection(UUID.fromString(inspectionId)).get(0).getId();
      postJson(
          "/api/inspections/" + inspectionId + "/assignment",
          "{\"assignments\":[{\"findingId\":\""
              + findingId
              + "\",\"responsibleUnit\":\""
              + TestDirectory.UNIT_A
              + "\",\"leadOfficial\":\"t-leader\"}]}");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> openTasks("FindingRectification", findingId) == 1);
      postJson(
          "t-unit-a",
          "/api/findings/" + findingId + "/measures",
          "{\"measures\":[{\"text\":\"建立学习制度\",\"responsiblePerson\":\"张三\",\"deadline\":\""
              + LocalDate.now(clock).plusDays(30)
              + "\",\"term\":\"TIME_BOUND\"}]}");
      postJson("/api/findings/" + findingId + "/plan-review", "{\"approved\":true}");
      UUID measureId = measures.findByFindingIdOrderByOrdinal(findingId).get(0).getId();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> openTasks("MeasureExecution", measureId) == 1);
      measureInProgress = measureId;
    }
    before = counts();
    return measureInProgress;
  }

  private long openTasks(String processKey, UUID businessKey) {
    return tasks
        .createTaskQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey.toString())
        .count();
  }

  private String readId(ResponseEntity<String> response, String field) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    try {
      return json.readTree(response.getBody()).get(field).asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] elfProgram() {
    byte[] elf = new byte[256];
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    elf[5] = 1;
    elf[6] = 1;
    elf[16] = 2;
    elf[18] = 0x3e;
    return elf;
  }

  private static byte[] htmlWithScript() {
    return "<!DOCTYPE html>\n<html><body><script>fetch('/api/audit')</script></body></html>\n"
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] svgWithScript() {
    return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
            + "<script>alert(document.cookie)</script></svg>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private long[] counts() {
    return new long[] {inspections.count(), findings.count(), measures.count()};
  }

  private LedgerFixture filledLedger() {
    byte[] template =
        office()
            .exchange("/api/inspections/ledger-template.xlsx", HttpMethod.GET, null, byte[].class)
            .getBody();
    return LedgerFixture.from(template)
        .standardInfo()
        .row(2, 1, "方面一", "问题一", null, "第一科", null, "措施一", null, null, "2025-12-31", "限期整改");
  }

  /** The answer is problem+json with the status, a Chinese title and no internals. */
  private JsonNode problem(ResponseEntity<String> response, int status) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(response.getBody())
        .doesNotContain(
            "Exception",
            "at org.",
            "at java.",
            "java.",
            "trace",
            "org.springframework",
            "org.apache");
    try {
      JsonNode problem = json.readTree(response.getBody());
      assertThat(problem.get("title").asText()).matches(".*\\p{IsHan}.*");
      return problem;
    } catch (IOException e) {
      throw new AssertionError(response.getBody(), e);
    }
  }

  private ResponseEntity<String> postJson(String path, String body) {
    return postJson("t-office", path, body);
  }

  /** As a user who may work the step: another role is refused (403) before the id is looked up. */
  private ResponseEntity<String> postJson(String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestDirectory.PASSWORD)
        .postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> upload(String path, String fileName, byte[] content) {
    return upload("t-office", path, fileName, content);
  }

  private ResponseEntity<String> upload(String user, String path, String fileName, byte[] content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    String password =
        user.equals("admin")
            ? System.getProperty("RECTIFY_ADMIN_PASSWORD")
            : TestDirectory.PASSWORD;
    return rest.withBasicAuth(user, password)
        .postForEntity(path, new HttpEntity<>(parts, headers), String.class);
  }

  /**
   * A multipart upload sent with the JDK client, which reads an early answer while still sending.
   */
  private ResponseEntity<String> rawUpload(String path, String fileName, byte[] content) {
    String boundary = "----rectify" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                      .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      ("t-office:" + TestDirectory.PASSWORD)
                                          .getBytes(StandardCharsets.UTF_8)))
                      .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      HttpHeaders headers = new HttpHeaders();
      response.headers().map().forEach(headers::addAll);
      return ResponseEntity.status(response.statusCode()).headers(headers).body(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private TestRestTemplate office() {
    return rest.withBasicAuth("t-office", TestDirectory.PASSWORD);
  }

  /** The package with one more entry of {@code size} spaces (deflates about 1:1000). */
  private static byte[] withEntry(byte[] zip, String name, int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
      out.setLevel(Deflater.BEST_COMPRESSION);
      out.putNextEntry(new ZipEntry(name));
      byte[] block = new byte[1024 * 1024];
      Arrays.fill(block, (byte) ' ');
      for (int written = 0; written < size; written += block.length) {
        out.write(block);
      }
      out.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry(name));
      out.write(content);
      out.closeEntry();
    }
    return bytes.toByteArray();
  }
}
