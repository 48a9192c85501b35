package org.rectify.importing;

import java.time.Clock;
import java.util.UUID;
import org.rectify.ledger.Ledger;
import org.rectify.ledger.LedgerReader;
import org.rectify.organization.OfficialRepository;
import org.rectify.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 导出整改台账: the live ledger of an inspection, as much of it as the viewer may see (the same part as
 * {@code GET /api/inspections/{id}/ledger}), as an Excel workbook in the import layout.
 */
@Service
public class LedgerExportService {

  private final LedgerReader reader;
  private final OfficialRepository officials;
  private final Clock clock;

  LedgerExportService(LedgerReader reader, OfficialRepository officials, Clock clock) {
    this.reader = reader;
    this.officials = officials;
    this.clock = clock;
  }

  /** The workbook and the file name it is offered under. */
  public record Export(String fileName, byte[] content) {}

  @Transactional(readOnly = true)
  public Export export(UUID inspectionId, Viewer viewer) {
    Ledger ledger = reader.read(inspectionId).visibleTo(viewer);
    Ledger.InspectionEntry inspection = ledger.inspection();
    String organization =
        inspection.inspectedOrganizationShort() == null
            ? inspection.inspectedOrganization()
            : inspection.inspectedOrganizationShort();
    return new Export(
        "整改台账-" + organization + ".xlsx",
        LedgerExport.build(
            ledger, clock.getZone(), ImportService.sharedDisplayNames(officials.findAll())));
  }
}
