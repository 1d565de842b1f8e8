package eu.imaginghub.webapp;

import eu.imaginghub.access.entitlement.application.ExpirySchedule;
import eu.imaginghub.access.notification.application.NotificationSchedule;
import eu.imaginghub.catalogue.demo.application.DemoCatalogueLoader;
import eu.imaginghub.catalogue.publication.application.PublicationSchedule;
import eu.imaginghub.catalogue.search.application.IndexReconciliation;
import eu.imaginghub.harvester.pull.application.HarvestSchedule;
import eu.imaginghub.tracer.anchor.application.AnchorSchedule;
import eu.imaginghub.tracer.trace.application.PseudonymKey;
import eu.imaginghub.webapp.config.HubSettings;
import eu.imaginghub.webapp.security.DevCommittee;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.logging.Logger;

/** Prepares the hub when the application starts: schema, index, and demo data on first start. */
@ApplicationScoped
public class HubStartup {

  private static final Logger LOG = Logger.getLogger(HubStartup.class.getName());

  @Inject EntityManagerFactory emf;
  @Inject DemoCatalogueLoader demo;
  @Inject AnchorSchedule anchoring;
  @Inject HarvestSchedule harvests;
  @Inject PseudonymKey pseudonymKey;
  @Inject IndexReconciliation searchIndex;
  @Inject DevCommittee devCommittee;
  @Inject ExpirySchedule entitlementExpiry;
  @Inject NotificationSchedule notifications;
  @Inject PublicationSchedule publications;

  void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
    HubSettings settings = HubSettings.current();
    emf.getMetamodel(); // builds the persistence unit now (migrations first), not on first request
    pseudonymKey.load();
    reconcileSearchIndex();
    if (settings.oidcIssuer().isPresent() && "dev".equals(settings.configuredLoginMode())) {
      LOG.warning(
          "DEVELOPMENT LOGIN REFUSED: an OpenID provider is configured ("
              + settings.oidcIssuer().get()
              + "), so only its tokens and sign-in are accepted; the demo passwords are not.");
    } else if ("oidc".equals(settings.loginMode())) {
      LOG.info(() -> "Sign-in through the OpenID provider " + settings.oidcIssuer().get());
    }
    if ("dev".equals(settings.loginMode())) {
      LOG.warning(
          "DEVELOPMENT LOGIN ENABLED: demo users with known passwords can sign in."
              + " Never expose this hub like this; set hub.login.mode for production.");
      devCommittee.seedOnce();
    }
    demo.loadIfEnabled();
    anchoring.start();
    harvests.start();
    entitlementExpiry.start();
    notifications.start();
    publications.start();
    LOG.info(() -> "Imaging Hub ready, data in " + settings.dataDir());
  }

  /**
   * The database is the truth: after a crash or a restore the index may hold more, less or older.
   */
  private void reconcileSearchIndex() {
    try {
      searchIndex.reconcile();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while repairing the search index", e);
    }
  }
}
