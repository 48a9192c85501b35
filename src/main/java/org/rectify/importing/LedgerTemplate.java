package org.rectify.importing;

import static org.rectify.importing.LedgerLayout.Column;
import static org.rectify.importing.LedgerLayout.Info;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the 整改台账 template: 基本信息, 整改台账 (one header row, drop-down lists for 层级, 类型, 责任单位, 责任领导,
 * 时限类型, 是否公开), 说明 (every column and its allowed values), and a hidden 选项 sheet holding the current
 * units and leaders for the drop-downs.
 */
final class LedgerTemplate {

  static final int VALIDATED_ROWS = 2_000;

  private LedgerTemplate() {}

  /**
   * @param units unit names for the 责任单位 drop-down
   * @param leaders leaders' display names for the 责任领导 drop-down
   */
  static byte[] build(List<String> units, List<String> leaders) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = headerStyle(workbook);
      CellStyle wrap = workbook.createCellStyle();
      wrap.setWrapText(true);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));

      Sheet info = workbook.createSheet(LedgerLayout.INFO_SHEET);
      Row infoHeader = info.createRow(0);
      String[] infoHeaders = {"项目", "内容", "说明"};
      for (int c = 0; c < infoHeaders.length; c++) {
        infoHeader.createCell(c).setCellValue(infoHeaders[c]);
        infoHeader.getCell(c).setCellStyle(header);
      }
      for (Info field : Info.values()) {
        Row row = info.createRow(field.ordinal() + 1);
        row.createCell(0).setCellValue(field.label() + (field.required() ? "*" : ""));
        row.createCell(1)
            .setCellStyle(
                field.name().contains("DATE") || field.name().startsWith("ON_SITE") ? date : wrap);
        row.createCell(2).setCellValue(field.help());
      }
      info.setColumnWidth(0, 24 * 256);
      info.setColumnWidth(1, 50 * 256);
      info.setColumnWidth(2, 50 * 256);
      DataValidationHelper infoHelper = info.getDataValidationHelper();
      addList(info, infoHelper, Info.LEVEL.ordinal() + 1, 1, new String[] {"巡视", "巡察"});
      addList(info, infoHelper, Info.TYPE.ordinal() + 1, 1, new String[] {"常规", "专项", "回头看"});

      Sheet ledger = workbook.createSheet(LedgerLayout.LEDGER_SHEET);
      Row ledgerHeader = ledger.createRow(0);
      for (Column column : Column.values()) {
        ledgerHeader.createCell(column.index()).setCellValue(column.header());
        ledgerHeader.getCell(column.index()).setCellStyle(header);
        ledger.setColumnWidth(column.index(), width(column) * 256);
        ledger.setDefaultColumnStyle(column.index(), column == Column.DEADLINE ? date : wrap);
      }
      ledger.createFreezePane(0, 1);
      DataValidationHelper helper = ledger.getDataValidationHelper();
      addList(
          ledger,
          helper,
          Column.TERM,
          helper.createExplicitListConstraint(new String[] {"立行立改", "限期整改", "长期坚持"}));
      addList(
          ledger,
          helper,
          Column.PUBLIC,
          helper.createExplicitListConstraint(new String[] {"是", "否"}));
      if (!units.isEmpty()) {
        addList(
            ledger,
            helper,
            Column.UNIT,
            helper.createFormulaListConstraint(range("A", units.size())));
      }
      if (!leaders.isEmpty()) {
        addList(
            ledger,
            helper,
            Column.LEADER,
            helper.createFormulaListConstraint(range("B", leaders.size())));
      }

      Sheet help = workbook.createSheet(LedgerLayout.HELP_SHEET);
      writeHelp(help, header, wrap);

      Sheet lists = workbook.createSheet(LedgerLayout.LISTS_SHEET);
      writeList(lists, 0, "责任单位", units);
      writeList(lists, 1, "责任领导", leaders);
      workbook.setSheetHidden(workbook.getSheetIndex(LedgerLayout.LISTS_SHEET), true);
      workbook.setActiveSheet(workbook.getSheetIndex(LedgerLayout.INFO_SHEET));
      workbook.setFirstVisibleTab(workbook.getSheetIndex(LedgerLayout.INFO_SHEET));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeHelp(Sheet help, CellStyle header, CellStyle wrap) {
    int r = 0;
    String[] intro = {
      "整改台账导入说明",
      "1. 在“基本信息”表填写巡视巡察的基本情况（带 * 的必填）。",
      "2. 在“整改台账”表每行填写一条整改措施（或只填问题、不填措施）。同一方面、同一问题的后续行，“方面”“具体问题”可留空，表示同上；合并单元格也可以。",
      "3. 不要改动第一行表头和列的顺序。日期可以是 Excel 日期，或文本 2026-03-31、2026/3/31、2026年3月31日。",
      "4. 导入时逐项检查：有任何错误都不会保存，错误会逐条指出“第几行第几列（列名）”。"
    };
    for (String line : intro) {
      help.createRow(r++).createCell(0).setCellValue(line);
    }
    r++;
    Row head = help.createRow(r++);
    String[] headers = {"列", "列名", "是否必填", "说明"};
    for (int c = 0; c < headers.length; c++) {
      head.createCell(c).setCellValue(headers[c]);
      head.getCell(c).setCellStyle(header);
    }
    for (Column column : Column.values()) {
      Row row = help.createRow(r++);
      row.createCell(0).setCellValue(LedgerLayout.letter(column.index()));
      row.createCell(1).setCellValue(column.header());
      row.createCell(2).setCellValue(column.required() ? "必填" : "可选");
      row.createCell(3).setCellValue(column.help());
      row.getCell(3).setCellStyle(wrap);
    }
    r++;
    help.createRow(r++)
        .createCell(0)
        .setCellValue("时限类型的取值：立行立改、限期整改、长期坚持；是否公开：是、否；层级：巡视、巡察；类型：常规、专项、回头看。");
    help.createRow(r)
        .createCell(0)
        .setCellValue("责任单位、责任领导可从下拉列表选择（列表来自系统中的单位和责任领导），也可填写单位代码或领导的用户名。");
    help.setColumnWidth(0, 10 * 256);
    help.setColumnWidth(1, 16 * 256);
    help.setColumnWidth(2, 10 * 256);
    help.setColumnWidth(3, 90 * 256);
  }

  private static void writeList(Sheet sheet, int column, String title, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      Row row = sheet.getRow(i) == null ? sheet.createRow(i) : sheet.getRow(i);
      row.createCell(column).setCellValue(values.get(i));
    }
    if (values.isEmpty()) {
      Row row = sheet.getRow(0) == null ? sheet.createRow(0) : sheet.getRow(0);
      row.createCell(column).setCellValue("（无" + title + "）");
    }
  }

  private static String range(String column, int size) {
    return "'" + LedgerLayout.LISTS_SHEET + "'!$" + column + "$1:$" + column + "$" + size;
  }

  private static void addList(
      Sheet sheet,
      DataValidationHelper helper,
      Column column,
      DataValidationConstraint constraint) {
    CellRangeAddressList cells =
        new CellRangeAddressList(1, VALIDATED_ROWS, column.index(), column.index());
    DataValidation validation = helper.createValidation(constraint, cells);
    validation.setShowErrorBox(true);
    validation.createErrorBox("取值无效", "请从下拉列表中选择。");
    sheet.addValidationData(validation);
  }

  private static void addList(
      Sheet sheet, DataValidationHelper helper, int row, int column, String[] values) {
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(values),
            new CellRangeAddressList(row, row, column, column));
    validation.setShowErrorBox(true);
    validation.createErrorBox("取值无效", "请从下拉列表中选择：" + String.join("、", values));
    sheet.addValidationData(validation);
  }

  static int width(Column column) {
    return switch (column) {
      case SEQUENCE -> 6;
      case ASPECT, DETAIL -> 30;
      case FINDING, MEASURE -> 40;
      case DEADLINE, TERM, PUBLIC, PERSON -> 12;
      default -> 18;
    };
  }

  static CellStyle headerStyle(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    return style;
  }
}
