package org.rectify.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.security.Principal;
import org.rectify.importing.ImportService.LedgerImported;
import org.rectify.upload.AllowedType;
import org.rectify.upload.Attachments;
import org.rectify.upload.UploadRefusedException;
import org.rectify.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 导入: Excel ledger template and import, Word/text feedback to a registration draft (office). */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "导入", description = "Excel 整改台账导入；Word/文本反馈意见识别为登记草稿")
class ImportController {

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @GetMapping("/ledger-template.xlsx")
  @Operation(summary = "下载整改台账导入模板（.xlsx）")
  ResponseEntity<byte[]> template() {
    return Attachments.download("整改台账导入模板.xlsx", AllowedType.XLSX.mediaType(), imports.template());
  }

  @PostMapping(path = "/import/ledger", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "导入 Excel 整改台账并登记",
      description =
          "multipart 字段 file 为按模板填写的 .xlsx。与 POST /api/inspections 使用同一校验和同一写入：要么全部保存，要么什么都不保存；"
              + "错误以 application/problem+json 返回，逐项指出“第N行第X列（列名）”。")
  ResponseEntity<LedgerImported> importLedger(
      @RequestParam(name = "file", required = false) MultipartFile file, Principal principal) {
    LedgerImported imported =
        imports.importLedger(file(file).getOriginalFilename(), stream(file), principal.getName());
    return ResponseEntity.created(URI.create("/api/inspections/" + imported.id() + "/ledger"))
        .body(imported);
  }

  @PostMapping(
      path = "/import/feedback",
      consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
  @Operation(
      summary = "从 Word（.docx）或文本识别反馈意见，返回登记草稿",
      description =
          "multipart 字段 file（.docx 或 .txt）或表单字段 text。只识别、不保存：核对补全草稿后提交 POST /api/inspections。")
  FeedbackDraft draft(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text) {
    if (file != null && !file.isEmpty()) {
      return imports.draftFromFile(file.getOriginalFilename(), stream(file));
    }
    if (text != null) {
      return imports.draftFromText(text, "text");
    }
    throw InvalidInputException.of("file", "请上传反馈意见的 Word（.docx）或文本文件（字段 file），或粘贴文本（字段 text）。");
  }

  @PostMapping(path = "/import/feedback", consumes = MediaType.TEXT_PLAIN_VALUE)
  @Operation(summary = "从粘贴的反馈意见文本（text/plain）识别登记草稿")
  FeedbackDraft draftFromPlainText(
      @RequestBody(required = false) byte[] body,
      @RequestHeader(name = "Content-Type", required = false) String contentType) {
    if (body == null || body.length == 0) {
      throw InvalidInputException.of("$", "反馈意见文本是空的。");
    }
    return imports.draftFromBody(body, charset(contentType));
  }

  private static MultipartFile file(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("file", "必须选择要导入的 Excel 文件（字段 file）。");
    }
    return file;
  }

  private static InputStream stream(MultipartFile file) {
    try {
      return file.getInputStream();
    } catch (IOException e) {
      throw new UploadRefusedException("file", "文件读取失败，请重新上传。");
    }
  }

  private static Charset charset(String contentType) {
    try {
      MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
      return type == null ? null : type.getCharset();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
