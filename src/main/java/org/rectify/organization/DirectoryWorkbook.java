package org.rectify.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
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
 * The 组织目录 workbook: sheet 责任单位 (单位代码, 单位名称, 简称, 上级单位代码), sheet 干部 (用户名, 姓名, 职务, 角色, 所属单位代码, 电子邮箱,
 * 电话, 初始密码) and sheet 说明. The export writes the current directory in this layout (an export of an
 * empty directory is the blank template); the import reads it back.
 */
final class DirectoryWorkbook {

  static final String UNITS_SHEET = "责任单位";
  static final String OFFICIALS_SHEET = "干部";
  static final String NOTES_SHEET = "说明";
  static final int VALIDATED_ROWS = 2_000;

  /** A column: its header, the input field it fills, whether it is required. */
  record Column(String header, String field, boolean required) {
    String title() {
      return header + (required ? "*" : "");
    }
  }

  static final List<Column> UNIT_COLUMNS =
      List.of(
          new Column("单位代码", "code", true),
          new Column("单位名称", "name", true),
          new Column("简称", "shortName", false),
          new Column("上级单位代码", "parent", false));

  static final List<Column> OFFICIAL_COLUMNS =
      List.of(
          new Column("用户名", "username", true),
          new Column("姓名", "displayName", true),
          new Column("职务", "title", false),
          new Column("角色", "role", true),
          new Column("所属单位代码", "unit", false),
          new Column("电子邮箱", "email", false),
          new Column("电话", "phone", false),
          new Column("初始密码", "password", false));

  /** One filled row: its 1-based row number as Excel shows it, and its cells by field. */
  record SheetRow(int row, Map<String, String> values) {
    String get(String field) {
      return values.get(field);
    }
  }

  private DirectoryWorkbook() {}

  static byte[] write(List<List<String>> units, List<List<String>> officials) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle header = headerStyle(workbook);
      CellStyle text = workbook.createCellStyle();
      text.setDataFormat(workbook.createDataFormat().getFormat("@"));
      sheet(workbook, UNITS_SHEET, UNIT_COLUMNS, units, header, text);
      Sheet people = sheet(workbook, OFFICIALS_SHEET, OFFICIAL_COLUMNS, officials, header, text);
      String[] roles =
          java.util.Arrays.stream(OfficialRole.values())
              .map(OfficialRole::label)
              .toArray(String[]::new);
      DataValidationHelper helper = people.getDataValidationHelper();
      DataValidation roleList =
          helper.createValidation(
              helper.createExplicitListConstraint(roles),
              new CellRangeAddressList(1, VALIDATED_ROWS, 3, 3));
      roleList.setShowErrorBox(true);
      roleList.createErrorBox("角色", "请从列表中选择角色");
      people.addValidationData(roleList);
      notes(workbook, header);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sheet sheet(
      Workbook workbook,
      String name,
      List<Column> columns,
      List<List<String>> rows,
      CellStyle header,
      CellStyle text) {
    Sheet sheet = workbook.createSheet(name);
    Row head = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(columns.get(c).title());
      cell.setCellStyle(header);
      sheet.setColumnWidth(c, 20 * 256);
      sheet.setDefaultColumnStyle(c, text);
    }
    sheet.createFreezePane(0, 1);
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<String> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Cell cell = row.createCell(c);
        cell.setCellStyle(text);
        if (values.get(c) != null) {
          cell.setCellValue(values.get(c));
        }
      }
    }
    return sheet;
  }

  private static void notes(Workbook workbook, CellStyle header) {
    Sheet notes = workbook.createSheet(NOTES_SHEET);
    String[][] lines = {
      {"表", "列", "说明"},
      {UNITS_SHEET, "单位代码*", "字母、数字、“-”“_”，最长 59 个字符；流程引擎用户组为 unit-<单位代码>。已存在的代码按本行更新名称、简称和上级单位。"},
      {UNITS_SHEET, "单位名称*", "在用单位之间不能重名（整改台账按名称选择责任单位）。"},
      {UNITS_SHEET, "简称", "可空。"},
      {UNITS_SHEET, "上级单位代码", "二级单位填写所属一级单位的代码；可引用本表中的其他行。"},
      {OFFICIALS_SHEET, "用户名*", "登录名：小写字母、数字、“.”“-”“_”，2 至 64 个字符。已存在的用户名按本行更新。"},
      {OFFICIALS_SHEET, "姓名*", "显示在任务列表和台账中。"},
      {OFFICIALS_SHEET, "角色*", "整改办、责任领导、责任单位、督查督办、系统管理员。"},
      {OFFICIALS_SHEET, "所属单位代码", "角色为“责任单位”时必填，其他角色不填。"},
      {OFFICIALS_SHEET, "电子邮箱 / 电话", "用于通知，可空。"},
      {OFFICIALS_SHEET, "初始密码", "新干部必填（至少 8 个字符）；已存在的干部不填则不改密码。导出时此列为空。"},
      {"", "", "任何一处有误则整个文件不导入，错误逐项指出“表 / 行 / 列”。文件中没有的单位和干部保持不变（停用请在组织目录页面办理）。"}
    };
    for (int r = 0; r < lines.length; r++) {
      Row row = notes.createRow(r);
      for (int c = 0; c < lines[r].length; c++) {
        row.createCell(c).setCellValue(lines[r][c]);
        if (r == 0) {
          row.getCell(c).setCellStyle(header);
        }
      }
    }
    notes.setColumnWidth(0, 12 * 256);
    notes.setColumnWidth(1, 18 * 256);
    notes.setColumnWidth(2, 90 * 256);
  }

  private static CellStyle headerStyle(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    return style;
  }

  /** The filled rows of a sheet (blank rows skipped), or null when the sheet is missing. */
  static List<SheetRow> read(Workbook workbook, String name, List<Column> columns) {
    Sheet sheet = workbook.getSheet(name);
    if (sheet == null) {
      return null;
    }
    DataFormatter formatter = new DataFormatter();
    List<SheetRow> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> values = new java.util.LinkedHashMap<>();
      boolean any = false;
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = row.getCell(c);
        String value = cell == null ? null : formatter.formatCellValue(cell).strip();
        if (value != null && value.isEmpty()) {
          value = null;
        }
        any |= value != null;
        values.put(columns.get(c).field(), value);
      }
      if (any) {
        rows.add(new SheetRow(r + 1, values));
      }
    }
    return rows;
  }

  /** Where a field of a row is: “干部”表 行 3 / D 列（角色）; the whole row for other fields. */
  static String place(String sheet, int row, List<Column> columns, String field) {
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).field().equals(field)) {
        return "“"
            + sheet
            + "”表 行 "
            + row
            + " / "
            + (char) ('A' + c)
            + " 列（"
            + columns.get(c).header()
            + "）";
      }
    }
    return "“" + sheet + "”表 行 " + row;
  }

  static boolean headersMatch(Workbook workbook, String name, List<Column> columns) {
    Sheet sheet = workbook.getSheet(name);
    Row head = sheet.getRow(0);
    if (head == null) {
      return false;
    }
    DataFormatter formatter = new DataFormatter();
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = head.getCell(c);
      String value = cell == null ? "" : formatter.formatCellValue(cell).strip().replace("*", "");
      if (!value.equals(columns.get(c).header())) {
        return false;
      }
    }
    return true;
  }
}
