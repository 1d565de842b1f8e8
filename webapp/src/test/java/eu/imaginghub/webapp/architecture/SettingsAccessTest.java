package eu.imaginghub.webapp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Configuration is read one way: each module's settings class reads MicroProfile Config, and
 * everything else asks that class, so every key is declared, defaulted and parsed in one place.
 */
class SettingsAccessTest {

  private static final String[] SETTINGS_CLASSES = {
    "eu.imaginghub.tracer.TracerSettings",
    "eu.imaginghub.catalogue.CatalogueSettings",
    "eu.imaginghub.harvester.HarvesterSettings",
    "eu.imaginghub.webapp.config.HubSettings"
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.imaginghub");
  }

  @Test
  void onlyTheSettingsClassesReadTheConfiguration() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(SETTINGS_CLASSES[0])
        .and()
        .doNotHaveFullyQualifiedName(SETTINGS_CLASSES[1])
        .and()
        .doNotHaveFullyQualifiedName(SETTINGS_CLASSES[2])
        .and()
        .doNotHaveFullyQualifiedName(SETTINGS_CLASSES[3])
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.microprofile.config..")
        .check(classes);
  }

  @Test
  void eachModuleHasOneSettingsClassAtItsRoot() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Settings")
        .and()
        .areTopLevelClasses()
        .and()
        .areNotRecords()
        .should()
        .haveFullyQualifiedName(SETTINGS_CLASSES[0])
        .orShould()
        .haveFullyQualifiedName(SETTINGS_CLASSES[1])
        .orShould()
        .haveFullyQualifiedName(SETTINGS_CLASSES[2])
        .orShould()
        .haveFullyQualifiedName(SETTINGS_CLASSES[3])
        .check(classes);
  }
}
