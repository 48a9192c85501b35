package org.rectify.workflow;

import static org.mockito.Mockito.mock;

import java.util.Arrays;
import org.rectify.assignment.AssignmentService;
import org.rectify.opinion.OpinionService;
import org.rectify.plan.PlanService;
import org.rectify.rectification.RectificationService;
import org.rectify.reporting.BulletinPublicationService;
import org.rectify.reporting.ReportingService;
import org.rectify.supervision.SupervisionService;
import org.rectify.verification.VerificationService;

/**
 * The real {@link CompletionGuards} for the process tests, over the given (mocked) services and a
 * fresh mock for every other one.
 */
final class GuardsOver {

  private GuardsOver() {}

  static CompletionGuards services(Object... given) {
    return new CompletionGuards(
        pick(AssignmentService.class, given),
        pick(ReportingService.class, given),
        pick(BulletinPublicationService.class, given),
        pick(PlanService.class, given),
        pick(RectificationService.class, given),
        pick(SupervisionService.class, given),
        pick(VerificationService.class, given),
        pick(OpinionService.class, given));
  }

  private static <T> T pick(Class<T> type, Object[] given) {
    return Arrays.stream(given)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseGet(() -> mock(type));
  }
}
