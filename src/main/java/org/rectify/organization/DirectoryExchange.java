package org.rectify.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Workbook;
import org.rectify.audit.AuditTrail;
import org.rectify.audit.AuditTrail.Subject;
import org.rectify.organization.DirectoryInput.Actor;
import org.rectify.organization.DirectoryInput.HandoverInput;
import org.rectify.organization.DirectoryInput.OfficialInput;
import org.rectify.organization.DirectoryInput.UnitInput;
import org.rectify.organization.DirectoryService.Result;
import org.rectify.organization.DirectoryWorkbook.Column;
import org.rectify.organization.DirectoryWorkbook.SheetRow;
import org.rectify.upload.AllowedType;
import org.rectify.upload.InspectedUpload;
import org.rectify.upload.OfficeFiles;
import org.rectify.upload.UploadInspector;
import org.rectify.upload.UploadRefusedException;
import org.rectify.web.FieldViolation;
import org.rectify.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel export and import of the directory ({@link DirectoryWorkbook}). The import runs every row
 * through the same checks and writes as the API, in one transaction: any error — named by sheet,
 * row and column — rolls all of it back, engine users and groups included.
 */
@Service
public class DirectoryExchange {

  private static final String FILE = "file";

  private final UnitRepository units;
  private final OfficialRepository officials;
  private final DirectoryService directory;
  private final UploadInspector inspector;
  private final AuditTrail audit;

  DirectoryExchange(
      UnitRepository units,
      OfficialRepository officials,
      DirectoryService directory,
      UploadInspector inspector,
      AuditTrail audit) {
    this.units = units;
    this.officials = officials;
    this.directory = directory;
    this.inspector = inspector;
    this.audit = audit;
  }

  /** What an import did. */
  public record DirectoryImported(int units, int officials) {}

  /** The active directory: top-level units, then 二级单位, each by code; officials by user name. */
  @Transactional(readOnly = true)
  public byte[] export() {
    List<List<String>> unitRows =
        units.findAllByOrderByCode().stream()
            .filter(Unit::isActive)
            .sorted(
                Comparator.comparing((Unit u) -> u.getParent() != null)
                    .thenComparing(Unit::getCode))
            .map(
                u ->
                    java.util.Arrays.asList(
                        u.getCode(),
                        u.getName(),
                        u.getShortNameAsEntered(),
                        u.getParent() == null ? null : u.getParent().getCode()))
            .toList();
    List<List<String>> officialRows =
        officials.findAllByOrderByUsername().stream()
            .filter(Official::isActive)
            .map(
                o ->
                    java.util.Arrays.asList(
                        o.getUsername(),
                        o.getDisplayName(),
                        o.getTitle(),
                        o.getRole().label(),
                        o.getUnit() == null ? null : o.getUnit().getCode(),
                        o.getEmail(),
                        o.getPhone(),
                        null))
            .toList();
    return DirectoryWorkbook.write(unitRows, officialRows);
  }

  /** Creates and updates units and officials from the workbook; all or nothing. */
  @Transactional
  public DirectoryImported importWorkbook(String fileName, InputStream content, Actor actor) {
    InspectedUpload upload = inspector.inspect(fileName, content);
    if (upload.type() != AllowedType.XLSX) {
      throw new UploadRefusedException(
          FILE, "请上传按组织目录模板填写的 Excel 工作簿（.xlsx）；该文件按内容识别为" + upload.type().label() + "。");
    }
    List<SheetRow> unitRows;
    List<SheetRow> officialRows;
    List<FieldViolation> violations = new ArrayList<>();
    try (Workbook workbook =
        OfficeFiles.openWorkbook(new ByteArrayInputStream(upload.content()), FILE)) {
      unitRows =
          sheet(
              workbook, DirectoryWorkbook.UNITS_SHEET, DirectoryWorkbook.UNIT_COLUMNS, violations);
      officialRows =
          sheet(
              workbook,
              DirectoryWorkbook.OFFICIALS_SHEET,
              DirectoryWorkbook.OFFICIAL_COLUMNS,
              violations);
    } catch (IOException e) {
      throw new UploadRefusedException(FILE, "无法读取该 Excel 文件：文件已损坏或不是有效的 Excel 格式。");
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }

    duplicates(
        unitRows,
        "code",
        DirectoryWorkbook.UNITS_SHEET,
        DirectoryWorkbook.UNIT_COLUMNS,
        "单位代码",
        violations);
    duplicates(
        officialRows,
        "username",
        DirectoryWorkbook.OFFICIALS_SHEET,
        DirectoryWorkbook.OFFICIAL_COLUMNS,
        "用户名",
        violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }

    // Units first (names), then their parents (which may be rows further down), then officials.
    for (SheetRow row : unitRows) {
      String code = row.get("code");
      boolean exists = code != null && units.findByCode(code).isPresent();
      UnitInput input = new UnitInput(code, row.get("name"), row.get("shortName"), null);
      collect(
          directory.saveUnit(input, !exists, false, actor),
          row,
          DirectoryWorkbook.UNITS_SHEET,
          DirectoryWorkbook.UNIT_COLUMNS,
          violations);
    }
    if (violations.isEmpty()) {
      for (SheetRow row : unitRows) {
        collect(
            directory.placeUnit(row.get("code"), row.get("parent"), actor),
            row,
            DirectoryWorkbook.UNITS_SHEET,
            DirectoryWorkbook.UNIT_COLUMNS,
            violations);
      }
    }
    for (SheetRow row : officialRows) {
      String username = row.get("username");
      boolean exists = username != null && officials.findByUsername(username).isPresent();
      OfficialInput input =
          new OfficialInput(
              username,
              row.get("displayName"),
              row.get("title"),
              row.get("role"),
              row.get("unit"),
              row.get("email"),
              row.get("phone"),
              row.get("password"));
      collect(
          directory.saveOfficial(input, !exists, actor, HandoverInput.none()),
          row,
          DirectoryWorkbook.OFFICIALS_SHEET,
          DirectoryWorkbook.OFFICIAL_COLUMNS,
          violations);
      if (exists && row.get("password") != null) {
        violations.add(
            new FieldViolation(
                DirectoryWorkbook.place(
                    DirectoryWorkbook.OFFICIALS_SHEET,
                    row.row(),
                    DirectoryWorkbook.OFFICIAL_COLUMNS,
                    "password"),
                "已存在的干部不能通过导入改密码，请留空（重置密码请在组织目录页面办理）"));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    DirectoryImported imported = new DirectoryImported(unitRows.size(), officialRows.size());
    audit.record(
        actor.username(),
        "directory.imported",
        Subject.of("Directory", fileName == null ? "upload" : fileName),
        "导入组织目录：" + imported.units() + " 个单位，" + imported.officials() + " 名干部",
        null,
        imported);
    return imported;
  }

  private static List<SheetRow> sheet(
      Workbook workbook, String name, List<Column> columns, List<FieldViolation> violations) {
    List<SheetRow> rows = DirectoryWorkbook.read(workbook, name, columns);
    if (rows == null) {
      violations.add(new FieldViolation("“" + name + "”表", "缺少工作表“" + name + "”，请使用组织目录导出的模板"));
      return List.of();
    }
    if (!DirectoryWorkbook.headersMatch(workbook, name, columns)) {
      violations.add(
          new FieldViolation(
              "“" + name + "”表 行 1",
              "表头与模板不一致，应为：" + String.join("、", columns.stream().map(Column::header).toList())));
    }
    return rows;
  }

  private static void duplicates(
      List<SheetRow> rows,
      String field,
      String sheet,
      List<Column> columns,
      String label,
      List<FieldViolation> violations) {
    Set<String> seen = new HashSet<>();
    for (SheetRow row : rows) {
      String value = row.get(field);
      if (value != null && !seen.add(value)) {
        violations.add(
            new FieldViolation(
                DirectoryWorkbook.place(sheet, row.row(), columns, field),
                label + "在表中重复：" + value));
      }
    }
  }

  private static void collect(
      Result<?> result,
      SheetRow row,
      String sheet,
      List<Column> columns,
      List<FieldViolation> violations) {
    Function<String, String> place =
        field -> DirectoryWorkbook.place(sheet, row.row(), columns, field);
    for (FieldViolation violation : result.violations()) {
      violations.add(new FieldViolation(place.apply(violation.field()), violation.message()));
    }
  }
}
