package org.rectify.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewReturnTest {

  @Test
  void aReturnAlwaysCarriesAReason() {
    assertThatThrownBy(
            () -> ReviewReturn.ofFinding(UUID.randomUUID(), ReviewStep.PLAN_REVIEW, "  ", "office"))
        .hasMessage("退回必须说明理由");
  }

  @Test
  void keepsTheStepTheReasonAndWhoReturnedIt() {
    UUID finding = UUID.randomUUID();
    ReviewReturn returned =
        ReviewReturn.ofFinding(finding, ReviewStep.CLOSE_OUT_CERTIFICATION, " 佐证材料不足 ", "office");

    assertThat(returned.getFindingId()).isEqualTo(finding);
    assertThat(returned.getStep().label()).isEqualTo("审核认定");
    assertThat(returned.getReason()).isEqualTo("佐证材料不足");
    assertThat(returned.getReturnedBy()).isEqualTo("office");
  }
}
