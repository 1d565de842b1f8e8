package eu.imaginghub.webapp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: webapp → harvester, access → catalogue → tracer; and no feature's
 * layer reaches another that reaches back.
 */
class ModuleBoundariesTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.imaginghub");
  }

  @Test
  void tracerKnowsNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("eu.imaginghub.tracer..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.imaginghub.catalogue..",
            "eu.imaginghub.harvester..",
            "eu.imaginghub.access..",
            "eu.imaginghub.webapp..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void catalogueKnowsOnlyTheTracer() {
    noClasses()
        .that()
        .resideInAPackage("eu.imaginghub.catalogue..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "eu.imaginghub.harvester..", "eu.imaginghub.access..", "eu.imaginghub.webapp..")
        .check(classes);
  }

  @Test
  void harvesterAndAccessDoNotKnowEachOther() {
    noClasses()
        .that()
        .resideInAPackage("eu.imaginghub.harvester..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("eu.imaginghub.access..", "eu.imaginghub.webapp..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("eu.imaginghub.access..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("eu.imaginghub.harvester..", "eu.imaginghub.webapp..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void domainDependsOnNoApiNorInfrastructure() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..api..", "..infrastructure..", "..application..")
        .check(classes);
  }

  /**
   * Slices are a module's feature in one role ({@code catalogue.dataset.domain}), across all
   * modules at once: a cycle between two of them means neither can change or be tested alone.
   */
  @Test
  void featureLayersAreFreeOfCycles() {
    slices().matching("eu.imaginghub.(*).(*).(*)..").should().beFreeOfCycles().check(classes);
  }
}
