package org.rectify.importing;

import static org.rectify.importing.LedgerLayout.Column;
import static org.rectify.importing.LedgerLayout.Info;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.ledger.Ledger;
import org.rectify.ledger.Ledger.AspectEntry;
import org.rectify.ledger.Ledger.FindingEntry;
import org.rectify.ledger.Ledger.MeasureEntry;
import org.rectify.ledger.Ledger.OfficialRef;
import org.rectify.ledger.Ledger.Totals;
import org.rectify.ledger.Ledger.UnitRef;

/**
 * 台账导出: a {@link Ledger} as a workbook in the import layout ({@link LedgerLayout}: 基本信息 and 整改台账,
 * one row per measure, every cell filled in), followed on 整改台账 by the columns 问题状态, 措施状态 and 整改进展
 * that the import ignores, and a 统计 sheet with the ledger's totals. Importing the file registers
 * the same aspects, findings with their sub-findings, units, lead officials, measures and
 * deadlines: a finding with sub-findings is written as its own row, followed by the rows of its
 * sub-findings, whose 序号 (e.g. 1.2.1) the import reads as "sub-finding of the finding above".
 */
final class LedgerExport {

  /** Columns after the import layout's, in order. */
  static final List<String> STATUS_HEADERS = List.of("问题状态", "措施状态", "整改进展");

  static final String TOTALS_SHEET = "统计";

  private LedgerExport() {}

  /**
   * @param zone the zone progress notes are dated in (the one clock's)
   * @param sharedNames display names several officials have: those are written as user names
   */
  static byte[] build(Ledger ledger, ZoneId zone, Set<String> sharedNames) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(workbook);
      writeInfo(workbook.createSheet(LedgerLayout.INFO_SHEET), ledger, styles);
      Sheet sheet = workbook.createSheet(LedgerLayout.LEDGER_SHEET);
      new LedgerSheet(sheet, styles, zone, sharedNames).write(ledger);
      writeTotals(workbook.createSheet(TOTALS_SHEET), ledger.totals(), styles);
      workbook.setActiveSheet(workbook.getSheetIndex(LedgerLayout.LEDGER_SHEET));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Styles(CellStyle header, CellStyle status, CellStyle wrap, CellStyle date) {
    Styles(XSSFWorkbook workbook) {
      this(
          LedgerTemplate.headerStyle(workbook),
          statusHeader(workbook),
          wrapStyle(workbook),
          dateStyle(workbook));
    }

    private static CellStyle statusHeader(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.cloneStyleFrom(LedgerTemplate.headerStyle(workbook));
      style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return style;
    }

    private static CellStyle wrapStyle(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setWrapText(true);
      return style;
    }

    private static CellStyle dateStyle(XSSFWorkbook workbook) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      return style;
    }
  }

  private static void writeInfo(Sheet sheet, Ledger ledger, Styles styles) {
    Row head = sheet.createRow(0);
    String[] headers = {"项目", "内容"};
    for (int c = 0; c < headers.length; c++) {
      head.createCell(c).setCellValue(headers[c]);
      head.getCell(c).setCellStyle(styles.header());
    }
    Ledger.InspectionEntry i = ledger.inspection();
    int r = 1;
    for (Info field : Info.values()) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(field.label());
      Cell value = row.createCell(1);
      switch (field) {
        case LEVEL -> value.setCellValue(i.level().label());
        case TYPE -> value.setCellValue(i.type().label());
        case ROUND -> text(value, i.roundLabel(), styles);
        case TOPIC -> text(value, i.specialTopic(), styles);
        case BODY -> text(value, i.inspectingBody(), styles);
        case TEAM -> text(value, i.inspectionTeam(), styles);
        case ORGANIZATION -> text(value, i.inspectedOrganization(), styles);
        case SHORT_NAME -> text(value, i.inspectedOrganizationShort(), styles);
        case ON_SITE_START -> date(value, i.onSiteStart(), styles);
        case ON_SITE_END -> date(value, i.onSiteEnd(), styles);
        case FEEDBACK_DATE -> date(value, i.feedbackDate(), styles);
        case SUMMARY -> text(value, ledger.summary(), styles);
        case SUGGESTIONS ->
            text(
                value,
                ledger.suggestions().isEmpty() ? null : String.join("\n", ledger.suggestions()),
                styles);
      }
    }
    sheet.setColumnWidth(0, 24 * 256);
    sheet.setColumnWidth(1, 60 * 256);
    sheet.createFreezePane(0, 1);
  }

  private static void writeTotals(Sheet sheet, Totals totals, Styles styles) {
    Row head = sheet.createRow(0);
    head.createCell(0).setCellValue("项目");
    head.createCell(1).setCellValue("数量");
    head.getCell(0).setCellStyle(styles.header());
    head.getCell(1).setCellStyle(styles.header());
    Object[][] rows = {
      {"具体问题", totals.findings()},
      {"已完成整改的问题（含长期坚持、已作销号处理）", totals.findingsFinished()},
      {"整改措施", totals.measures()},
      {"已完成落实的措施", totals.measuresCompleted()},
      {"已逾期的措施", totals.measuresOverdue()}
    };
    for (int r = 0; r < rows.length; r++) {
      Row row = sheet.createRow(r + 1);
      row.createCell(0).setCellValue((String) rows[r][0]);
      row.createCell(1).setCellValue((Integer) rows[r][1]);
    }
    sheet.setColumnWidth(0, 44 * 256);
    sheet.setColumnWidth(1, 10 * 256);
    sheet.createFreezePane(0, 1);
  }

  /** The 整改台账 sheet, row by row. */
  private static final class LedgerSheet {
    private final Sheet sheet;
    private final Styles styles;
    private final ZoneId zone;
    private final Set<String> sharedNames;
    private int next = 1;

    LedgerSheet(Sheet sheet, Styles styles, ZoneId zone, Set<String> sharedNames) {
      this.sheet = sheet;
      this.styles = styles;
      this.zone = zone;
      this.sharedNames = sharedNames;
    }

    void write(Ledger ledger) {
      Row head = sheet.createRow(0);
      int columns = Column.values().length;
      for (Column column : Column.values()) {
        head.createCell(column.index()).setCellValue(column.header());
        head.getCell(column.index()).setCellStyle(styles.header());
        sheet.setColumnWidth(column.index(), LedgerTemplate.width(column) * 256);
      }
      for (int s = 0; s < STATUS_HEADERS.size(); s++) {
        head.createCell(columns + s).setCellValue(STATUS_HEADERS.get(s));
        head.getCell(columns + s).setCellStyle(styles.status());
        sheet.setColumnWidth(columns + s, (s == 2 ? 50 : 16) * 256);
      }
      for (AspectEntry aspect : ledger.aspects()) {
        for (FindingEntry finding : aspect.findings()) {
          finding(aspect, finding);
          finding.children().forEach(child -> finding(aspect, child));
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(next - 1, 1), 0, columns + 2));
    }

    private void finding(AspectEntry aspect, FindingEntry finding) {
      if (finding.measures().isEmpty()) {
        row(aspect, finding, null);
      } else {
        finding.measures().forEach(measure -> row(aspect, finding, measure));
      }
    }

    private void row(AspectEntry aspect, FindingEntry finding, MeasureEntry measure) {
      Row row = sheet.createRow(next++);
      set(row, Column.SEQUENCE, finding.code());
      set(row, Column.ASPECT, aspect.heading());
      set(row, Column.FINDING, finding.text());
      set(row, Column.DETAIL, finding.detail());
      set(row, Column.UNIT, finding.unit() == null ? null : finding.unit().name());
      set(row, Column.LEADER, leader(finding.lead()));
      set(row, Column.PUBLIC, finding.publiclyDisclosed() ? "是" : "否");
      set(row, Column.REASON, finding.nondisclosureReason());
      int columns = Column.values().length;
      cell(row, columns, finding.status().label());
      if (measure != null) {
        set(row, Column.MEASURE, measure.text());
        List<UnitRef> units = measure.units();
        boolean sameAsFinding = finding.unit() != null && units.equals(List.of(finding.unit()));
        set(
            row,
            Column.MEASURE_UNITS,
            sameAsFinding
                ? null
                : units.stream().map(UnitRef::name).collect(Collectors.joining("、")));
        set(row, Column.PERSON, measure.responsiblePerson());
        if (measure.deadline() != null) {
          date(row.createCell(Column.DEADLINE.index()), measure.deadline(), styles);
        }
        set(row, Column.TERM, measure.term().label());
        cell(row, columns + 1, measure.status().label() + (measure.overdue() ? "（已逾期）" : ""));
        cell(
            row,
            columns + 2,
            measure.progress().stream()
                .map(n -> LocalDate.ofInstant(n.createdAt(), zone) + " " + n.text())
                .collect(Collectors.joining("\n")));
      }
    }

    private String leader(OfficialRef lead) {
      if (lead == null) {
        return null;
      }
      return sharedNames.contains(lead.displayName()) ? lead.username() : lead.displayName();
    }

    private void set(Row row, Column column, String value) {
      cell(row, column.index(), value);
    }

    private void cell(Row row, int column, String value) {
      if (value != null && !value.isEmpty()) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.wrap());
      }
    }
  }

  private static void text(Cell cell, String value, Styles styles) {
    if (value != null) {
      cell.setCellValue(value);
      cell.setCellStyle(styles.wrap());
    }
  }

  private static void date(Cell cell, LocalDate value, Styles styles) {
    if (value != null) {
      cell.setCellValue(value);
      cell.setCellStyle(styles.date());
    }
  }
}
