package org.rectify.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rectify.organization.OfficialRole;
import org.rectify.web.FieldViolation;

/**
 * 分解交办规则: every entry names a leaf finding of this inspection at most once, known units and
 * officials who are 责任领导; afterwards every leaf finding has a responsible unit and a lead official
 * (from the entry or pre-filled at registration). Pure, so it is tested without Spring.
 */
final class AssignmentRules {

  /** A finding without sub-findings as it stands before this assignment. */
  record LeafFinding(UUID id, String code, String unitCode, String leadUsername) {}

  private final Map<UUID, LeafFinding> leaves = new HashMap<>();
  private final List<LeafFinding> leavesInOrder;
  private final Map<UUID, String> parentCodes;
  private final Set<String> knownUnits;
  private final Map<String, OfficialRole> knownOfficials;

  /**
   * @param leaves the inspection's leaf findings in reading order
   * @param parentCodes the inspection's findings that have sub-findings, by id
   * @param knownUnits codes of existing units (at least those the request names)
   * @param knownOfficials roles of existing officials by username (at least those the request
   *     names)
   */
  AssignmentRules(
      List<LeafFinding> leaves,
      Map<UUID, String> parentCodes,
      Set<String> knownUnits,
      Map<String, OfficialRole> knownOfficials) {
    this.leavesInOrder = List.copyOf(leaves);
    leaves.forEach(leaf -> this.leaves.put(leaf.id(), leaf));
    this.parentCodes = Map.copyOf(parentCodes);
    this.knownUnits = Set.copyOf(knownUnits);
    this.knownOfficials = Map.copyOf(knownOfficials);
  }

  /** Every violation of the request, each naming its place; empty when it may be applied. */
  List<FieldViolation> check(List<FindingAssignment> assignments) {
    List<FieldViolation> violations = new ArrayList<>();
    Map<UUID, Integer> entryOf = new HashMap<>();
    for (int i = 0; i < assignments.size(); i++) {
      String path = "assignments[" + i + "]";
      FindingAssignment entry = assignments.get(i);
      if (entry == null) {
        violations.add(new FieldViolation(path, "交办条目不能为空"));
        continue;
      }
      UUID findingId = findingId(entry, path, violations);
      if (findingId != null) {
        Integer earlier = entryOf.putIfAbsent(findingId, i);
        if (earlier != null) {
          violations.add(
              new FieldViolation(
                  path + ".findingId",
                  "问题 "
                      + leaves.get(findingId).code()
                      + " 已在 assignments["
                      + earlier
                      + "] 中交办，不能重复交办"));
        }
      }
      checkUnit(entry.responsibleUnit(), path + ".responsibleUnit", violations);
      checkLead(entry.leadOfficial(), path + ".leadOfficial", violations);
    }
    for (LeafFinding leaf : leavesInOrder) {
      Integer index = entryOf.get(leaf.id());
      FindingAssignment entry = index == null ? null : assignments.get(index);
      if (isBlank(leaf.unitCode()) && (entry == null || isBlank(entry.responsibleUnit()))) {
        violations.add(missing(index, "responsibleUnit", "问题 " + leaf.code() + " 必须指定责任单位"));
      }
      if (isBlank(leaf.leadUsername()) && (entry == null || isBlank(entry.leadOfficial()))) {
        violations.add(missing(index, "leadOfficial", "问题 " + leaf.code() + " 必须指定责任领导"));
      }
    }
    return violations;
  }

  private UUID findingId(FindingAssignment entry, String path, List<FieldViolation> violations) {
    String field = path + ".findingId";
    if (isBlank(entry.findingId())) {
      violations.add(new FieldViolation(field, "必须填写问题编号（findingId）"));
      return null;
    }
    UUID id;
    try {
      id = UUID.fromString(entry.findingId().strip());
    } catch (IllegalArgumentException e) {
      violations.add(new FieldViolation(field, "问题编号格式不正确：" + entry.findingId()));
      return null;
    }
    if (parentCodes.containsKey(id)) {
      violations.add(new FieldViolation(field, "问题 " + parentCodes.get(id) + " 含有子问题，请逐条交办其子问题"));
      return null;
    }
    if (!leaves.containsKey(id)) {
      violations.add(new FieldViolation(field, "该问题不属于本次巡视巡察：" + entry.findingId()));
      return null;
    }
    return id;
  }

  private void checkUnit(String code, String field, List<FieldViolation> violations) {
    if (!isBlank(code) && !knownUnits.contains(code.strip())) {
      violations.add(new FieldViolation(field, "未知的责任单位：" + code));
    }
  }

  private void checkLead(String username, String field, List<FieldViolation> violations) {
    if (isBlank(username)) {
      return;
    }
    OfficialRole role = knownOfficials.get(username.strip());
    if (role == null) {
      violations.add(new FieldViolation(field, "未知的责任领导：" + username));
    } else if (role != OfficialRole.LEADER) {
      violations.add(new FieldViolation(field, username + " 不是责任领导"));
    }
  }

  private static FieldViolation missing(Integer index, String property, String message) {
    return index == null
        ? new FieldViolation("assignments", message + "（请在 assignments 中交办该问题）")
        : new FieldViolation("assignments[" + index + "]." + property, message);
  }

  static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
