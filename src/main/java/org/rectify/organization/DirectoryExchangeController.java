package org.rectify.organization;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.rectify.organization.DirectoryExchange.DirectoryImported;
import org.rectify.upload.AllowedType;
import org.rectify.upload.Attachments;
import org.rectify.upload.UploadRefusedException;
import org.rectify.web.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Excel export (office, administrators) and import (administrators) of the directory. */
@RestController
@RequestMapping("/api/directory")
@Tag(name = "组织目录", description = "责任单位与干部：查询、新建、更名、调整、停用、工作交接")
class DirectoryExchangeController {

  private final DirectoryExchange exchange;

  DirectoryExchangeController(DirectoryExchange exchange) {
    this.exchange = exchange;
  }

  @GetMapping("/export.xlsx")
  @Operation(summary = "导出组织目录（.xlsx）", description = "责任单位、干部两张表；空目录的导出即导入模板")
  ResponseEntity<byte[]> export() {
    return Attachments.download("组织目录.xlsx", AllowedType.XLSX.mediaType(), exchange.export());
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "导入组织目录（.xlsx，系统管理员）",
      description = "multipart 字段 file。新代码、新用户名新建，已有的按行更新；任何一处有误则什么都不写入，错误逐项指出“表 / 行 / 列”。")
  DirectoryImported importWorkbook(
      @RequestParam(name = "file", required = false) MultipartFile file, Authentication who) {
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("file", "必须选择要导入的 Excel 文件（字段 file）。");
    }
    try {
      return exchange.importWorkbook(
          file.getOriginalFilename(), file.getInputStream(), DirectoryController.actor(who));
    } catch (IOException e) {
      throw new UploadRefusedException("file", "文件读取失败，请重新上传。");
    }
  }
}
