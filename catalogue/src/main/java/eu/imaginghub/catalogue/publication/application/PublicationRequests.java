package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.dataset.application.DatasetInvalidated;
import eu.imaginghub.catalogue.dataset.application.DatasetPublished;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.Publication.Kind;
import eu.imaginghub.catalogue.publication.domain.Publication.State;
import eu.imaginghub.catalogue.publication.domain.Publication.Target;
import eu.imaginghub.catalogue.publication.domain.PublicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Turns each published or invalidated dataset version into a publication, in the transaction that
 * published or invalidated it: the worker deposits it later, so that publishing never waits for
 * Zenodo, and nothing is deposited for a change that did not commit.
 */
@ApplicationScoped
public class PublicationRequests {

  static final String FEED_WITHOUT_DOI =
      "published by its node's feed: such datasets get DOIs only when catalogue.zenodo.mint-feed"
          + " is on (published without a DOI)";

  private static final Set<State> UNDER_WAY =
      Set.of(State.WAITING, State.DEPOSITING, State.RETRYING);

  private final CatalogueSettings settings = CatalogueSettings.current();

  @Inject PublicationRepository publications;
  @Inject ZenodoAccounts accounts;
  @Inject HubBase hub;
  @Inject Clock clock;

  void published(@Observes DatasetPublished e) {
    // one read of the dataset's publications answers every question asked here, and a dataset just
    // added has none: harvests publish thousands of datasets in one transaction
    List<Publication> all = e.added() ? List.of() : publications.ofDataset(e.datasetId());
    if (has(all, e.version(), Kind.PUBLISH) || has(all, e.version(), Kind.NEW_VERSION)) {
      return;
    }
    List<Publication> earlier = depositsBefore(all, e.version());
    Kind kind = earlier.isEmpty() ? Kind.PUBLISH : Kind.NEW_VERSION;
    boolean hasRecord =
        earlier.stream().anyMatch(p -> p.conceptDoi() != null || UNDER_WAY.contains(p.state()));
    Target target = new Target(e.datasetId(), e.nodeId(), e.version());
    Instant now = clock.instant();
    Publication p;
    if (e.origin() == DatasetPublished.Origin.FEED && !hasRecord && !settings.zenodoMintFeed()) {
      p = Publication.withoutDoi(target, kind, FEED_WITHOUT_DOI, now);
    } else {
      ZenodoAccounts.NodeZenodo zenodo = accounts.of(e.nodeId());
      if (zenodo.account().isEmpty()) {
        p = Publication.withoutDoi(target, kind, zenodo.whyNone(), now);
      } else {
        p = Publication.waiting(target, kind, now, now.plus(settings.zenodoRetryDeadline()));
        // only a deposition uses the hub's address; asking for it outside a request is costly
        hub.now().ifPresent(p::linkTo);
      }
    }
    publications.add(p);
  }

  /** A record on Zenodo (made or under way) is edited to say the dataset is invalidated. */
  void invalidated(@Observes DatasetInvalidated e) {
    List<Publication> all = publications.ofDataset(e.datasetId());
    if (has(all, e.version(), Kind.INVALIDATE)) {
      return;
    }
    boolean hasRecord =
        depositsBefore(all, Integer.MAX_VALUE).stream()
            .anyMatch(p -> p.state() == State.PUBLISHED || UNDER_WAY.contains(p.state()));
    if (!hasRecord) {
      return;
    }
    Instant now = clock.instant();
    Publication p =
        Publication.waiting(
            new Target(e.datasetId(), e.nodeId(), e.version()),
            Kind.INVALIDATE,
            now,
            now.plus(settings.zenodoRetryDeadline()));
    p.because(e.reason());
    hub.now().ifPresent(p::linkTo);
    publications.add(p);
  }

  private static boolean has(List<Publication> all, int version, Kind kind) {
    return all.stream().anyMatch(p -> p.version() == version && p.kind() == kind);
  }

  private static List<Publication> depositsBefore(List<Publication> all, int version) {
    return all.stream().filter(p -> p.kind() != Kind.INVALIDATE && p.version() < version).toList();
  }
}
