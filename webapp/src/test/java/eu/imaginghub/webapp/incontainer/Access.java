package eu.imaginghub.webapp.incontainer;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.access.entitlement.domain.EntitlementRepository;
import eu.imaginghub.access.project.application.Projects;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Projects and the entitlements a committee's approval grants them, for the in-container tests. */
@ApplicationScoped
public class Access {

  public static final Viewer RESEARCHER =
      new Viewer(
          "incontainer-researcher", "In-container researcher", Set.of(Role.RESEARCHER), Set.of());

  @Inject Projects projects;
  @Inject EntitlementRepository entitlements;
  @Inject Clock clock;
  @Inject InTransaction tx;

  /**
   * A running entitlement of a new project to the dataset, as an approved request grants one;
   * returns its id.
   */
  public String entitle(DatasetId dataset) {
    String code = "p" + Catalogue.uniqueWord();
    // the project commits first: its row must exist when the entitlement's is written
    String project =
        tx.commit(
            () ->
                projects
                    .create(
                        new Projects.NewProject(
                            code, "Project " + code, "In-container project", null),
                        RESEARCHER)
                    .code()
                    .toString());
    return tx.commit(
        () -> {
          Instant now = clock.instant();
          String request = "request-" + UUID.randomUUID();
          Entitlement e =
              new Entitlement(
                  new Entitlement.Grant(
                      project,
                      dataset.value(),
                      request,
                      request + "-part-1",
                      null,
                      "incontainer-chair",
                      now,
                      now.plus(Duration.ofDays(90))));
          entitlements.add(e);
          return e.id();
        });
  }

  /** The entitlement as the caller's transaction sees it (it must have one). */
  public Entitlement entitlementInTransaction(String id) {
    return entitlements.find(id).orElseThrow();
  }

  public Entitlement entitlement(String id) {
    return tx.commit(() -> entitlementInTransaction(id));
  }
}
