package eu.imaginghub.webapp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import eu.imaginghub.tracer.config.SettingValues;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Configuration is read one way: each module's settings class declares its keys and asks the shared
 * {@link SettingValues} for them, which alone reads MicroProfile Config; everything else asks the
 * module's settings class, so every key is declared, defaulted and parsed in one place.
 */
class SettingsAccessTest {

  private static final String[] SETTINGS_CLASSES = {
    "eu.imaginghub.tracer.TracerSettings",
    "eu.imaginghub.catalogue.CatalogueSettings",
    "eu.imaginghub.harvester.HarvesterSettings",
    "eu.imaginghub.access.AccessSettings",
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
  void onlyTheSettingValuesReadTheConfiguration() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(SettingValues.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.microprofile.config..")
        .check(classes);
  }

  @Test
  void onlyTheSettingsClassesAskTheSettingValues() {
    noClasses()
        .that(DescribedPredicate.not(settingsClass()))
        .and()
        .resideOutsideOfPackage(SettingValues.class.getPackageName())
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName(SettingValues.class.getName())
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
        .should(ArchConditions.be(settingsClass()))
        .check(classes);
  }

  private static DescribedPredicate<JavaClass> settingsClass() {
    return DescribedPredicate.describe(
        "one of the settings classes " + String.join(", ", SETTINGS_CLASSES),
        c -> Arrays.asList(SETTINGS_CLASSES).contains(c.getFullName()));
  }
}
