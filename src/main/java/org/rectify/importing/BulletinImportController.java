package org.rectify.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;
import org.rectify.importing.BulletinImportService.BulletinImported;
import org.rectify.importing.BulletinImportService.Corrections;
import org.rectify.importing.BulletinImportService.Document;
import org.rectify.upload.UploadRefusedException;
import org.rectify.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 导入通报 (office) and 通报体检 (office, supervisors). */
@RestController
@Tag(name = "导入通报与通报体检", description = "从已发布的通报（Word/文本）登记台账；检查通报自身的数字、状态、编号和落款")
class BulletinImportController {

  private final BulletinImportService service;

  BulletinImportController(BulletinImportService service) {
    this.service = service;
  }

  @PostMapping(
      path = "/api/inspections/import/bulletin/preview",
      consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
  @Operation(
      summary = "识别通报，返回导入预览（不保存）",
      description =
          "multipart 字段 file（.docx 或 .txt）或表单字段 text；可选更正字段 feedbackDate、inspectingBody、"
              + "inspectionTeam、inspectedOrganization。返回识别出的事实、方面和问题（含状态及其来源）、文中所述数字及其与清单不符之处、"
              + "未能识别的内容，以及确认导入前还需补正的项目。")
  BulletinPreview preview(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "feedbackDate", required = false) String feedbackDate,
      @RequestParam(name = "inspectingBody", required = false) String inspectingBody,
      @RequestParam(name = "inspectionTeam", required = false) String inspectionTeam,
      @RequestParam(name = "inspectedOrganization", required = false)
          String inspectedOrganization) {
    return service.preview(
        document(file, text),
        new Corrections(feedbackDate, inspectingBody, inspectionTeam, inspectedOrganization));
  }

  @PostMapping(
      path = "/api/inspections/import/bulletin",
      consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
  @Operation(
      summary = "确认导入通报：登记巡视巡察，问题带原文状态和正文",
      description =
          "字段同预览。与 POST /api/inspections 使用同一校验和同一写入：要么全部保存，要么什么都不保存；"
              + "原文件与其文本随巡视巡察一并冻结保存。未写明状态的问题登记为“未启动”，进入正常整改流程；已完成的问题不再启动整改流程。")
  ResponseEntity<BulletinImported> confirm(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text,
      @RequestParam(name = "feedbackDate", required = false) String feedbackDate,
      @RequestParam(name = "inspectingBody", required = false) String inspectingBody,
      @RequestParam(name = "inspectionTeam", required = false) String inspectionTeam,
      @RequestParam(name = "inspectedOrganization", required = false) String inspectedOrganization,
      Principal principal) {
    BulletinImported imported =
        service.confirm(
            document(file, text),
            new Corrections(feedbackDate, inspectingBody, inspectionTeam, inspectedOrganization),
            principal.getName());
    return ResponseEntity.created(
            URI.create("/api/inspections/" + imported.inspectionId() + "/ledger"))
        .body(imported);
  }

  @GetMapping(
      path = "/api/inspections/{id}/imported-bulletin/text",
      produces = "text/plain;charset=UTF-8")
  @Operation(
      summary = "按当前台账重排导入的通报（纯文本）",
      description = "以原通报的版式（编号、标签、统计语句）和台账中各问题当前的状态重新排出文本；其余段落按原文。")
  String reprint(@PathVariable UUID id) {
    return service.reprint(id);
  }

  @PostMapping(
      path = "/api/bulletin-check",
      consumes = {MediaType.MULTIPART_FORM_DATA_VALUE, MediaType.APPLICATION_FORM_URLENCODED_VALUE})
  @Operation(
      summary = "通报体检",
      description =
          "multipart 字段 file（.docx 或 .txt）或表单字段 text。返回中文体检报告：所述数字与自身清单不符、问题无状态、状态与标签矛盾、"
              + "编号跳号重号、缺少联系方式或监督邀请、日期顺序不合理。")
  BulletinCheck.Report check(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "text", required = false) String text) {
    return service.check(document(file, text));
  }

  Document document(MultipartFile file, String text) {
    if (file != null && !file.isEmpty()) {
      try {
        return service.fromFile(file.getOriginalFilename(), file.getInputStream());
      } catch (IOException e) {
        throw new UploadRefusedException("file", "文件读取失败，请重新上传。");
      }
    }
    if (text != null && !text.isBlank()) {
      return service.fromText(text, "text");
    }
    throw InvalidInputException.of("file", "请上传通报的 Word（.docx）或文本文件（字段 file），或粘贴文本（字段 text）。");
  }
}
