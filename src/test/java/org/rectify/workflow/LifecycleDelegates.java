package org.rectify.workflow;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.rectify.plan.FindingRouting;
import org.rectify.plan.PlanService;
import org.rectify.rectification.MeasureSchedule;
import org.rectify.rectification.RectificationService;
import org.rectify.supervision.SupervisionService;
import org.rectify.verification.FollowUpSchedule;
import org.rectify.verification.ReopenedFinding;
import org.rectify.verification.VerificationService;
import org.rectify.workflow.engine.UnitInstanceAccess;

/**
 * The real delegates of the lifecycle processes over mocked feature services, registered under the
 * bean names the models use. Timer dates are fixed relative to {@link #NOW}.
 */
final class LifecycleDelegates {

  /** The in-memory engine of the process tests. */
  static final String ENGINE_CONFIGURATION = "process-test.camunda.cfg.xml";

  static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
  static final Instant REMINDER = NOW.plus(7, ChronoUnit.DAYS);
  static final Instant DUE = NOW.plus(10, ChronoUnit.DAYS);
  static final Instant ESCALATION = NOW.plus(15, ChronoUnit.DAYS);
  static final Instant EXTENDED_REMINDER = NOW.plus(37, ChronoUnit.DAYS);
  static final Instant EXTENDED_DUE = NOW.plus(40, ChronoUnit.DAYS);
  static final Instant EXTENDED_ESCALATION = NOW.plus(45, ChronoUnit.DAYS);
  static final Instant FOLLOW_UP = NOW.plus(180, ChronoUnit.DAYS);
  static final String CYCLE = "R/P30D";
  static final UUID REOPENED_FINDING = UUID.randomUUID();
  static final UUID INSPECTION = UUID.randomUUID();

  final PlanService plan = mock(PlanService.class);
  final RectificationService rectification = mock(RectificationService.class);
  final SupervisionService supervision = mock(SupervisionService.class);
  final VerificationService verification = mock(VerificationService.class);
  final UnitInstanceAccess unitAccess = mock(UnitInstanceAccess.class);

  LifecycleDelegates() {
    when(plan.routing(any()))
        .thenReturn(new FindingRouting("unit-general", "leader", "【1.2】学习贯彻不够深入", "综合科"));
    when(rectification.schedule(any()))
        .thenReturn(
            new MeasureSchedule(
                "unit-general", "leader", "【1.2-1】制定学习计划", DUE, REMINDER, ESCALATION, CYCLE));
    when(rectification.applyApprovedExtension(any()))
        .thenReturn(
            new MeasureSchedule(
                "unit-general",
                "leader",
                "【1.2-1】制定学习计划",
                EXTENDED_DUE,
                EXTENDED_REMINDER,
                EXTENDED_ESCALATION,
                CYCLE));
    when(verification.followUpSchedule(any()))
        .thenReturn(new FollowUpSchedule(FOLLOW_UP, "【1.2】学习贯彻不够深入"));
    when(verification.reopen(any())).thenReturn(new ReopenedFinding(REOPENED_FINDING, INSPECTION));

    Mocks.register(
        "completionGuard", GuardsOver.services(plan, rectification, supervision, verification));
    Mocks.register("prepareFindingDelegate", new PrepareFindingDelegate(plan, unitAccess));
    Mocks.register("closeOutDelegate", new CloseOutDelegate(verification));
    Mocks.register("startFollowUpCheckDelegate", new StartFollowUpCheckDelegate());
    Mocks.register(
        "scheduleMeasureDelegate", new ScheduleMeasureDelegate(rectification, unitAccess));
    Mocks.register("sendReminderDelegate", new SendReminderDelegate(rectification));
    Mocks.register("markOverdueDelegate", new MarkOverdueDelegate(rectification));
    Mocks.register("notifySupervisorsDelegate", new NotifySupervisorsDelegate(supervision));
    Mocks.register("callForProgressDelegate", new CallForProgressDelegate(rectification));
    Mocks.register("extendDeadlineDelegate", new ExtendDeadlineDelegate(rectification));
    Mocks.register("rescheduleTimersDelegate", new RescheduleTimersDelegate(new MeasureTimers()));
    Mocks.register("scheduleFollowUpDelegate", new ScheduleFollowUpDelegate(verification));
    Mocks.register("reopenFindingDelegate", new ReopenFindingDelegate(verification));
    Mocks.register("startRectificationDelegate", new StartRectificationDelegate());
  }
}
