package org.rectify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;

/**
 * One clock (issue #15): every "now", "today" and start of day comes from the {@link Clock} bean
 * ({@code workflow/engine/EngineClock}, zone {@code rectify.deadlines.zone}); nothing reads the
 * machine's zone or the system clock behind its back.
 */
final class OneClockRules {

  private static final Set<Class<?>> DATE_TYPES =
      Set.of(
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          ZonedDateTime.class,
          OffsetDateTime.class,
          Year.class,
          YearMonth.class,
          MonthDay.class);

  private OneClockRules() {}

  /** {@code now(…)} of a java.time type without a {@link Clock} argument. */
  static DescribedPredicate<JavaCall<?>> nowWithoutClock(Set<Class<?>> owners) {
    return DescribedPredicate.describe(
        "now() of "
            + owners.stream().map(Class::getSimpleName).sorted().toList()
            + " without a Clock",
        call ->
            call.getName().equals("now")
                && owners.stream().anyMatch(owner -> call.getTargetOwner().isEquivalentTo(owner))
                && call.getTarget().getRawParameterTypes().stream()
                    .noneMatch(type -> type.isEquivalentTo(Clock.class)));
  }

  /** The machine's zone or the system clock, read directly. */
  static final DescribedPredicate<JavaCall<?>> MACHINE_ZONE_OR_SYSTEM_CLOCK =
      DescribedPredicate.describe(
          "ZoneId.systemDefault(), TimeZone.getDefault(), Clock.system…() or new Date()",
          call ->
              (call.getTargetOwner().isEquivalentTo(ZoneId.class)
                      && call.getName().equals("systemDefault"))
                  || (call.getTargetOwner().isEquivalentTo(TimeZone.class)
                      && call.getName().equals("getDefault"))
                  || (call.getTargetOwner().isEquivalentTo(Clock.class)
                      && call.getName().startsWith("system"))
                  || (call.getTargetOwner().isEquivalentTo(Date.class)
                      && call.getName().equals("<init>")
                      && call.getTarget().getRawParameterTypes().isEmpty()));

  private static final DescribedPredicate<JavaClass> THE_CLOCK =
      DescribedPredicate.describe(
          "the clock itself",
          type -> type.getName().equals("org.rectify.workflow.engine.EngineClock"));

  private static final DescribedPredicate<JavaClass> AN_ENTITY =
      DescribedPredicate.describe(
          "a JPA entity (a row stamps the instant it was written, which has no zone)",
          type -> type.isAnnotatedWith("jakarta.persistence.Entity"));

  /** Product code: dates, zones and the current time only from the clock. */
  static final ArchRule PRODUCT_READS_THE_ONE_CLOCK =
      noClasses()
          .that(DescribedPredicate.not(THE_CLOCK))
          .should()
          .callCodeUnitWhere(nowWithoutClock(DATE_TYPES))
          .orShould()
          .callCodeUnitWhere(MACHINE_ZONE_OR_SYSTEM_CLOCK)
          .because("every now, today and start of day comes from the Clock bean (issue #15)");

  /** Services take the current instant from the clock; a row may stamp when it was written. */
  static final ArchRule SERVICES_TAKE_THE_INSTANT_FROM_THE_CLOCK =
      noClasses()
          .that(DescribedPredicate.not(THE_CLOCK.or(AN_ENTITY)))
          .should()
          .callCodeUnitWhere(nowWithoutClock(Set.of(Instant.class)))
          .because("a moved or fixed clock must move every decision the product takes (issue #15)");

  /** Tests: "today" from the app's clock (or a fixed one), never from the JVM's zone. */
  static final ArchRule TESTS_NEVER_ASK_THE_MACHINES_ZONE =
      noClasses()
          .should()
          .callCodeUnitWhere(nowWithoutClock(DATE_TYPES))
          .orShould()
          .callCodeUnitWhere(MACHINE_ZONE_OR_SYSTEM_CLOCK)
          .because(
              "tests ask the app's clock (DeadlineCalendar.today(), the Clock bean) or fix one;"
                  + " the JVM's zone is not China's (issue #15)");
}
