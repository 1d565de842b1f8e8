package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.dataset.application.DatasetVersions;
import eu.imaginghub.catalogue.dataset.application.PublicUrl;
import eu.imaginghub.catalogue.dataset.application.VersionDetails;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.publication.application.PublicationLeases.Earlier;
import eu.imaginghub.catalogue.publication.application.ZenodoAccounts.NodeZenodo;
import eu.imaginghub.catalogue.publication.domain.Deposition;
import eu.imaginghub.catalogue.publication.domain.DepositionMetadata;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.Zenodo;
import eu.imaginghub.catalogue.publication.domain.ZenodoAccount;
import eu.imaginghub.catalogue.publication.domain.ZenodoException;
import eu.imaginghub.catalogue.publication.domain.ZenodoProblem;
import eu.imaginghub.catalogue.spi.DurableCommits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Runs the steps of one leased publication, storing each step's result before the next: create the
 * deposition (or find the one a crashed attempt made, by the hub's version id in its notes; or open
 * a new version of the dataset's record), upload the DCAT-AP file, publish. An invalidation opens
 * the record, changes its metadata and publishes it again.
 *
 * <p>Each stored step is on the disk before the next call to Zenodo, so a run cut off by a crash
 * comes back at most one step behind Zenodo, and every step can be repeated: a deposition made just
 * before the cut is found again, a file uploaded again replaces itself, a record published again is
 * found published.
 */
@ApplicationScoped
public class PublicationRun {

  /** Where the links go when neither a public URL nor a request told the hub's address. */
  private static final String FALLBACK_URL = "http://localhost:8080";

  @Inject PublicationLeases leases;
  @Inject DatasetVersions versions;
  @Inject DepositionContent content;
  @Inject ZenodoAccounts accounts;
  @Inject Zenodo zenodo;
  @Inject DurableCommits durable;

  /** The steps of the publication, as far as they go now. */
  public void run(String id, String worker) {
    try {
      leases.start(id, worker).ifPresent(p -> steps(p, worker));
    } catch (RuntimeException e) {
      // a fault of the hub's own (the database, the export) counts as an attempt, tried again
      ZenodoProblem problem = new ZenodoProblem(0, "the hub failed: " + e, null);
      leases.failed(id, worker, new ZenodoException(ZenodoException.Kind.TRANSIENT, problem, e));
    }
  }

  private void steps(Publication started, String worker) {
    String id = started.id();
    NodeZenodo z = accounts.of(started.nodeId());
    Optional<VersionDetails> version =
        versions.find(new DatasetId(started.datasetId()), started.version());
    if (z.account().isEmpty() || version.isEmpty()) {
      leases.withoutDoi(
          id, worker, version.isEmpty() ? "the dataset version no longer exists" : z.whyNone());
      return;
    }
    Step step =
        new Step(
            id,
            worker,
            z.account().get(),
            z,
            version.get(),
            started.hubUrl().or(PublicUrl::configured).orElse(FALLBACK_URL));
    Publication p = started;
    try {
      while (p != null && p.step() != Publication.Step.DONE) {
        durable.awaitDurable();
        p = step.next(p);
      }
    } catch (ZenodoException e) {
      leases.failed(id, worker, e);
    }
  }

  /** The steps of one run; each returns the publication as stored after it, or null to stop. */
  private final class Step {
    private final String id;
    private final String worker;
    private final ZenodoAccount account;
    private final NodeZenodo zenodoSettings;
    private final VersionDetails version;
    private final String hubUrl;

    Step(
        String id,
        String worker,
        ZenodoAccount account,
        NodeZenodo z,
        VersionDetails v,
        String hub) {
      this.id = id;
      this.worker = worker;
      this.account = account;
      this.zenodoSettings = z;
      this.version = v;
      this.hubUrl = hub;
    }

    Publication next(Publication p) throws ZenodoException {
      return switch (p.step()) {
        case CREATE -> create(p);
        case UPLOAD -> upload(p);
        case EDIT -> open(p);
        case UPDATE -> {
          zenodo.updateMetadata(account, p.depositionId().orElseThrow(), metadata(p));
          yield leases.updated(id, worker).orElse(null);
        }
        case PUBLISH -> {
          leases.published(id, worker, zenodo.publish(account, p.depositionId().orElseThrow()));
          yield null;
        }
        case DONE -> null;
      };
    }

    private Publication upload(Publication p) throws ZenodoException {
      byte[] file = content.turtle(version, p.reservedDoi(), hubUrl);
      zenodo.upload(account, p.bucketUrl(), DepositionContent.FILE_NAME, file);
      return leases.uploaded(id, worker).orElse(null);
    }

    private Publication create(Publication p) throws ZenodoException {
      if (p.kind() == Publication.Kind.NEW_VERSION) {
        Earlier earlier = leases.earlier(p);
        if (earlier.underWay()) {
          leases.postpone(id, worker);
          return null;
        }
        if (earlier.record().isPresent()) {
          // asking again after a crash gives the same open draft, not a second one
          long record = earlier.record().get().depositionId().orElseThrow();
          Deposition opened = zenodo.newVersion(account, record);
          Deposition draft = zenodo.updateMetadata(account, opened.latestDraftId(), metadata(p));
          return leases.deposited(id, worker, draft).orElse(null);
        }
      }
      // a deposition an attempt made just before a crash is found again, not made twice
      Optional<Deposition> found = zenodo.findByHubId(account, p.hubVersionId());
      Deposition d = found.isPresent() ? found.get() : zenodo.create(account, metadata(p));
      return leases.deposited(id, worker, d).orElse(null);
    }

    private Publication open(Publication p) throws ZenodoException {
      if (p.depositionId().isEmpty()) {
        Earlier earlier = leases.earlier(p);
        if (earlier.underWay()) {
          leases.postpone(id, worker);
          return null;
        }
        if (earlier.record().isEmpty()) {
          leases.withoutDoi(id, worker, "the dataset has no Zenodo record to update");
          return null;
        }
        p = leases.aimed(id, worker, earlier.record().get()).orElse(null);
        if (p == null) {
          return null;
        }
      }
      long deposition = p.depositionId().orElseThrow();
      try {
        zenodo.edit(account, deposition);
      } catch (ZenodoException e) {
        // a record an earlier attempt opened is open already
        if (e.retryable() || zenodo.read(account, deposition).published()) {
          throw e;
        }
      }
      return leases.opened(id, worker).orElse(null);
    }

    private DepositionMetadata metadata(Publication p) {
      return content.metadata(p, version, zenodoSettings, hubUrl);
    }
  }
}
