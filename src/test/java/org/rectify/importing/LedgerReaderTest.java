package org.rectify.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.InspectionRegistration.FindingInput;
import org.rectify.registration.InspectionRegistration.MeasureInput;

class LedgerReaderTest {

  private static final Map<String, String> UNITS =
      Map.of("第一科", "unit-a-dept", "unit-a-dept", "unit-a-dept", "第二科", "unit-b-dept");
  private static final Map<String, String> OFFICIALS =
      Map.of("责任领导", "t-leader", "t-leader", "t-leader");

  private final byte[] template = LedgerTemplate.build(List.of("第一科", "第二科"), List.of("责任领导"));

  @Test
  void theTemplateHasChineseHeadersAHelpSheetAndDropDownLists() {
    Workbook workbook = LedgerFixture.from(template).workbook();

    Sheet ledger = workbook.getSheet("整改台账");
    assertThat(ledger.getRow(0).getCell(2).getStringCellValue()).isEqualTo("具体问题");
    assertThat(ledger.getRow(0).getLastCellNum())
        .isEqualTo((short) LedgerLayout.Column.values().length);
    assertThat(ledger.getDataValidations())
        .extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
        .contains(
            LedgerLayout.Column.TERM.index(),
            LedgerLayout.Column.PUBLIC.index(),
            LedgerLayout.Column.UNIT.index(),
            LedgerLayout.Column.LEADER.index());
    assertThat(workbook.getSheet("说明").getRow(0).getCell(0).getStringCellValue()).contains("整改台账");
    assertThat(workbook.isSheetHidden(workbook.getSheetIndex("选项"))).isTrue();
    assertThat(workbook.getSheet("基本信息").getRow(1).getCell(0).getStringCellValue())
        .isEqualTo("层级*");
  }

  @Test
  void readsRowsIntoAspectsFindingsAndMeasuresTakingBlankCellsAsTheSameAsAbove() {
    byte[] bytes =
        LedgerFixture.from(template)
            .standardInfo()
            .row(
                2,
                1,
                "聚焦党中央决策部署",
                "学习贯彻不够深入",
                "中心组学习少",
                "第一科",
                "责任领导",
                "制定学习计划",
                null,
                "张三",
                LocalDate.of(2025, 11, 30),
                "限期整改")
            .row(
                3,
                2,
                null,
                null,
                null,
                null,
                null,
                "开展专题学习",
                "第一科、unit-b-dept",
                null,
                "2025年12月31日",
                "长期坚持")
            .row(
                5,
                3,
                null,
                "意识形态工作落实不力",
                null,
                "第二科",
                "t-leader",
                null,
                null,
                null,
                null,
                null,
                "否",
                "涉密")
            .row(
                6,
                4,
                "聚焦基层党组织建设",
                "选人用人不规范",
                null,
                "第一科",
                null,
                "规范考察程序",
                null,
                null,
                "2026/1/15",
                "立行立改")
            .bytes();

    LedgerReader.Result result = read(bytes);

    assertThat(result.problems()).isEmpty();
    InspectionRegistration registration = result.registration();
    assertThat(registration.level()).isEqualTo("MUNICIPAL");
    assertThat(registration.feedbackDate()).isEqualTo("2025-08-22");
    assertThat(registration.feedback().suggestions()).containsExactly("加强学习", "压实责任");
    assertThat(registration.feedback().aspects()).hasSize(2);
    List<FindingInput> first = registration.feedback().aspects().get(0).findings();
    assertThat(first).extracting(FindingInput::text).containsExactly("学习贯彻不够深入", "意识形态工作落实不力");
    assertThat(first.get(0).responsibleUnit()).isEqualTo("unit-a-dept");
    assertThat(first.get(0).leadOfficial()).isEqualTo("t-leader");
    assertThat(first.get(0).measures())
        .extracting(MeasureInput::deadline, MeasureInput::term)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2025-11-30", "TIME_BOUND"),
            org.assertj.core.groups.Tuple.tuple("2025-12-31", "LONG_TERM"));
    assertThat(first.get(0).measures().get(1).responsibleUnits())
        .containsExactly("unit-a-dept", "unit-b-dept");
    assertThat(first.get(1).publiclyDisclosed()).isFalse();
    assertThat(first.get(1).measures()).isNull();
    assertThat(
            registration.feedback().aspects().get(1).findings().get(0).measures().get(0).deadline())
        .isEqualTo("2026-01-15");
    assertThat(result.measures()).isEqualTo(3);
    assertThat(result.places().get("feedback.aspects[0].findings[0].measures[1].deadline").field())
        .isEqualTo("行 3 / J 列（整改时限）");
    assertThat(result.places().get("feedbackDate").field()).isEqualTo("“基本信息”表 行 12 / B 列（反馈日期）");
  }

  @Test
  void keepsTheNumbersOfANonExistentDayForTheValidatorAndReportsWrongChoicesAtTheirCell() {
    byte[] bytes =
        LedgerFixture.from(template)
            .standardInfo()
            .info("层级", "县级")
            .row(2, 1, "方面一", "问题一", null, "第一科", null, "措施一", null, null, "2026-02-30", "尽快")
            .row(3, 2, null, null, null, null, null, null, null, null, null, null, "也许")
            .bytes();

    LedgerReader.Result result = read(bytes);

    assertThat(
            result
                .registration()
                .feedback()
                .aspects()
                .get(0)
                .findings()
                .get(0)
                .measures()
                .get(0)
                .deadline())
        .isEqualTo("2026-02-30");
    assertThat(result.problems().keySet())
        .extracting(CellPlace::field)
        .containsExactlyInAnyOrder("“基本信息”表 行 2 / B 列（层级）", "行 2 / K 列（时限类型）", "行 3 / L 列（是否公开）");
    assertThat(result.problems().values())
        .anySatisfy(m -> assertThat(m).contains("立行立改、限期整改 或 长期坚持", "尽快"));
  }

  @Test
  void asksForAUserNameWhenSeveralOfficialsShareTheLeadersName() {
    byte[] bytes =
        LedgerFixture.from(template)
            .standardInfo()
            .row(2, 1, "方面", "问题", null, "第一科", "王芳")
            .bytes();

    LedgerReader.Result result =
        new LedgerReader(UNITS, OFFICIALS, java.util.Set.of("王芳"))
            .read(LedgerFixture.from(bytes).workbook());

    assertThat(result.problems())
        .containsOnlyKeys(new CellPlace("整改台账", 2, LedgerLayout.Column.LEADER.index(), "责任领导"));
    assertThat(result.problems().values())
        .allSatisfy(m -> assertThat(m).contains("多位名为“王芳”", "用户名"));
  }

  @Test
  void namesTheExpectedHeaderOfAWrongOrMissingColumn() {
    byte[] bytes =
        LedgerFixture.from(template)
            .standardInfo()
            .header(2, "问题")
            .header(9, "")
            .row(2, 1, "方面", "问题")
            .bytes();

    LedgerReader.Result result = read(bytes);

    assertThat(result.problems())
        .hasSize(2)
        .anySatisfy(
            (place, message) -> {
              assertThat(place.field()).isEqualTo("行 1 / C 列（具体问题）");
              assertThat(message).contains("表头应为“具体问题”", "实际为“问题”");
            })
        .anySatisfy((place, message) -> assertThat(place.field()).isEqualTo("行 1 / J 列（整改时限）"));
  }

  private static LedgerReader.Result read(byte[] bytes) {
    return new LedgerReader(UNITS, OFFICIALS).read(LedgerFixture.from(bytes).workbook());
  }
}
