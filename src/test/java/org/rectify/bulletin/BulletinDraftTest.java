package org.rectify.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;

/** A generated bulletin's draft never carries typed figures or overrides of generated text. */
class BulletinDraftTest {

  private final Bulletin bulletin =
      new Bulletin(
          new Inspection(
              InspectionLevel.MUNICIPAL,
              InspectionType.REGULAR,
              "区委",
              "区委第一巡察组",
              "某局党组",
              LocalDate.of(2025, 8, 22),
              "t-office"),
          BulletinKind.STAGE,
          "t-office");

  @Test
  void refusesADraftWithStatedFiguresOrOverriddenOpeningInvitationOrClause() {
    BulletinNarrative typed =
        new BulletinNarrative(
            List.of("整改工作有序推进"),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "手写的开头段",
            null,
            "手写的欢迎监督段",
            Map.of("findings", 99),
            "召开专题会议99次");

    assertThat(typed.overrides())
        .containsExactly("statedFigures", "statedClause", "opening", "invitation");
    assertThatThrownBy(() -> bulletin.redraft(BulletinKind.STAGE, typed, "t-office"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不能手工填写");
    assertThat(bulletin.getStatus()).isEqualTo(BulletinStatus.DRAFTING);
  }

  @Test
  void acceptsTheHandWrittenParts() {
    BulletinNarrative written =
        new BulletinNarrative(
            List.of("成立整改工作领导小组"), List.of("巩固整改成果"), "结束语", "联系电话：12345678", "某局党组", null);

    bulletin.redraft(BulletinKind.STAGE, written, "t-office");

    assertThat(written.overrides()).isEmpty();
  }
}
