package org.rectify.importing;

import static org.rectify.importing.LedgerLayout.Column;
import static org.rectify.importing.LedgerLayout.INFO_SHEET;
import static org.rectify.importing.LedgerLayout.Info;
import static org.rectify.importing.LedgerLayout.LEDGER_SHEET;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.plan.Term;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.InspectionRegistration.AspectInput;
import org.rectify.registration.InspectionRegistration.FeedbackInput;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.registration.InspectionRegistration.MeasureInput;

/**
 * Reads a 整改台账 workbook into the registration request the JSON API takes, remembering for every
 * JSON path the cell it came from, so that the registration validator's findings can be reported by
 * cell. Only what has no JSON counterpart is checked here: sheets and headers, the Chinese values
 * of 层级/类型/时限类型/是否公开, and contradicting repeats of a finding's cells. A 序号 of three parts (1.2.1)
 * makes the row's finding a sub-finding of the top-level finding above it. Dates are normalised
 * (Excel dates, 2026-03-31, 2026/3/31, 2026年3月31日) and left for the validator to judge.
 */
final class LedgerReader {

  static final int MAX_ROWS = 5_000;

  private static final Pattern DATE_TEXT =
      Pattern.compile("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；/\\s]+");

  /** A 序号 such as 1.2.1: the row's finding is a sub-finding of the finding above it. */
  private static final Pattern SUB_FINDING_NUMBER = Pattern.compile("^\\d+[.．]\\d+[.．]\\d+$");

  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^(\\d{1,3}[.．、]|[一二三四五六七八九十]+是)\\s*");

  private final DataFormatter formatter = new DataFormatter(Locale.CHINA);
  private final Map<String, String> unitCodes;
  private final Map<String, String> usernames;
  private final Set<String> sharedNames;
  private final Map<String, CellPlace> places = new LinkedHashMap<>();
  private final Map<CellPlace, String> problems = new LinkedHashMap<>();
  private final Map<CellPlace, String> shown = new LinkedHashMap<>();

  /**
   * @param unitCodes unit code by code, name and short name
   * @param usernames official's username by username and (unambiguous) display name
   */
  LedgerReader(Map<String, String> unitCodes, Map<String, String> usernames) {
    this(unitCodes, usernames, Set.of());
  }

  /**
   * @param sharedNames display names that several officials have (a user name must be written)
   */
  LedgerReader(
      Map<String, String> unitCodes, Map<String, String> usernames, Set<String> sharedNames) {
    this.unitCodes = unitCodes;
    this.usernames = usernames;
    this.sharedNames = sharedNames;
  }

  /** The request and where each of its values came from. */
  record Result(
      InspectionRegistration registration,
      Map<String, CellPlace> places,
      Map<CellPlace, String> problems,
      Map<CellPlace, String> shown,
      int measures) {}

  Result read(Workbook workbook) {
    Sheet info = workbook.getSheet(INFO_SHEET);
    Sheet ledger = workbook.getSheet(LEDGER_SHEET);
    if (info == null || ledger == null) {
      String missing =
          info == null && ledger == null
              ? "“" + INFO_SHEET + "”和“" + LEDGER_SHEET + "”"
              : "“" + (info == null ? INFO_SHEET : LEDGER_SHEET) + "”";
      problems.put(
          CellPlace.sheet(info == null ? INFO_SHEET : LEDGER_SHEET),
          "工作簿中没有名为" + missing + "的工作表。请下载模板（GET /api/inspections/ledger-template.xlsx）填写后再导入。");
      return new Result(null, places, problems, shown, 0);
    }
    Map<Info, String> values = readInfo(info);
    boolean headersOk = checkHeaders(ledger);
    List<AspectInput> aspects = new ArrayList<>();
    int measures = headersOk ? readLedger(ledger, aspects) : 0;
    String suggestionsText = values.get(Info.SUGGESTIONS);
    List<String> suggestions = null;
    if (suggestionsText != null) {
      suggestions = new ArrayList<>();
      for (String line : suggestionsText.split("\\R")) {
        String text = LEADING_NUMBER.matcher(line.strip()).replaceFirst("").strip();
        if (!text.isEmpty()) {
          places.put(
              "feedback.suggestions[" + suggestions.size() + "]",
              infoPlace(info, Info.SUGGESTIONS));
          suggestions.add(text);
        }
      }
    }
    InspectionRegistration registration =
        new InspectionRegistration(
            values.get(Info.LEVEL),
            values.get(Info.TYPE),
            values.get(Info.ROUND),
            values.get(Info.TOPIC),
            values.get(Info.BODY),
            values.get(Info.TEAM),
            values.get(Info.ORGANIZATION),
            values.get(Info.SHORT_NAME),
            values.get(Info.ON_SITE_START),
            values.get(Info.ON_SITE_END),
            values.get(Info.FEEDBACK_DATE),
            null,
            new FeedbackInput(values.get(Info.SUMMARY), aspects, suggestions),
            null);
    return new Result(registration, places, problems, shown, measures);
  }

  // ---------------------------------------------------------------- 基本信息

  private final Map<Info, Integer> infoRows = new EnumMap<>(Info.class);

  private Map<Info, String> readInfo(Sheet sheet) {
    Map<String, Info> byLabel = new LinkedHashMap<>();
    for (Info field : Info.values()) {
      byLabel.put(field.label(), field);
    }
    Map<Info, String> values = new EnumMap<>(Info.class);
    for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 200); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      String label = text(row.getCell(0));
      Info field =
          label == null ? null : byLabel.get(label.replace("*", "").replace("＊", "").strip());
      if (field == null) {
        continue;
      }
      infoRows.put(field, r + 1);
      CellPlace place = infoPlace(sheet, field);
      places.put(field.path(), place);
      Cell cell = row.getCell(1);
      String value =
          switch (field) {
            case ON_SITE_START, ON_SITE_END, FEEDBACK_DATE -> date(cell, place);
            case LEVEL -> choice(cell, place, InspectionLevel.values(), "巡视 或 巡察");
            case TYPE -> choice(cell, place, InspectionType.values(), "常规、专项 或 回头看");
            default -> text(cell);
          };
      values.put(field, value);
    }
    for (Info field : Info.values()) {
      if (field.required() && !infoRows.containsKey(field)) {
        CellPlace sheetPlace = new CellPlace(INFO_SHEET, 0, field.ordinal(), field.label());
        places.put(field.path(), sheetPlace);
        problems.put(sheetPlace, "缺少“" + field.label() + "”一行（A 列写项目名称，B 列写内容）。请使用模板。");
      }
    }
    return values;
  }

  private CellPlace infoPlace(Sheet sheet, Info field) {
    Integer row = infoRows.get(field);
    return new CellPlace(sheet.getSheetName(), row == null ? 0 : row, 1, field.label());
  }

  // ---------------------------------------------------------------- 整改台账

  private boolean checkHeaders(Sheet sheet) {
    Row header = sheet.getRow(0);
    boolean ok = true;
    for (Column column : Column.values()) {
      String actual = header == null ? null : text(header.getCell(column.index()));
      String normalised =
          actual == null ? "" : actual.replace("*", "").replace("＊", "").replaceAll("\\s", "");
      if (!normalised.equals(column.header())) {
        ok = false;
        problems.put(
            new CellPlace(LEDGER_SHEET, 1, column.index(), column.header()),
            "表头应为“"
                + column.header()
                + "”，"
                + (actual == null ? "该单元格为空" : "实际为“" + actual + "”")
                + "。请按模板的列顺序填写（A 列起依次为："
                + String.join("、", Arrays.stream(Column.values()).map(Column::header).toList())
                + "）。");
      }
    }
    return ok;
  }

  private static final class AspectRows {
    final String heading;
    final int row;
    final List<FindingRows> findings = new ArrayList<>();

    AspectRows(String heading, int row) {
      this.heading = heading;
      this.row = row;
    }
  }

  private static final class FindingRows {
    final String text;
    final int row;
    final Map<Column, String> values = new EnumMap<>(Column.class);
    final Map<Column, Integer> rows = new EnumMap<>(Column.class);
    final List<MeasureInput> measures = new ArrayList<>();
    final List<Integer> measureRows = new ArrayList<>();
    final List<FindingRows> subFindings = new ArrayList<>();

    FindingRows(String text, int row) {
      this.text = text;
      this.row = row;
    }
  }

  private int readLedger(Sheet sheet, List<AspectInput> aspects) {
    List<AspectRows> read = new ArrayList<>();
    AspectRows aspect = null;
    FindingRows finding = null;
    FindingRows parent = null;
    int dataRows = 0;
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || isBlank(row)) {
        continue;
      }
      if (++dataRows > MAX_ROWS) {
        problems.put(CellPlace.sheet(LEDGER_SHEET), "数据行超过 " + MAX_ROWS + " 行，请拆分后分批导入。");
        break;
      }
      int excelRow = r + 1;
      String aspectText = text(row.getCell(Column.ASPECT.index()));
      String findingText = text(row.getCell(Column.FINDING.index()));
      String sequence = text(row.getCell(Column.SEQUENCE.index()));
      if (aspect == null || (aspectText != null && !aspectText.equals(aspect.heading))) {
        aspect = new AspectRows(aspectText == null ? "" : aspectText, excelRow);
        read.add(aspect);
        finding = null;
        parent = null;
      }
      if (finding == null || (findingText != null && !findingText.equals(finding.text))) {
        finding = new FindingRows(findingText == null ? "" : findingText, excelRow);
        boolean sub = sequence != null && SUB_FINDING_NUMBER.matcher(sequence).matches();
        if (sub && parent != null) {
          parent.subFindings.add(finding);
        } else {
          aspect.findings.add(finding);
          parent = finding;
        }
      }
      for (Column column :
          List.of(Column.DETAIL, Column.UNIT, Column.LEADER, Column.PUBLIC, Column.REASON)) {
        String value = text(row.getCell(column.index()));
        if (value == null) {
          continue;
        }
        String earlier = finding.values.get(column);
        if (earlier == null) {
          finding.values.put(column, value);
          finding.rows.put(column, excelRow);
        } else if (!earlier.equals(value)) {
          problems.put(
              place(excelRow, column),
              "与同一问题第"
                  + finding.rows.get(column)
                  + "行的“"
                  + earlier
                  + "”不一致；同一问题只能有一个"
                  + column.header()
                  + "。");
        }
      }
      readMeasure(row, excelRow, finding);
    }
    if (dataRows == 0) {
      problems.put(
          CellPlace.sheet(LEDGER_SHEET), "“" + LEDGER_SHEET + "”表中没有数据行：至少要登记一个方面和一个具体问题。");
    }
    int measures = 0;
    for (int a = 0; a < read.size(); a++) {
      AspectRows rows = read.get(a);
      String aspectPath = "feedback.aspects[" + a + "]";
      places.put(aspectPath + ".heading", place(rows.row, Column.ASPECT));
      places.put(aspectPath + ".findings", place(rows.row, Column.FINDING));
      places.put(aspectPath, place(rows.row, Column.ASPECT));
      List<FindingInput> findings = new ArrayList<>();
      for (int f = 0; f < rows.findings.size(); f++) {
        FindingRows fr = rows.findings.get(f);
        findings.add(finding(fr, aspectPath + ".findings[" + f + "]"));
        measures += fr.measures.size();
        for (FindingRows sub : fr.subFindings) {
          measures += sub.measures.size();
        }
      }
      aspects.add(new AspectInput(rows.heading, null, findings));
    }
    return measures;
  }

  private FindingInput finding(FindingRows rows, String path) {
    places.put(path, place(rows.row, Column.FINDING));
    places.put(path + ".text", place(rows.row, Column.FINDING));
    Map<Column, String> fieldByColumn = new EnumMap<>(Column.class);
    fieldByColumn.put(Column.DETAIL, "detail");
    fieldByColumn.put(Column.UNIT, "responsibleUnit");
    fieldByColumn.put(Column.LEADER, "leadOfficial");
    fieldByColumn.put(Column.PUBLIC, "publiclyDisclosed");
    fieldByColumn.put(Column.REASON, "nondisclosureReason");
    fieldByColumn.forEach(
        (column, field) ->
            places.put(
                path + "." + field, place(rows.rows.getOrDefault(column, rows.row), column)));
    for (int m = 0; m < rows.measures.size(); m++) {
      int row = rows.measureRows.get(m);
      String measurePath = path + ".measures[" + m + "]";
      places.put(measurePath, place(row, Column.MEASURE));
      places.put(measurePath + ".text", place(row, Column.MEASURE));
      places.put(measurePath + ".responsibleUnits", place(row, Column.MEASURE_UNITS));
      List<String> units = rows.measures.get(m).responsibleUnits();
      for (int u = 0; units != null && u < units.size(); u++) {
        places.put(measurePath + ".responsibleUnits[" + u + "]", place(row, Column.MEASURE_UNITS));
      }
      places.put(measurePath + ".responsiblePerson", place(row, Column.PERSON));
      places.put(measurePath + ".deadline", place(row, Column.DEADLINE));
      places.put(measurePath + ".term", place(row, Column.TERM));
    }
    String unit = rows.values.get(Column.UNIT);
    String leader = rows.values.get(Column.LEADER);
    if (leader != null && sharedNames.contains(leader) && !usernames.containsKey(leader)) {
      problems.put(
          place(rows.rows.get(Column.LEADER), Column.LEADER),
          "有多位名为“" + leader + "”的人员，请改填责任领导的用户名。");
    }
    Boolean disclosed = null;
    String disclosure = rows.values.get(Column.PUBLIC);
    if (disclosure != null) {
      if (LedgerLayout.YES.contains(disclosure)) {
        disclosed = Boolean.TRUE;
      } else if (LedgerLayout.NO.contains(disclosure)) {
        disclosed = Boolean.FALSE;
      } else {
        problems.put(
            place(rows.rows.get(Column.PUBLIC), Column.PUBLIC),
            "应为“是”或“否”，实际为“" + disclosure + "”。");
      }
    }
    List<FindingInput> subFindings = new ArrayList<>();
    for (int s = 0; s < rows.subFindings.size(); s++) {
      subFindings.add(finding(rows.subFindings.get(s), path + ".subFindings[" + s + "]"));
    }
    return new FindingInput(
        rows.text,
        rows.values.get(Column.DETAIL),
        null,
        unit == null ? null : unitCodes.getOrDefault(unit, unit),
        leader == null ? null : usernames.getOrDefault(leader, leader),
        disclosed,
        rows.values.get(Column.REASON),
        subFindings.isEmpty() ? null : subFindings,
        rows.measures.isEmpty() ? null : rows.measures);
  }

  private void readMeasure(Row row, int excelRow, FindingRows finding) {
    String text = text(row.getCell(Column.MEASURE.index()));
    String units = text(row.getCell(Column.MEASURE_UNITS.index()));
    String person = text(row.getCell(Column.PERSON.index()));
    Cell deadlineCell = row.getCell(Column.DEADLINE.index());
    String termText = text(row.getCell(Column.TERM.index()));
    if (text == null
        && units == null
        && person == null
        && text(deadlineCell) == null
        && termText == null) {
      return;
    }
    String deadline = date(deadlineCell, place(excelRow, Column.DEADLINE));
    String term = choice(termText, place(excelRow, Column.TERM), Term.values(), "立行立改、限期整改 或 长期坚持");
    List<String> unitCodesOfMeasure = null;
    if (units != null) {
      unitCodesOfMeasure = new ArrayList<>();
      for (String name : LIST_SEPARATOR.split(units)) {
        if (!name.isBlank()) {
          unitCodesOfMeasure.add(unitCodes.getOrDefault(name, name));
        }
      }
    }
    finding.measures.add(
        new MeasureInput(text == null ? "" : text, unitCodesOfMeasure, person, deadline, term));
    finding.measureRows.add(excelRow);
  }

  private static CellPlace place(int row, Column column) {
    return new CellPlace(LEDGER_SHEET, row, column.index(), column.header());
  }

  // ---------------------------------------------------------------- cells

  private boolean isBlank(Row row) {
    for (Column column : Column.values()) {
      if (column != Column.SEQUENCE && text(row.getCell(column.index())) != null) {
        return false;
      }
    }
    return true;
  }

  /** The cell as the user sees it, stripped; null when blank. */
  String text(Cell cell) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    String value =
        switch (type) {
          case STRING -> cell.getRichStringCellValue().getString();
          case NUMERIC ->
              DateUtil.isCellDateFormatted(cell)
                  ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                  : formatter.formatRawCellContents(
                      cell.getNumericCellValue(),
                      cell.getCellStyle().getDataFormat(),
                      cell.getCellStyle().getDataFormatString());
          case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
          default -> null;
        };
    if (value == null) {
      return null;
    }
    String stripped = value.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * A date cell as yyyy-MM-dd: Excel dates (also unformatted serial numbers) and the text forms
   * 2026-03-31, 2026/3/31, 2026.3.31, 2026年3月31日. A non-existent day keeps its numbers (2026-02-30)
   * and anything else its text, for the validator to reject.
   */
  private String date(Cell cell, CellPlace place) {
    if (cell == null) {
      return null;
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC) {
      double serial = cell.getNumericCellValue();
      if (DateUtil.isValidExcelDate(serial) && serial >= 1 && serial < 2_958_466) {
        LocalDate date = DateUtil.getLocalDateTime(serial).toLocalDate();
        return date.toString();
      }
    }
    String text = text(cell);
    if (text == null) {
      return null;
    }
    shown.put(place, text);
    Matcher matcher = DATE_TEXT.matcher(text);
    if (matcher.matches()) {
      return String.format(
          "%04d-%02d-%02d",
          Integer.parseInt(matcher.group(1)),
          Integer.parseInt(matcher.group(2)),
          Integer.parseInt(matcher.group(3)));
    }
    return text;
  }

  private <E extends Enum<E>> String choice(
      Cell cell, CellPlace place, E[] constants, String allowed) {
    return choice(text(cell), place, constants, allowed);
  }

  /** A Chinese label (or the English name) of an enum constant; anything else is reported here. */
  private <E extends Enum<E>> String choice(
      String text, CellPlace place, E[] constants, String allowed) {
    if (text == null) {
      return null;
    }
    for (E constant : constants) {
      if (constant.name().equalsIgnoreCase(text) || label(constant).equals(text)) {
        return constant.name();
      }
    }
    problems.put(place, "应为 " + allowed + "，实际为“" + text + "”。");
    return null;
  }

  private static String label(Enum<?> constant) {
    if (constant instanceof InspectionLevel level) {
      return level.label();
    }
    if (constant instanceof InspectionType type) {
      return type.label();
    }
    if (constant instanceof Term term) {
      return term.label();
    }
    return constant.name();
  }
}
