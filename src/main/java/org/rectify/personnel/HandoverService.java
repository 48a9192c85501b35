package org.rectify.personnel;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rectify.audit.AuditTrail;
import org.rectify.audit.AuditTrail.Subject;
import org.rectify.feedback.Finding;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.Notifier;
import org.rectify.organization.Official;
import org.rectify.organization.OfficialRole;
import org.rectify.organization.OpenWork;
import org.rectify.organization.OpenWorkItem;
import org.rectify.organization.OpenWorkItem.Kind;
import org.rectify.organization.Unit;
import org.rectify.personnel.PersonnelWorkflow.AssignedTask;
import org.rectify.plan.Measure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作交接: finds what an official still holds — engine tasks assigned to them, unfinished findings
 * they lead as 责任领导 (with their measures), unfinished measures naming them as 责任人 — and hands it to
 * successors: the engine tasks and process routing through {@link PersonnelWorkflow}, the ledger
 * fields here, one {@link PersonnelHandover} with a {@link ResponsibilityChange} per item, an audit
 * entry and a notification to both people, all in the caller's transaction.
 */
@Service
class HandoverService implements OpenWork {

  private static final String TASK = "TASK:";
  private static final String FINDING = "FINDING:";
  private static final String MEASURE = "MEASURE:";

  private final EntityManager entities;
  private final PersonnelWorkflow workflow;
  private final PersonnelHandoverRepository handovers;
  private final ResponsibilityChangeRepository changes;
  private final AuditTrail audit;
  private final Notifier notifier;
  private final Clock clock;

  HandoverService(
      EntityManager entities,
      PersonnelWorkflow workflow,
      PersonnelHandoverRepository handovers,
      ResponsibilityChangeRepository changes,
      AuditTrail audit,
      Notifier notifier,
      Clock clock) {
    this.entities = entities;
    this.workflow = workflow;
    this.handovers = handovers;
    this.changes = changes;
    this.audit = audit;
    this.notifier = notifier;
    this.clock = clock;
  }

  @Override
  public List<OpenWorkItem> of(Official official) {
    List<OpenWorkItem> items = new ArrayList<>();
    for (AssignedTask task : tasks(official)) {
      Set<String> groups =
          task.candidateGroups().isEmpty() ? Set.of(official.groupId()) : task.candidateGroups();
      items.add(new OpenWorkItem(TASK + task.id(), Kind.TASK, task.name(), groups));
    }
    for (Finding finding : ledFindings(official)) {
      items.add(
          new OpenWorkItem(
              FINDING + finding.getId(),
              Kind.FINDING_LEAD,
              finding.label(),
              Set.of(OfficialRole.LEADER.groupId())));
    }
    for (Measure measure : measuresInCharge(official)) {
      items.add(
          new OpenWorkItem(
              MEASURE + measure.getId(),
              Kind.MEASURE_PERSON,
              measure.getFinding().label()
                  + " 措施"
                  + measure.getOrdinal()
                  + "："
                  + shortText(measure),
              measure.getResponsibleUnits().stream()
                  .map(Unit::groupId)
                  .collect(Collectors.toCollection(LinkedHashSet::new))));
    }
    return items;
  }

  @Override
  public long openFindingsOf(Unit unit) {
    return entities
        .createQuery("select f from Finding f where f.responsibleUnit.id = :unit", Finding.class)
        .setParameter("unit", unit.getId())
        .getResultStream()
        .filter(f -> !f.getStatus().isFinished())
        .count();
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void handOver(
      Official from, Map<String, Official> successors, String reason, String actor) {
    Instant now = clock.instant();
    PersonnelHandover handover =
        handovers.save(new PersonnelHandover(from.getUsername(), reason, actor, now));
    List<ResponsibilityChange> recorded = new ArrayList<>();

    Map<String, String> taskSuccessors = new LinkedHashMap<>();
    for (AssignedTask task : tasks(from)) {
      Official to = successors.get(TASK + task.id());
      if (to != null) {
        taskSuccessors.put(task.id(), to.getUsername());
        recorded.add(
            change(
                handover,
                Kind.TASK,
                task.findingId(),
                task.measureId(),
                task.name(),
                from,
                to,
                now));
      }
    }
    workflow.reassign(taskSuccessors);

    Map<Official, Set<UUID>> findingsBySuccessor = new HashMap<>();
    Map<Official, Set<UUID>> measuresBySuccessor = new HashMap<>();
    for (Finding finding : ledFindings(from)) {
      Official to = successors.get(FINDING + finding.getId());
      if (to == null) {
        continue;
      }
      finding.assign(finding.getResponsibleUnit(), to);
      findingsBySuccessor.computeIfAbsent(to, o -> new LinkedHashSet<>()).add(finding.getId());
      for (Measure measure : measuresOf(finding)) {
        if (measure.getLeadOfficial() != null
            && measure.getLeadOfficial().getId().equals(from.getId())
            && !measure.getStatus().isFinished()) {
          measure.leadBy(to);
          measuresBySuccessor.computeIfAbsent(to, o -> new LinkedHashSet<>()).add(measure.getId());
        }
      }
      recorded.add(change(handover, Kind.FINDING_LEAD, finding.getId(), null, null, from, to, now));
    }
    for (Official to : findingsBySuccessor.keySet()) {
      workflow.leadOfficialChanged(
          from.getUsername(),
          to.getUsername(),
          findingsBySuccessor.get(to),
          measuresBySuccessor.getOrDefault(to, Set.of()));
    }

    for (Measure measure : measuresInCharge(from)) {
      Official to = successors.get(MEASURE + measure.getId());
      if (to == null) {
        continue;
      }
      measure.handOverTo(to.getDisplayName());
      recorded.add(
          change(
              handover,
              Kind.MEASURE_PERSON,
              measure.getFinding().getId(),
              measure.getId(),
              null,
              from,
              to,
              now));
    }
    changes.saveAll(recorded);

    audit.record(
        actor,
        "official.handed-over",
        Subject.of("PersonnelHandover", handover.getId()),
        "工作交接："
            + from.getDisplayName()
            + "（"
            + from.getUsername()
            + "）的 "
            + recorded.size()
            + " 项工作，原因："
            + reason,
        null,
        recorded.stream()
            .map(
                c ->
                    Map.of(
                        "kind", c.getKind().name(),
                        "item",
                            String.valueOf(
                                c.getTaskName() != null
                                    ? c.getTaskName()
                                    : c.getMeasureId() != null
                                        ? c.getMeasureId()
                                        : c.getFindingId()),
                        "to", c.getToOfficial()))
            .toList());
    notifyBoth(from, recorded, reason);
  }

  /**
   * One notification to the official who hands over and one to each successor, naming the items.
   * {@link Notifier#notifyOnce} keys on kind, measure, day and recipient: a second hand-over to the
   * same person on the same day is recorded and audited but not notified again.
   */
  private void notifyBoth(Official from, List<ResponsibilityChange> recorded, String reason) {
    if (recorded.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    UUID findingId =
        recorded.stream()
            .map(ResponsibilityChange::getFindingId)
            .filter(id -> id != null)
            .findFirst()
            .orElse(null);
    Map<String, List<ResponsibilityChange>> bySuccessor =
        recorded.stream()
            .collect(
                Collectors.groupingBy(
                    ResponsibilityChange::getToOfficial, LinkedHashMap::new, Collectors.toList()));
    String names =
        bySuccessor.values().stream()
            .map(list -> list.get(0).getToName())
            .collect(Collectors.joining("、"));
    notifier.notifyOnce(
        NotificationKind.HANDOVER,
        List.of(from.getUsername()),
        null,
        findingId,
        today,
        "工作交接（" + reason + "）：您的 " + recorded.size() + " 项未完成工作已交由 " + names + " 接手。");
    bySuccessor.forEach(
        (successor, items) ->
            notifier.notifyOnce(
                NotificationKind.HANDOVER,
                List.of(successor),
                null,
                findingId,
                today,
                "工作交接（"
                    + reason
                    + "）：您接手了 "
                    + from.getDisplayName()
                    + " 的 "
                    + items.size()
                    + " 项工作："
                    + items.stream()
                        .map(HandoverService::describe)
                        .collect(Collectors.joining("；"))));
  }

  private static String describe(ResponsibilityChange change) {
    return change.getKind().label()
        + (change.getTaskName() != null ? " " + change.getTaskName() : "");
  }

  private ResponsibilityChange change(
      PersonnelHandover handover,
      Kind kind,
      UUID findingId,
      UUID measureId,
      String taskName,
      Official from,
      Official to,
      Instant at) {
    return new ResponsibilityChange(
        handover.getId(),
        kind,
        findingId,
        measureId,
        taskName,
        from.getUsername(),
        from.getDisplayName(),
        to.getUsername(),
        to.getDisplayName(),
        at);
  }

  private List<AssignedTask> tasks(Official official) {
    return workflow.tasksAssignedTo(official.getUsername()).stream()
        .sorted(Comparator.comparing(AssignedTask::name).thenComparing(AssignedTask::id))
        .toList();
  }

  private List<Finding> ledFindings(Official official) {
    return entities
        .createQuery(
            "select f from Finding f where f.leadOfficial.id = :official order by f.code",
            Finding.class)
        .setParameter("official", official.getId())
        .getResultStream()
        .filter(f -> !f.getStatus().isFinished())
        .toList();
  }

  private List<Measure> measuresOf(Finding finding) {
    return entities
        .createQuery("select m from Measure m where m.finding.id = :finding", Measure.class)
        .setParameter("finding", finding.getId())
        .getResultList();
  }

  /**
   * Unfinished measures whose 责任人 is this official: the field holds a name (or user name) as the
   * unit wrote it; for unit staff only measures of their own unit count.
   */
  private List<Measure> measuresInCharge(Official official) {
    return entities
        .createQuery(
            "select m from Measure m where m.responsiblePerson in (:names)"
                + " order by m.finding.code, m.ordinal",
            Measure.class)
        .setParameter("names", List.of(official.getDisplayName(), official.getUsername()))
        .getResultStream()
        .filter(m -> !m.getStatus().isFinished())
        .filter(
            m ->
                official.getUnit() == null
                    || m.getResponsibleUnits().stream()
                        .anyMatch(u -> u.getId().equals(official.getUnit().getId())))
        .toList();
  }

  private static String shortText(Measure measure) {
    String text = measure.getText();
    return text.length() <= 30 ? text : text.substring(0, 29) + "…";
  }
}
