package org.rectify.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.rectify.assignment.AssignmentRequest;
import org.rectify.assignment.AssignmentService;
import org.rectify.assignment.FindingAssignment;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.organization.UnitRepository;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.plan.MeasureStatus;
import org.rectify.plan.PlanService;
import org.rectify.plan.PlanWorkflow;
import org.rectify.registration.InspectionRegistration;
import org.rectify.registration.RegistrationService;
import org.rectify.supervision.TrafficLights;
import org.rectify.supervision.UrgeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 督查督办台演示数据 (default profile, first start): a second, older demo inspection (区委第二巡察组's special
 * inspection, {@code demo/supervision-inspection.json}) whose three 服务保障科 findings each carry one
 * imported draft measure, due — counted from today — ten days ago (red), on the last yellow day
 * (yellow) and in three months (green). Through the product's own services the office hands it over
 * (分解交办), 服务保障科 submits the imported measures (制定整改措施), the office approves them (审核整改措施), so the
 * three measures are being carried out (落实中) with their timers (the red one's overdue notice
 * reaches the unit's and the lead official's 站内信 at once), and the supervisor urges the red one
 * (催办: on the desk, in the unit's 站内信, on the measure).
 *
 * <p>The finding processes start asynchronously after 分解交办 (job executor), so the steps after it
 * run as a short scheduled check every second until done (at most two minutes); each step is
 * idempotent, so a restart in between carries on. Runs before {@link DemoInbox}, whose message then
 * points the office only at the first demo inspection's open 分解交办.
 */
@Component
@Profile("default")
@Order(105)
class SupervisionDemoData implements ApplicationRunner {

  static final String TEAM = "区委第二巡察组";
  static final String RED_MEASURE = "逐项排查消防设施，建立消防安全检查台账。";
  private static final String URGE = "请于本周内报送消防设施排查进展和检查台账。";
  private static final String UNIT_USER = "unit-b";
  private static final int MAX_CHECKS = 120;

  private static final Logger log = LoggerFactory.getLogger(SupervisionDemoData.class);

  private final UnitRepository units;
  private final InspectionRepository inspections;
  private final FindingRepository findings;
  private final MeasureRepository measures;
  private final RegistrationService registration;
  private final AssignmentService assignment;
  private final PlanWorkflow planSteps;
  private final PlanService plans;
  private final UrgeService urges;
  private final TrafficLights lights;
  private final TaskScheduler scheduler;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;
  private final AtomicReference<ScheduledFuture<?>> checks = new AtomicReference<>();
  private final AtomicInteger checked = new AtomicInteger();

  SupervisionDemoData(
      UnitRepository units,
      InspectionRepository inspections,
      FindingRepository findings,
      MeasureRepository measures,
      RegistrationService registration,
      AssignmentService assignment,
      PlanWorkflow planSteps,
      PlanService plans,
      UrgeService urges,
      TrafficLights lights,
      TaskScheduler scheduler,
      PlatformTransactionManager transactionManager,
      ObjectMapper json) {
    this.units = units;
    this.inspections = inspections;
    this.findings = findings;
    this.measures = measures;
    this.registration = registration;
    this.assignment = assignment;
    this.planSteps = planSteps;
    this.plans = plans;
    this.urges = urges;
    this.lights = lights;
    this.scheduler = scheduler;
    this.transactions = new TransactionTemplate(transactionManager);
    this.json = json;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (units.findByCode("services").isEmpty()) {
      return;
    }
    Optional<Inspection> existing = demoInspection();
    UUID inspectionId;
    if (existing.isPresent()) {
      inspectionId = existing.get().getId();
    } else if (measures.count() > 0) {
      return; // a ledger in use: no demo measures among real ones
    } else {
      inspectionId = registration.register(demoRegistration(), "office").getId();
      assignment.assign(inspectionId, keepRegisteredUnitsAndLeads(inspectionId), "office");
      log.info("督查督办台演示数据：{}专项巡察已登记并分解交办", TEAM);
    }
    if (!urged(inspectionId)) {
      checks.set(
          scheduler.scheduleWithFixedDelay(() -> advance(inspectionId), Duration.ofSeconds(1)));
    }
  }

  private Optional<Inspection> demoInspection() {
    return inspections.findAllByOrderByFeedbackDateDesc().stream()
        .filter(i -> TEAM.equals(i.getInspectionTeam()))
        .findFirst();
  }

  /** The JSON resource with deadlines counted from today: red, yellow, green. */
  private InspectionRegistration demoRegistration() throws IOException {
    LocalDate today = lights.today();
    LocalDate[] deadlines = {
      today.minusDays(10), lights.rules().yellowUntil(today), today.plusMonths(3)
    };
    try (InputStream in =
        new ClassPathResource("demo/supervision-inspection.json").getInputStream()) {
      ObjectNode tree = (ObjectNode) json.readTree(in);
      int i = 0;
      for (var finding : tree.at("/feedback/aspects/0/findings")) {
        ((ObjectNode) finding.at("/measures/0")).put("deadline", deadlines[i++].toString());
      }
      return json.treeToValue(tree, InspectionRegistration.class);
    }
  }

  private AssignmentRequest keepRegisteredUnitsAndLeads(UUID inspectionId) {
    List<FindingAssignment> entries = new ArrayList<>();
    transactions.executeWithoutResult(
        tx -> {
          for (Finding finding : findings.findByInspection(inspectionId)) {
            if (finding.getChildren().isEmpty()) {
              entries.add(new FindingAssignment(finding.getId().toString(), null, null));
            }
          }
        });
    return new AssignmentRequest(entries);
  }

  /** One check: moves every finding one step on; urges once all measures are being carried out. */
  private void advance(UUID inspectionId) {
    try {
      boolean carriedOut = true;
      for (UUID findingId : findingIds(inspectionId)) {
        List<Measure> planned = measures.findByFindingIdOrderByOrdinal(findingId);
        if (planned.stream().allMatch(m -> m.getStatus() == MeasureStatus.IN_PROGRESS)) {
          continue;
        }
        carriedOut = false;
        if (open(() -> planSteps.checkDrafting(findingId, UNIT_USER))) {
          // The imported measures are submitted as they are (no new draft replaces them).
          transactions.executeWithoutResult(tx -> planSteps.measuresDrafted(findingId, UNIT_USER));
        }
        if (open(() -> planSteps.checkPlanReview(findingId, "office"))) {
          plans.reviewPlan(findingId, true, null, "office");
        }
      }
      if (carriedOut) {
        if (!urged(inspectionId)) {
          Measure red =
              measures.findByInspection(inspectionId).stream()
                  .filter(m -> RED_MEASURE.equals(m.getText()))
                  .findFirst()
                  .orElseThrow();
          urges.urge(red.getId(), URGE, true, "supervisor");
          log.info("督查督办台演示数据：3 项措施落实中（红灯、黄灯、绿灯各一），已向服务保障科催办一次");
        }
        stop();
        return;
      }
    } catch (RuntimeException e) {
      log.debug("督查督办台演示数据：本次未能推进，稍后再试", e);
    }
    if (checked.incrementAndGet() >= MAX_CHECKS) {
      log.warn("督查督办台演示数据：{} 次检查后仍未全部进入落实阶段，已停止", MAX_CHECKS);
      stop();
    }
  }

  private List<UUID> findingIds(UUID inspectionId) {
    return transactions.execute(
        tx ->
            findings.findByInspection(inspectionId).stream()
                .filter(f -> f.getChildren().isEmpty())
                .map(Finding::getId)
                .toList());
  }

  private boolean urged(UUID inspectionId) {
    return measures.findByInspection(inspectionId).stream()
        .filter(m -> RED_MEASURE.equals(m.getText()))
        .anyMatch(m -> !urges.urgesOf(m.getId(), "supervisor").isEmpty());
  }

  private static boolean open(Runnable check) {
    try {
      check.run();
      return true;
    } catch (RuntimeException notOpen) {
      return false;
    }
  }

  private void stop() {
    ScheduledFuture<?> running = checks.get();
    if (running != null) {
      running.cancel(false);
    }
  }
}
