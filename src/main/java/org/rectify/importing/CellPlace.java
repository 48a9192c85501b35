package org.rectify.importing;

import java.util.Comparator;

/**
 * A cell of the ledger workbook, named the way people read a sheet: 第5行第J列（整改时限）. {@code row} is
 * 1-based as Excel shows it; {@code column} is zero-based.
 */
record CellPlace(String sheet, int row, int column, String header) {

  static final Comparator<CellPlace> ORDER =
      Comparator.comparing((CellPlace p) -> !p.sheet().equals(LedgerLayout.INFO_SHEET))
          .thenComparing(CellPlace::sheet)
          .thenComparingInt(CellPlace::row)
          .thenComparingInt(CellPlace::column);

  /** A whole sheet (row 0). */
  static CellPlace sheet(String sheet) {
    return new CellPlace(sheet, 0, -1, null);
  }

  /** The problem+json {@code field}: {@code 行 5 / J 列（整改时限）}, other sheets prefixed. */
  String field() {
    String prefix = sheet.equals(LedgerLayout.LEDGER_SHEET) ? "" : "“" + sheet + "”表 ";
    if (row == 0) {
      return "“" + sheet + "”表";
    }
    if (column < 0) {
      return prefix + "行 " + row;
    }
    return prefix + "行 " + row + " / " + LedgerLayout.letter(column) + " 列（" + header + "）";
  }

  /** The start of the message: 第5行第J列（整改时限）. */
  String describe() {
    String prefix = sheet.equals(LedgerLayout.LEDGER_SHEET) ? "" : "“" + sheet + "”表";
    if (row == 0) {
      return "“" + sheet + "”表";
    }
    if (column < 0) {
      return prefix + "第" + row + "行";
    }
    return prefix + "第" + row + "行第" + LedgerLayout.letter(column) + "列（" + header + "）";
  }
}
