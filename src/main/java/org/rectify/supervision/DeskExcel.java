package org.rectify.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.supervision.DeskScreen.Counts;
import org.rectify.supervision.DeskScreen.InspectionRow;
import org.rectify.supervision.DeskScreen.LeadRow;
import org.rectify.supervision.DeskScreen.MeasureRow;
import org.rectify.supervision.DeskScreen.TrendWeek;
import org.rectify.supervision.DeskScreen.UnitRow;

/**
 * 导出 Excel: the desk's screen as a workbook — one sheet per part of the page (单位统计, 领导统计, 巡察进度,
 * 措施清单 with the same page of the list, 周趋势), the filter and the day on top of each sheet.
 */
final class DeskExcel {

  static final String UNITS = "单位统计";
  static final String LEADS = "领导统计";
  static final String INSPECTIONS = "巡察进度";
  static final String MEASURES = "措施清单";
  static final String TREND = "周趋势";

  static final String[] COUNT_HEADERS = {"措施数", "已完成", "正在落实", "黄灯", "红灯", "完成率%", "按期完成率%", "亮灯"};

  private DeskExcel() {}

  static byte[] write(DeskScreen screen, String filterText) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      String caption = "督查督办台 · " + screen.today() + " · " + filterText;

      Sheet units = sheet(workbook, UNITS, caption, bold, prepend(COUNT_HEADERS, "责任单位"));
      int r = 2;
      for (UnitRow row : screen.units()) {
        Row line = units.createRow(r++);
        line.createCell(0).setCellValue(row.name());
        counts(line, 1, row.counts());
      }
      Row total = units.createRow(r);
      total.createCell(0).setCellValue("合计");
      counts(total, 1, screen.total());

      Sheet leads = sheet(workbook, LEADS, caption, bold, prepend(COUNT_HEADERS, "责任领导"));
      r = 2;
      for (LeadRow row : screen.leadOfficials()) {
        Row line = leads.createRow(r++);
        line.createCell(0).setCellValue(row.name());
        counts(line, 1, row.counts());
      }

      String[] inspectionHeaders = {"巡视巡察", "反馈日期", "整改报告时限", "距报告时限工作日"};
      Sheet inspections =
          sheet(workbook, INSPECTIONS, caption, bold, concat(inspectionHeaders, COUNT_HEADERS));
      r = 2;
      for (InspectionRow row : screen.inspections()) {
        Row line = inspections.createRow(r++);
        line.createCell(0).setCellValue(row.name());
        line.createCell(1).setCellValue(row.feedbackDate().toString());
        line.createCell(2).setCellValue(row.reportDue().toString());
        line.createCell(3).setCellValue(row.workingDaysToReport());
        counts(line, 4, row.counts());
      }

      String[] measureHeaders = {
        "编号", "整改措施", "责任单位", "责任人", "责任领导", "时限类型", "状态", "整改时限", "亮灯", "逾期工作日", "剩余工作日", "最近催办"
      };
      Sheet measures = sheet(workbook, MEASURES, caption, bold, measureHeaders);
      r = 2;
      for (MeasureRow row : screen.measures().rows()) {
        Row line = measures.createRow(r++);
        line.createCell(0).setCellValue(row.code());
        line.createCell(1).setCellValue(row.text());
        line.createCell(2).setCellValue(row.units());
        line.createCell(3).setCellValue(nullToEmpty(row.responsiblePerson()));
        line.createCell(4).setCellValue(nullToEmpty(row.leadOfficial()));
        line.createCell(5).setCellValue(row.term());
        line.createCell(6).setCellValue(row.status());
        line.createCell(7).setCellValue(row.deadline().toString());
        line.createCell(8).setCellValue(row.lightLabel());
        line.createCell(9).setCellValue(row.workingDaysOverdue());
        line.createCell(10).setCellValue(row.workingDaysLeft());
        line.createCell(11)
            .setCellValue(row.lastUrgedOn() == null ? "" : row.lastUrgedOn().toString());
      }

      Sheet trend = sheet(workbook, TREND, caption, bold, new String[] {"周（周一）", "完成", "到期"});
      r = 2;
      for (TrendWeek week : screen.trend()) {
        Row line = trend.createRow(r++);
        line.createCell(0).setCellValue(week.weekStart().toString());
        line.createCell(1).setCellValue(week.completed());
        line.createCell(2).setCellValue(week.due());
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sheet sheet(
      XSSFWorkbook workbook, String name, String caption, CellStyle bold, String[] headers) {
    Sheet sheet = workbook.createSheet(name);
    sheet.createRow(0).createCell(0).setCellValue(caption);
    Row header = sheet.createRow(1);
    for (int c = 0; c < headers.length; c++) {
      header.createCell(c).setCellValue(headers[c]);
      header.getCell(c).setCellStyle(bold);
      sheet.setColumnWidth(c, c == 0 || c == 1 ? 30 * 256 : 12 * 256);
    }
    return sheet;
  }

  private static void counts(Row line, int from, Counts counts) {
    line.createCell(from).setCellValue(counts.measures());
    line.createCell(from + 1).setCellValue(counts.done());
    line.createCell(from + 2).setCellValue(counts.inProgress());
    line.createCell(from + 3).setCellValue(counts.yellow());
    line.createCell(from + 4).setCellValue(counts.red());
    if (counts.completionRate() != null) {
      line.createCell(from + 5).setCellValue(counts.completionRate());
    }
    if (counts.onTimeRate() != null) {
      line.createCell(from + 6).setCellValue(counts.onTimeRate());
    }
    line.createCell(from + 7).setCellValue(counts.light().label());
  }

  private static String[] prepend(String[] rest, String first) {
    return concat(new String[] {first}, rest);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  static List<String> sheetNames() {
    return List.of(UNITS, LEADS, INSPECTIONS, MEASURES, TREND);
  }
}
