package eu.imaginghub.webapp.incontainer;

import eu.imaginghub.catalogue.publication.application.PublicationLeases;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.PublicationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The DOI publications the Zenodo worker runs. */
@ApplicationScoped
public class PublicationQueue implements LeasedQueue {

  @Inject PublicationLeases leases;
  @Inject PublicationRepository publications;
  @Inject Clock clock;
  @Inject InTransaction tx;

  @Override
  public String addDue() {
    Instant now = clock.instant();
    Publication p =
        Publication.waiting(
            new Publication.Target("incontainer-" + UUID.randomUUID(), Catalogue.NODE, 1),
            Publication.Kind.PUBLISH,
            now,
            now.plus(Duration.ofDays(1)));
    tx.commit(() -> publications.add(p));
    return p.id();
  }

  @Override
  public void leaseAs(String id, String worker, Instant at, Instant until) {
    if (!tx.commit(() -> publications.lease(id, worker, at, until))) {
      throw new IllegalStateException("publication " + id + " could not be leased");
    }
  }

  @Override
  public List<String> take(String worker) {
    return leases.take(worker, 1000);
  }

  /** A worker starts depositing; only the lease holder may. */
  @Override
  public boolean acceptsStepOf(String id, String worker) {
    return leases.start(id, worker).isPresent();
  }
}
