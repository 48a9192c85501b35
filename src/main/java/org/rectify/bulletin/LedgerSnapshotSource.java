package org.rectify.bulletin;

import java.time.LocalDate;
import java.util.UUID;

/**
 * 台账取数 for bulletins: the ledger of an inspection as a {@link LedgerSnapshot}. Implemented by the
 * ledger's one reader (a projection of {@code ledger.Ledger}), so a bulletin counts exactly what
 * the ledger page counts.
 */
public interface LedgerSnapshotSource {

  /**
   * @param asOf the day the snapshot is taken (截至 date)
   */
  LedgerSnapshot snapshot(UUID inspectionId, LocalDate asOf);
}
