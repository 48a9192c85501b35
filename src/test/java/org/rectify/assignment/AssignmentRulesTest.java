package org.rectify.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rectify.assignment.AssignmentRules.LeafFinding;
import org.rectify.organization.OfficialRole;
import org.rectify.web.FieldViolation;

class AssignmentRulesTest {

  private final UUID prefilled = UUID.randomUUID();
  private final UUID unassigned = UUID.randomUUID();
  private final UUID parent = UUID.randomUUID();

  private final AssignmentRules rules =
      new AssignmentRules(
          List.of(
              new LeafFinding(prefilled, "1.1", "general", "leader"),
              new LeafFinding(unassigned, "1.2.1", null, null)),
          Map.of(parent, "1.2"),
          Set.of("general", "services"),
          Map.of("leader", OfficialRole.LEADER, "office", OfficialRole.OFFICE));

  @Test
  void acceptsAnAssignmentThatGivesEveryLeafFindingAUnitAndALead() {
    assertThat(rules.check(List.of(entry(unassigned, "services", "leader")))).isEmpty();
  }

  @Test
  void keepsWhatTheRegistrationPrefilledWhenAnEntryLeavesItBlank() {
    assertThat(
            rules.check(
                List.of(entry(prefilled, null, " "), entry(unassigned, "services", "leader"))))
        .isEmpty();
  }

  @Test
  void namesTheEntryWhoseFindingStillLacksAUnitOrALead() {
    List<FieldViolation> violations = rules.check(List.of(entry(unassigned, "", null)));

    assertThat(violations)
        .containsExactly(
            new FieldViolation("assignments[0].responsibleUnit", "问题 1.2.1 必须指定责任单位"),
            new FieldViolation("assignments[0].leadOfficial", "问题 1.2.1 必须指定责任领导"));
  }

  @Test
  void reportsALeafFindingLeftOutOfTheRequestThatHasNoPrefilledOwner() {
    assertThat(rules.check(List.of()))
        .extracting(FieldViolation::field, FieldViolation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "assignments", "问题 1.2.1 必须指定责任单位（请在 assignments 中交办该问题）"),
            org.assertj.core.groups.Tuple.tuple(
                "assignments", "问题 1.2.1 必须指定责任领导（请在 assignments 中交办该问题）"));
  }

  @Test
  void rejectsUnknownUnitsUnknownOfficialsAndOfficialsWhoAreNotLeaders() {
    List<FieldViolation> violations =
        rules.check(
            List.of(
                entry(prefilled, "no-such-unit", "nobody"),
                entry(unassigned, "services", "office")));

    assertThat(violations)
        .containsExactly(
            new FieldViolation("assignments[0].responsibleUnit", "未知的责任单位：no-such-unit"),
            new FieldViolation("assignments[0].leadOfficial", "未知的责任领导：nobody"),
            new FieldViolation("assignments[1].leadOfficial", "office 不是责任领导"));
  }

  @Test
  void rejectsFindingsWithSubFindingsForeignFindingsMalformedIdsAndDuplicates() {
    List<FieldViolation> violations =
        rules.check(
            Arrays.asList(
                entry(parent, "general", "leader"),
                entry(UUID.randomUUID(), "general", "leader"),
                new FindingAssignment("1.1", "general", "leader"),
                new FindingAssignment(null, "general", "leader"),
                entry(unassigned, "general", "leader"),
                entry(unassigned, "services", "leader"),
                null));

    assertThat(violations)
        .extracting(FieldViolation::field)
        .containsExactly(
            "assignments[0].findingId",
            "assignments[1].findingId",
            "assignments[2].findingId",
            "assignments[3].findingId",
            "assignments[5].findingId",
            "assignments[6]");
    assertThat(violations.get(0).message()).isEqualTo("问题 1.2 含有子问题，请逐条交办其子问题");
    assertThat(violations.get(1).message()).startsWith("该问题不属于本次巡视巡察");
    assertThat(violations.get(2).message()).isEqualTo("问题编号格式不正确：1.1");
    assertThat(violations.get(4).message()).isEqualTo("问题 1.2.1 已在 assignments[4] 中交办，不能重复交办");
  }

  private static FindingAssignment entry(UUID findingId, String unit, String lead) {
    return new FindingAssignment(findingId.toString(), unit, lead);
  }
}
