package org.rectify.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionLevel;
import org.rectify.inspection.InspectionType;

class FindingTest {

  private final Feedback feedback =
      new Feedback(
          new Inspection(
              InspectionLevel.MUNICIPAL,
              InspectionType.REGULAR,
              "区委",
              "区委第一巡察组",
              "某局党组",
              LocalDate.of(2025, 8, 22),
              "office"),
          null);

  @Test
  void numbersFindingsByAspectAndSubFindingsByParent() {
    feedback.addAspect("方面一", null).addFinding("问题一", FindingSource.FEEDBACK);
    Aspect second = feedback.addAspect("方面二", null);
    second.addFinding("问题二", FindingSource.FEEDBACK);
    Finding third = second.addFinding("问题三", FindingSource.FEEDBACK);
    Finding sub = third.addSubFinding("问题三之一");

    assertThat(feedback.allFindings())
        .extracting(Finding::getCode)
        .containsExactly("1.1", "2.1", "2.2", "2.2.1");
    assertThat(sub.getParent()).isSameAs(third);
  }

  @Test
  void sortsIntoReadingOrderEvenPastNineFindings() {
    Aspect aspect = feedback.addAspect("方面一", null);
    for (int i = 1; i <= 11; i++) {
      aspect.addFinding("问题" + i, FindingSource.FEEDBACK).addSubFinding("子问题" + i);
    }
    List<Finding> shuffled = new ArrayList<>(feedback.allFindings());
    Collections.shuffle(shuffled);

    shuffled.sort(Finding.READING_ORDER);

    assertThat(shuffled).containsExactlyElementsOf(feedback.allFindings());
  }

  @Test
  void shortensLongTextToItsFirstSentenceForTaskNames() {
    Finding finding =
        feedback
            .addAspect("方面一", null)
            .addFinding("落实“第一议题”不到位。2024年党组成立以来，共召开党组会议14次。", FindingSource.FEEDBACK);
    Finding longOne =
        feedback
            .getAspects()
            .get(0)
            .addFinding("学习贯彻习近平新时代中国特色社会主义思想和党的二十大及二十届历次全会精神不够系统深入", FindingSource.FEEDBACK);

    assertThat(finding.shortTitle()).isEqualTo("落实“第一议题”不到位");
    assertThat(longOne.shortTitle()).hasSize(30).endsWith("…");
  }

  @Test
  void needsAReasonToWithholdAFindingFromThePublicEdition() {
    Finding finding = feedback.addAspect("方面一", null).addFinding("问题", FindingSource.FEEDBACK);

    assertThatThrownBy(() -> finding.withholdFromPublic(" ")).hasMessageContaining("理由");
    finding.withholdFromPublic("涉及个人隐私");

    assertThat(finding.isPubliclyDisclosed()).isFalse();
    assertThat(finding.getNondisclosureReason()).isEqualTo("涉及个人隐私");
  }

  @Test
  void reopensARelapsedClosedOutFindingAsANewLinkedFindingOfTheSameAspect() {
    Aspect aspect = feedback.addAspect("方面一", null);
    Finding original = aspect.addFinding("落实“第一议题”不到位。详情", FindingSource.FEEDBACK);

    assertThatThrownBy(original::reopenAsRelapse).hasMessageContaining("只有已销号的问题");
    original.changeStatus(FindingStatus.COMPLETED_ONGOING);
    Finding reopened = original.reopenAsRelapse();

    assertThat(reopened.getReopenedFrom()).isSameAs(original);
    assertThat(reopened.getSource()).isEqualTo(FindingSource.FOLLOW_UP_RELAPSE);
    assertThat(reopened.getCode()).isEqualTo("1.2");
    assertThat(reopened.getStatus()).isEqualTo(FindingStatus.NOT_STARTED);
    assertThat(reopened.label()).isEqualTo("【1.2】落实“第一议题”不到位");
  }
}
