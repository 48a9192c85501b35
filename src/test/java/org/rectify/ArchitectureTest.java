package org.rectify;

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
  static final ArchRule productReadsTheOneClock = OneClockRules.PRODUCT_READS_THE_ONE_CLOCK;

  @ArchTest
  static final ArchRule servicesTakeTheInstantFromTheClock =
      OneClockRules.SERVICES_TAKE_THE_INSTANT_FROM_THE_CLOCK;

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("org.rectify.(*)..").should().beFreeOfCycles();
}
