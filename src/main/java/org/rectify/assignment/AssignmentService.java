package org.rectify.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.assignment.AssignmentRules.LeafFinding;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRepository;
import org.rectify.organization.Unit;
import org.rectify.organization.UnitRepository;
import org.rectify.web.InvalidInputException;
import org.rectify.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 分解交办: the office confirms or changes, per leaf finding, the responsible unit and the lead
 * official, and hands the findings over to rectification — all in one transaction with the task.
 */
@Service
public class AssignmentService {

  private final InspectionRepository inspections;
  private final FindingRepository findings;
  private final UnitRepository units;
  private final OfficialRepository officials;
  private final AssignmentWorkflow workflow;
  private final Clock clock;

  AssignmentService(
      InspectionRepository inspections,
      FindingRepository findings,
      UnitRepository units,
      OfficialRepository officials,
      AssignmentWorkflow workflow,
      Clock clock) {
    this.clock = clock;
    this.inspections = inspections;
    this.findings = findings;
    this.units = units;
    this.officials = officials;
    this.workflow = workflow;
  }

  @Transactional
  public void assign(UUID inspectionId, AssignmentRequest request, String username) {
    Inspection inspection =
        inspections
            .findById(inspectionId)
            .orElseThrow(() -> new NotFoundException("巡视巡察不存在：" + inspectionId));
    workflow.checkAssignment(inspectionId, username);
    List<FindingAssignment> entries = request == null ? List.of() : request.entries();

    Findings current = findingsOf(inspectionId);
    Map<UUID, Finding> leaves = current.leaves();
    Map<String, Unit> namedUnits =
        units.findByCodeIn(named(entries, FindingAssignment::responsibleUnit)).stream()
            .collect(Collectors.toMap(Unit::getCode, Function.identity()));
    Map<String, Official> namedOfficials =
        officials.findByUsernameIn(named(entries, FindingAssignment::leadOfficial)).stream()
            .collect(Collectors.toMap(Official::getUsername, Function.identity()));

    AssignmentRules rules =
        new AssignmentRules(
            current.leafViews(),
            current.parentCodes(),
            namedUnits.keySet(),
            namedOfficials.values().stream()
                .collect(Collectors.toMap(Official::getUsername, Official::getRole)));
    var violations = rules.check(entries);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    for (FindingAssignment entry : entries) {
      Finding finding = leaves.get(UUID.fromString(entry.findingId().strip()));
      Unit unit =
          AssignmentRules.isBlank(entry.responsibleUnit())
              ? finding.getResponsibleUnit()
              : namedUnits.get(entry.responsibleUnit().strip());
      Official lead =
          AssignmentRules.isBlank(entry.leadOfficial())
              ? finding.getLeadOfficial()
              : namedOfficials.get(entry.leadOfficial().strip());
      finding.assign(unit, lead);
    }
    inspection.recordAssignment(username, clock.instant());
    workflow.findingsAssigned(inspectionId, username);
  }

  /**
   * Guard for completing 分解交办 by any route: the office's hand-over is recorded on the inspection
   * and every leaf finding has a responsible unit and a lead official.
   *
   * @throws IllegalStateException otherwise, naming each finding that lacks one
   */
  @Transactional(readOnly = true)
  public void checkAssigned(UUID inspectionId) {
    boolean recorded =
        inspections.findById(inspectionId).map(i -> i.getAssignedBy() != null).orElse(false);
    if (!recorded) {
      throw new IllegalStateException(
          "尚未分解交办：请通过 POST /api/inspections/"
              + inspectionId
              + "/assignment 交办（或在 Tasklist 的分解交办表单中提交）");
    }
    Findings current = findingsOf(inspectionId);
    var violations =
        new AssignmentRules(current.leafViews(), current.parentCodes(), Set.of(), Map.of())
            .check(List.of());
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          violations.stream().map(v -> v.message()).collect(Collectors.joining("；")));
    }
  }

  /**
   * The inspection's findings split into leaves (by id, reading order) and findings with
   * sub-findings.
   */
  private record Findings(Map<UUID, Finding> leaves, Map<UUID, String> parentCodes) {
    List<LeafFinding> leafViews() {
      return leaves.values().stream().map(AssignmentService::leaf).toList();
    }
  }

  private Findings findingsOf(UUID inspectionId) {
    List<Finding> all = new ArrayList<>(findings.findByInspection(inspectionId));
    all.sort(Finding.READING_ORDER);
    Map<UUID, String> parentCodes = new HashMap<>();
    Map<UUID, Finding> leaves = new LinkedHashMap<>();
    for (Finding finding : all) {
      if (finding.isLeaf()) {
        leaves.put(finding.getId(), finding);
      } else {
        parentCodes.put(finding.getId(), finding.getCode());
      }
    }
    return new Findings(leaves, parentCodes);
  }

  private static LeafFinding leaf(Finding finding) {
    return new LeafFinding(
        finding.getId(),
        finding.getCode(),
        finding.getResponsibleUnit() == null ? null : finding.getResponsibleUnit().getCode(),
        finding.getLeadOfficial() == null ? null : finding.getLeadOfficial().getUsername());
  }

  private static Set<String> named(
      List<FindingAssignment> entries, Function<FindingAssignment, String> property) {
    Set<String> names = new HashSet<>();
    entries.stream()
        .filter(Objects::nonNull)
        .map(property)
        .filter(value -> !AssignmentRules.isBlank(value))
        .forEach(value -> names.add(value.strip()));
    return names;
  }
}
