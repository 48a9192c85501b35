package org.rectify.ledger;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.rectify.ledger.LedgerView.InspectionView;
import org.rectify.security.CurrentViewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/inspections")
@Tag(name = "整改台账", description = "读取巡视巡察及其整改台账")
class LedgerController {

  private final LedgerService ledger;
  private final CurrentViewer viewer;

  LedgerController(LedgerService ledger, CurrentViewer viewer) {
    this.ledger = ledger;
    this.viewer = viewer;
  }

  @GetMapping
  @Operation(summary = "列出巡视巡察")
  List<InspectionView> list() {
    return ledger.list();
  }

  @GetMapping("/{id}/ledger")
  @Operation(summary = "读取整改台账", description = "责任单位只看到本单位负责的问题和措施")
  LedgerView ledger(@PathVariable UUID id) {
    return ledger.read(id, viewer.get());
  }
}
