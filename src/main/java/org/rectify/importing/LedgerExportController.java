package org.rectify.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.rectify.importing.LedgerExportService.Export;
import org.rectify.security.CurrentViewer;
import org.rectify.upload.AllowedType;
import org.rectify.upload.Attachments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 导出整改台账 (.xlsx): everyone signed in, each seeing the part of the ledger they may see. */
@RestController
@Tag(name = "整改台账")
class LedgerExportController {

  private final LedgerExportService exports;
  private final CurrentViewer viewer;

  LedgerExportController(LedgerExportService exports, CurrentViewer viewer) {
    this.exports = exports;
    this.viewer = viewer;
  }

  @GetMapping("/api/inspections/{id}/ledger.xlsx")
  @Operation(
      summary = "导出整改台账（.xlsx）",
      description = "与导入模板相同的列（可直接再导入），另加问题状态、措施状态、整改进展三列和“统计”表；责任单位只导出本单位负责的问题和措施。")
  ResponseEntity<byte[]> export(@PathVariable UUID id) {
    Export export = exports.export(id, viewer.get());
    return Attachments.download(export.fileName(), AllowedType.XLSX.mediaType(), export.content());
  }
}
