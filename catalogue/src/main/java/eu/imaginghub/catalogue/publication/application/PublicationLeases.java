package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.publication.domain.Backoff;
import eu.imaginghub.catalogue.publication.domain.Deposition;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.PublicationRepository;
import eu.imaginghub.catalogue.publication.domain.ZenodoException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The publications' state changes around the worker's steps, each in a short transaction of its
 * own: taking due publications with a lease, and storing each step's result as soon as Zenodo
 * answered, so that a crash loses at most the answer to the one request in flight.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PublicationLeases {

  private static final Logger LOG = Logger.getLogger(PublicationLeases.class.getName());

  private final CatalogueSettings settings;

  @Inject PublicationRepository publications;
  @Inject PublicationOutcomes outcomes;
  @Inject Clock clock;

  public PublicationLeases() {
    this(CatalogueSettings.current());
  }

  /** With settings of a test's own, outside a container. */
  PublicationLeases(CatalogueSettings settings) {
    this.settings = settings;
  }

  /**
   * The dataset's publications a publication builds on: the newest published record before it, and
   * whether one is still under way (then it waits).
   */
  public record Earlier(boolean underWay, Optional<Publication> record) {}

  private static final Set<Publication.State> UNDER_WAY =
      Set.of(Publication.State.WAITING, Publication.State.DEPOSITING, Publication.State.RETRYING);

  public Earlier earlier(Publication p) {
    List<Publication> before =
        publications.ofDataset(p.datasetId()).stream()
            .filter(o -> o.kind() != Publication.Kind.INVALIDATE && !o.id().equals(p.id()))
            .filter(
                o ->
                    p.kind() == Publication.Kind.INVALIDATE
                        ? o.version() <= p.version()
                        : o.version() < p.version())
            .toList();
    return new Earlier(
        before.stream().anyMatch(o -> UNDER_WAY.contains(o.state())),
        before.stream()
            .filter(o -> o.state() == Publication.State.PUBLISHED && o.depositionId().isPresent())
            .max(Comparator.comparingInt(Publication::version)));
  }

  /** An invalidation edits the record of this earlier publication. */
  public Optional<Publication> aimed(String id, String worker, Publication record) {
    return change(
        id,
        worker,
        (p, now) ->
            p.aimAt(
                record.depositionId().orElseThrow(),
                record.doi(),
                record.conceptDoi(),
                p.reason()));
  }

  /** Takes up to {@code limit} due publications nobody holds, for this worker. */
  public List<String> take(String worker, int limit) {
    Instant now = clock.instant();
    List<String> taken = new ArrayList<>();
    for (String id : publications.dueUnleased(now, limit)) {
      if (publications.lease(id, worker, now, now.plus(settings.zenodoLease()))) {
        taken.add(id);
      }
    }
    return taken;
  }

  /** The leased publication, marked as depositing, as it stands (detached). */
  public Optional<Publication> start(String id, String worker) {
    return change(id, worker, (p, now) -> p.depositing(worker, now));
  }

  public Optional<Publication> deposited(String id, String worker, Deposition d) {
    return change(id, worker, (p, now) -> p.deposited(worker, d, now));
  }

  public Optional<Publication> uploaded(String id, String worker) {
    return change(id, worker, (p, now) -> p.uploaded(worker, now));
  }

  public Optional<Publication> opened(String id, String worker) {
    return change(id, worker, (p, now) -> p.opened(worker, now));
  }

  public Optional<Publication> updated(String id, String worker) {
    return change(id, worker, (p, now) -> p.updated(worker, now));
  }

  /** Published: the DOI goes onto the dataset version in the same transaction. */
  public void published(String id, String worker, Deposition d) {
    change(id, worker, (p, now) -> outcomes.published(p, worker, d, now));
  }

  public void withoutDoi(String id, String worker, String why) {
    change(id, worker, (p, now) -> p.noDoi(worker, why, now));
  }

  /** An earlier step of the dataset must end first. */
  public void postpone(String id, String worker) {
    change(id, worker, (p, now) -> p.postpone(worker, now.plus(settings.zenodoPoll()), now));
  }

  public void failed(String id, String worker, ZenodoException e) {
    Backoff backoff = new Backoff(settings.zenodoFirstRetry(), settings.zenodoMaxRetry());
    change(
        id,
        worker,
        (p, now) -> {
          boolean gaveUp = p.attemptFailed(worker, e.problem(), e.retryable(), backoff, now);
          LOG.warning(
              () ->
                  "Publication "
                      + id
                      + " of "
                      + p.hubVersionId()
                      + (gaveUp
                          ? " failed: "
                          : " will be tried again at " + p.nextAttemptAt() + ": ")
                      + e.problem().inWords());
        });
  }

  private Optional<Publication> change(
      String id, String worker, BiConsumer<Publication, Instant> step) {
    Optional<Publication> found = publications.find(id).filter(p -> p.leasedBy(worker));
    if (found.isEmpty()) {
      LOG.warning(() -> "Publication " + id + " is no longer held by " + worker);
    }
    found.ifPresent(p -> step.accept(p, clock.instant()));
    return found;
  }
}
