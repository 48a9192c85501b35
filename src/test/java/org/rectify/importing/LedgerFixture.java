package org.rectify.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A filled-in 整改台账 workbook for tests, started from the template bytes: {@code info(label, value)}
 * writes column B of a 基本信息 row, {@code row(excelRow, values…)} a 整改台账 row from column A.
 */
public final class LedgerFixture {

  private final XSSFWorkbook workbook;

  private LedgerFixture(byte[] template) {
    try {
      this.workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static LedgerFixture from(byte[] template) {
    return new LedgerFixture(template);
  }

  /** The usual 基本信息 of a test inspection (feedback date 2025-08-22). */
  public LedgerFixture standardInfo() {
    return info("层级", "巡察")
        .info("巡视巡察主体", "区委")
        .info("巡视组/巡察组", "区委第一巡察组")
        .info("被巡视巡察党组织", "中共某某局党组")
        .info("反馈日期", LocalDate.of(2025, 8, 22))
        .info("整改意见", "1.加强学习\n2.压实责任");
  }

  public LedgerFixture info(String label, Object value) {
    Sheet sheet = workbook.getSheet("基本信息");
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null && first.getStringCellValue().replace("*", "").equals(label)) {
        set(row, 1, value);
        return this;
      }
    }
    throw new IllegalArgumentException("no row " + label);
  }

  /** Writes a 整改台账 row (1-based, as Excel shows it) from column A; null leaves a cell empty. */
  public LedgerFixture row(int excelRow, Object... values) {
    Sheet sheet = workbook.getSheet("整改台账");
    Row row =
        sheet.getRow(excelRow - 1) == null
            ? sheet.createRow(excelRow - 1)
            : sheet.getRow(excelRow - 1);
    for (int c = 0; c < values.length; c++) {
      set(row, c, values[c]);
    }
    return this;
  }

  public LedgerFixture header(int column, String text) {
    workbook.getSheet("整改台账").getRow(0).getCell(column).setCellValue(text);
    return this;
  }

  public byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public XSSFWorkbook workbook() {
    return workbook;
  }

  private void set(Row row, int column, Object value) {
    if (value == null) {
      return;
    }
    Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    if (value instanceof LocalDate date) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      cell.setCellValue(date);
      cell.setCellStyle(style);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else {
      cell.setCellValue(value.toString());
    }
  }
}
