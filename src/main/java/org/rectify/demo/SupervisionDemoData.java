package org.rectify.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rectify.feedback.Finding;
import org.rectify.feedback.FindingRepository;
import org.rectify.organization.Unit;
import org.rectify.organization.UnitRepository;
import org.rectify.plan.Measure;
import org.rectify.plan.MeasureRepository;
import org.rectify.plan.Term;
import org.rectify.supervision.TrafficLights;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 督查督办台演示数据 (default profile): the demo ledger's 服务保障科 findings get draft measures (as an imported
 * 整改台账 carries them) whose deadlines, counted from today, light the desk red (overdue), yellow
 * (within the yellow window) and green. Runs once, after {@link DemoData}; the unit's 制定整改措施
 * replaces them like any imported draft.
 */
@Component
@Profile("default")
@Order(110)
class SupervisionDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SupervisionDemoData.class);

  private final UnitRepository units;
  private final FindingRepository findings;
  private final MeasureRepository measures;
  private final TrafficLights lights;

  SupervisionDemoData(
      UnitRepository units,
      FindingRepository findings,
      MeasureRepository measures,
      TrafficLights lights) {
    this.units = units;
    this.findings = findings;
    this.measures = measures;
    this.lights = lights;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    Unit services = units.findByCode("services").orElse(null);
    if (services == null || measures.count() > 0) {
      return;
    }
    List<Finding> leaves = new ArrayList<>();
    for (Finding finding : findings.findByResponsibleUnitId(services.getId())) {
      if (finding.getChildren().isEmpty()) {
        leaves.add(finding);
      } else {
        leaves.addAll(finding.getChildren());
      }
    }
    if (leaves.isEmpty()) {
      return;
    }
    LocalDate today = lights.today();
    LocalDate[] deadlines = {
      today.minusDays(10), lights.rules().yellowUntil(today), today.plusMonths(3)
    };
    String[] texts = {"逐项排查消防设施，建立消防安全检查台账。", "制定车辆使用管理办法，规范公务用车审批。", "开展食堂采购专项检查，建立采购询价比价制度。"};
    for (int i = 0; i < deadlines.length; i++) {
      Finding finding = leaves.get(i % leaves.size());
      int ordinal = measures.findByFindingIdOrderByOrdinal(finding.getId()).size() + 1;
      measures.saveAndFlush(
          new Measure(
              finding, ordinal, texts[i], Set.of(services), "赵保障", deadlines[i], Term.TIME_BOUND));
    }
    log.info("督查督办台演示数据：服务保障科 3 项措施（红灯、黄灯、绿灯各一）");
  }
}
