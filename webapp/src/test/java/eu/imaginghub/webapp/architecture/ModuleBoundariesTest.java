package eu.imaginghub.webapp.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: webapp → harvester, access → catalogue → tracer; a module uses
 * another only through the packages that one publishes; and no feature's layer reaches another that
 * reaches back.
 */
class ModuleBoundariesTest {

  private static final List<String> MODULES =
      List.of("tracer", "catalogue", "harvester", "access", "webapp");

  /**
   * What each module publishes to the others, as its root {@code package-info.java} documents it.
   * Repositories are never published, even in a published domain package: other modules look things
   * up through a published port.
   */
  private static final Map<String, List<String>> PUBLISHED =
      Map.of(
          "tracer",
          List.of("problem", "config", "trace.application", "trace.domain", "anchor.application"),
          "catalogue",
          List.of(
              "spi",
              "problem",
              "security",
              "dataset.application",
              "dataset.domain",
              "dataset.json",
              "node.domain",
              "publication.application",
              "publication.domain",
              "search.application",
              "demo.application"),
          "harvester",
          List.of("pull.application", "token.application"),
          "access",
          List.of(
              "user.application",
              "project.application",
              "operator.application",
              "committee.application",
              "entitlement.application",
              "notification.application"),
          "webapp",
          List.of());

  /**
   * The webapp assembles the persistence unit from every module's entities and the search index
   * mapping; that wiring, and only it, may reach into other modules' storage.
   */
  private static final String ASSEMBLY = "eu.imaginghub.webapp.persistence..";

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
  void modulesUseEachOtherOnlyThroughWhatTheyPublish() {
    for (String module : MODULES) {
      noClasses()
          .that()
          .resideInAPackage("eu.imaginghub." + module + "..")
          .and()
          .resideOutsideOfPackage(ASSEMBLY)
          .should()
          .dependOnClassesThat(unpublishedOutside(module))
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  /** Classes of any module other than {@code module} that their module does not publish. */
  private static DescribedPredicate<JavaClass> unpublishedOutside(String module) {
    DescribedPredicate<JavaClass> unpublished = DescribedPredicate.alwaysFalse();
    for (String other : MODULES) {
      if (!other.equals(module)) {
        String[] published =
            PUBLISHED.get(other).stream()
                .map(p -> "eu.imaginghub." + other + "." + p)
                .toArray(String[]::new);
        unpublished =
            unpublished.or(
                resideInAnyPackage("eu.imaginghub." + other + "..")
                    .and(
                        not(
                            resideInAnyPackage(published)
                                .and(not(simpleNameEndingWith("Repository"))))));
      }
    }
    return unpublished.as("are not published by their module");
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

  /**
   * Slices are a module's feature ({@code catalogue.dataset}), across all modules at once: what two
   * features share lives in a package both depend on, never in one that reaches back.
   */
  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("eu.imaginghub.(*).(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * One persistence style in every module: aggregates are stored through repositories (the
   * interface beside the aggregate in {@code domain}, its {@code Jpa*} implementation in {@code
   * infrastructure}, the queries inside it), so use cases, resources and entities never hold the
   * entity manager.
   */
  @Test
  void onlyInfrastructureUsesTheEntityManager() {
    noClasses()
        .that()
        .resideInAnyPackage("..application..", "..api..", "..domain..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("jakarta.persistence.EntityManager")
        .check(classes);
  }
}
