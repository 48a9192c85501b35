package org.rectify.demo;

import java.util.List;
import org.rectify.assignment.AssignmentWorkflow;
import org.rectify.inspection.Inspection;
import org.rectify.inspection.InspectionRepository;
import org.rectify.notification.NotificationKind;
import org.rectify.notification.NotificationSubject;
import org.rectify.notification.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 演示站内信: after the demo inspection is registered (its process now waits for 分解交办), the office finds
 * that step in its inbox, with the link that opens it in Tasklist. Written through the same outbox
 * as every other notification, once (the occasion is the task).
 */
@Component
@Profile("default")
@Order(110)
class DemoInbox implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoInbox.class);

  private final InspectionRepository inspections;
  private final AssignmentWorkflow assignment;
  private final Notifier notifier;

  DemoInbox(InspectionRepository inspections, AssignmentWorkflow assignment, Notifier notifier) {
    this.inspections = inspections;
    this.assignment = assignment;
    this.notifier = notifier;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Inspection inspection : inspections.findAllByOrderByFeedbackDateDesc()) {
      String step = assignment.openTaskOf(inspection.getId()).orElse(null);
      if (step == null) {
        continue; // already assigned: nothing to point the office at
      }
      int written =
          notifier.notifyOnce(
              NotificationKind.TASK_ASSIGNED,
              List.of("office"),
              NotificationSubject.task(step, null, null),
              step + ":office",
              "您有一项新的待办：分解交办。" + inspection.getInspectionTeam() + "的反馈意见已登记，请为每个具体问题明确责任单位和责任领导。");
      if (written > 0) {
        log.info("演示站内信：整改办的“分解交办”待办已发送到站内信");
      }
    }
  }
}
