package org.rectify;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.rectify", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule onlyWorkflowTalksToCamunda =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.rectify.workflow..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda..")
          .because("features move the process through their own *Workflow ports (HOUSE_STYLE.md)");

  @ArchTest
  static final ArchRule engineConcernsDoNotDependOnTheProcessGlue =
      noClasses()
          .that()
          .resideInAPackage("org.rectify.workflow.engine..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("org.rectify.workflow")
                  .and(not(simpleName("LifecycleVariables")))
                  .and(not(simpleName("ProcessVariable"))))
          .because(
              "identity, authorizations, single sign-on, filters and jobs serve every process; only"
                  + " the variable names the Tasklist filters show come from the glue");

  @ArchTest
  static final ArchRule theStepCatalogueDependsOnlyOnTheRoles =
      classes()
          .that()
          .resideInAPackage("org.rectify.step..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.rectify.step..", "org.rectify.organization..", "java..")
          .because("security, review and workflow all read it without cycles");

  @ArchTest
  static final ArchRule productReadsTheOneClock = OneClockRules.PRODUCT_READS_THE_ONE_CLOCK;

  @ArchTest
  static final ArchRule servicesTakeTheInstantFromTheClock =
      OneClockRules.SERVICES_TAKE_THE_INSTANT_FROM_THE_CLOCK;

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("org.rectify.(*)..").should().beFreeOfCycles();
}
