package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rectify.feedback.FindingSource;
import org.rectify.feedback.FindingStatus;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;
import org.rectify.ledger.Ledger;
import org.rectify.ledger.Ledger.AspectEntry;
import org.rectify.ledger.Ledger.FindingEntry;
import org.rectify.ledger.Ledger.InspectionEntry;
import org.rectify.ledger.Ledger.MeasureEntry;
import org.rectify.ledger.Ledger.NoteEntry;
import org.rectify.ledger.Ledger.OfficialRef;
import org.rectify.ledger.Ledger.UnitRef;
import org.rectify.plan.MeasureStatus;
import org.rectify.plan.Term;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.registration.InspectionRegistration.MeasureInput;

/**
 * The Excel export of the live ledger: the import layout plus status and progress columns, a frozen
 * and styled header, and a file the import reads back into the same registration.
 */
class LedgerExportTest {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final UnitRef FIRST = new UnitRef(UUID.randomUUID(), "unit-a-dept", "第一科");
  private static final UnitRef SECOND = new UnitRef(UUID.randomUUID(), "unit-b-dept", "第二科");
  private static final OfficialRef LEADER = new OfficialRef("t-leader", "责任领导");

  @Test
  void theExportIsReadBackByTheImportIntoTheSameAspectsFindingsOwnersMeasuresAndDeadlines() {
    byte[] file = LedgerExport.build(ledger(), CHINA, Set.of());

    LedgerReader.Result read =
        new LedgerReader(
                Map.of("第一科", "unit-a-dept", "第二科", "unit-b-dept"),
                Map.of("责任领导", "t-leader", "t-leader", "t-leader"))
            .read(open(file));

    assertThat(read.problems()).isEmpty();
    InspectionRegistration r = read.registration();
    assertThat(List.of(r.level(), r.type(), r.inspectingBody(), r.inspectionTeam()))
        .containsExactly("MUNICIPAL", "REGULAR", "区委", "区委第一巡察组");
    assertThat(List.of(r.inspectedOrganization(), r.onSiteStart(), r.feedbackDate()))
        .containsExactly("中共某某局党组", "2025-03-12", "2025-08-22");
    assertThat(r.feedback().summary()).isEqualTo("反馈意见摘要");
    assertThat(r.feedback().suggestions()).containsExactly("加强学习", "严格管理");
    assertThat(r.feedback().aspects())
        .extracting(a -> a.heading())
        .containsExactly("理论学习方面", "作风建设方面");

    FindingInput learning = r.feedback().aspects().get(0).findings().get(0);
    assertThat(List.of(learning.text(), learning.responsibleUnit(), learning.leadOfficial()))
        .containsExactly("学习不够深入", "unit-a-dept", "t-leader");
    assertThat(learning.measures())
        .extracting(MeasureInput::text, MeasureInput::deadline, MeasureInput::term)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("制定学习计划", "2025-10-31", "TIME_BOUND"),
            org.assertj.core.groups.Tuple.tuple("建立学习制度", "2025-12-31", "LONG_TERM"));
    assertThat(learning.measures().get(1).responsibleUnits())
        .containsExactly("unit-a-dept", "unit-b-dept");
    assertThat(learning.measures().get(0).responsibleUnits()).isNull();
    assertThat(learning.measures().get(0).responsiblePerson()).isEqualTo("张三");

    FindingInput offices = r.feedback().aspects().get(1).findings().get(0);
    assertThat(List.of(offices.text(), offices.responsibleUnit(), offices.nondisclosureReason()))
        .containsExactly("办公用房超标", "unit-b-dept", "涉及个人信息");
    assertThat(offices.publiclyDisclosed()).isFalse();
    assertThat(offices.measures()).isNull();

    FindingInput democracy = r.feedback().aspects().get(1).findings().get(1);
    assertThat(r.feedback().aspects().get(1).findings()).hasSize(2);
    assertThat(List.of(democracy.text(), String.valueOf(democracy.responsibleUnit())))
        .containsExactly("落实民主集中制不到位", "null");
    assertThat(democracy.measures()).isNull();
    assertThat(democracy.subFindings())
        .extracting(FindingInput::text, FindingInput::responsibleUnit)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("议事规则执行不严", "unit-a-dept"),
            org.assertj.core.groups.Tuple.tuple("重大事项未集体研究", "unit-b-dept"));
    assertThat(democracy.subFindings().get(0).measures())
        .extracting(MeasureInput::text, MeasureInput::deadline)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("修订议事规则", "2025-11-15"));
    assertThat(read.measures()).isEqualTo(3);
  }

  @Test
  void theStatusAndProgressColumnsCarryTheLedgersLabelsAndTheHeaderRowIsFrozen()
      throws IOException {
    try (XSSFWorkbook workbook = open(LedgerExport.build(ledger(), CHINA, Set.of()))) {
      Sheet sheet = workbook.getSheet("整改台账");
      PaneInformation pane = sheet.getPaneInformation();

      assertThat(pane.isFreezePane()).isTrue();
      assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(
              workbook
                  .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(cells(sheet.getRow(0)))
          .containsExactly(
              "序号", "方面", "具体问题", "问题详情", "责任单位", "责任领导", "整改措施", "措施责任单位", "责任人", "整改时限", "时限类型",
              "是否公开", "不公开理由", "问题状态", "措施状态", "整改进展");
      assertThat(cells(sheet.getRow(1)).subList(13, 16))
          .containsExactly("正在整改", "正在落实（已逾期）", "2025-10-01 已起草学习计划\n2025-10-02 已报党组审议");
      assertThat(cells(sheet.getRow(2)).subList(13, 15)).containsExactly("正在整改", "已完成并长期坚持");
      assertThat(cells(sheet.getRow(3)).get(13)).isEqualTo("已作销号处理");
      assertThat(workbook.getSheetName(2)).isEqualTo("统计");
      assertThat(cells(sheet.getRow(4)).subList(0, 3))
          .containsExactly("2.2", "作风建设方面", "落实民主集中制不到位");
      assertThat(cells(sheet.getRow(5)).subList(0, 3))
          .containsExactly("2.2.1", "作风建设方面", "议事规则执行不严");
      assertThat(cells(workbook.getSheet("统计").getRow(1))).containsExactly("具体问题", "4");
    }
  }

  @Test
  void anOfficialWhoseNameOthersShareIsWrittenByUserName() throws IOException {
    try (XSSFWorkbook workbook = open(LedgerExport.build(ledger(), CHINA, Set.of("责任领导")))) {
      assertThat(cells(workbook.getSheet("整改台账").getRow(1)).get(5)).isEqualTo("t-leader");
    }
  }

  // ------------------------------------------------------------------ the ledger

  /**
   * 理论学习方面 → 学习不够深入 (第一科, 责任领导, 正在整改): 制定学习计划 (overdue, two progress notes), 建立学习制度 (第一科 and 第二科,
   * long-term, carried out); 作风建设方面 → 办公用房超标 (第二科, 不公开, 已作销号处理, no measures) and 落实民主集中制不到位 with
   * the sub-findings 议事规则执行不严 (第一科, one measure) and 重大事项未集体研究 (第二科).
   */
  private static Ledger ledger() {
    MeasureEntry plan =
        measure(
            1,
            "制定学习计划",
            List.of(FIRST),
            LocalDate.of(2025, 10, 31),
            Term.TIME_BOUND,
            MeasureStatus.IN_PROGRESS,
            true,
            List.of(
                new NoteEntry("已起草学习计划", "t-unit-a", Instant.parse("2025-10-01T02:00:00Z")),
                new NoteEntry("已报党组审议", "t-unit-a", Instant.parse("2025-10-01T17:00:00Z"))));
    MeasureEntry rules =
        measure(
            2,
            "建立学习制度",
            List.of(FIRST, SECOND),
            LocalDate.of(2025, 12, 31),
            Term.LONG_TERM,
            MeasureStatus.COMPLETED_ONGOING,
            false,
            List.of());
    FindingEntry learning =
        finding(
            "1.1", "学习不够深入", FIRST, FindingStatus.IN_PROGRESS, true, null, List.of(plan, rules));
    FindingEntry offices =
        finding(
            "2.1", "办公用房超标", SECOND, FindingStatus.CLOSED_BY_DIRECTIVE, false, "涉及个人信息", List.of());
    FindingEntry rule =
        finding(
            "2.2.1",
            "议事规则执行不严",
            FIRST,
            FindingStatus.IN_PROGRESS,
            true,
            null,
            List.of(
                measure(
                    1,
                    "修订议事规则",
                    List.of(FIRST),
                    LocalDate.of(2025, 11, 15),
                    Term.TIME_BOUND,
                    MeasureStatus.IN_PROGRESS,
                    false,
                    List.of())));
    FindingEntry agenda =
        finding("2.2.2", "重大事项未集体研究", SECOND, FindingStatus.NOT_STARTED, true, null, List.of());
    FindingEntry democracy =
        new FindingEntry(
            UUID.randomUUID(),
            "2.2",
            "【2.2】落实民主集中制不到位",
            "作风建设方面",
            "落实民主集中制不到位",
            null,
            FindingSource.FEEDBACK,
            FindingStatus.NOT_STARTED,
            null,
            null,
            true,
            null,
            null,
            null,
            List.of(),
            List.of(rule, agenda));
    return new Ledger(
        new InspectionEntry(
            UUID.randomUUID(),
            InspectionLevel.MUNICIPAL,
            InspectionType.REGULAR,
            null,
            null,
            "区委",
            "区委第一巡察组",
            "中共某某局党组",
            null,
            LocalDate.of(2025, 3, 12),
            null,
            LocalDate.of(2025, 8, 22),
            List.of()),
        "反馈意见摘要",
        List.of(
            new AspectEntry(1, "理论学习方面", null, List.of(learning)),
            new AspectEntry(2, "作风建设方面", null, List.of(offices, democracy))),
        List.of("加强学习", "严格管理"),
        List.of());
  }

  private static FindingEntry finding(
      String code,
      String text,
      UnitRef unit,
      FindingStatus status,
      boolean disclosed,
      String reason,
      List<MeasureEntry> measures) {
    return new FindingEntry(
        UUID.randomUUID(),
        code,
        "【" + code + "】" + text,
        "方面",
        text,
        null,
        FindingSource.FEEDBACK,
        status,
        unit,
        LEADER,
        disclosed,
        reason,
        null,
        null,
        measures,
        List.of());
  }

  private static MeasureEntry measure(
      int ordinal,
      String text,
      List<UnitRef> units,
      LocalDate deadline,
      Term term,
      MeasureStatus status,
      boolean overdue,
      List<NoteEntry> notes) {
    return new MeasureEntry(
        UUID.randomUUID(),
        ordinal,
        text,
        units,
        "张三",
        null,
        deadline,
        term,
        status,
        overdue,
        null,
        notes,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static XSSFWorkbook open(byte[] file) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(file));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> cells(Row row) {
    List<String> values = new ArrayList<>();
    org.apache.poi.ss.usermodel.DataFormatter formatter =
        new org.apache.poi.ss.usermodel.DataFormatter();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      values.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
    }
    return values;
  }
}
