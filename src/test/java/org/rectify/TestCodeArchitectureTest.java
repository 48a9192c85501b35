package org.rectify;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Rules for the tests themselves. */
@AnalyzeClasses(packages = "org.rectify", importOptions = ImportOption.OnlyIncludeTests.class)
class TestCodeArchitectureTest {

  @ArchTest
  static final ArchRule testsNeverAskTheMachinesZone =
      OneClockRules.TESTS_NEVER_ASK_THE_MACHINES_ZONE;
}
