package eu.imaginghub.webapp.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.catalogue.dataset.application.DatasetInvalidated;
import eu.imaginghub.catalogue.dataset.application.DatasetLifecycle;
import eu.imaginghub.catalogue.dataset.application.DatasetPublished;
import eu.imaginghub.catalogue.dataset.application.DatasetPublished.Origin;
import eu.imaginghub.catalogue.dataset.application.HarvestedDatasets;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * The lifecycle events other modules react to: fired with the right dataset, node, version and
 * origin, inside the change's transaction, and announced after it only when it committed.
 */
@ApplicationScoped
public class EventScenarios {

  @Inject Catalogue catalogue;
  @Inject Access access;
  @Inject RecordedEvents events;
  @Inject DatasetLifecycle lifecycle;
  @Inject HarvestedDatasets harvested;
  @Inject InTransaction tx;

  public void publishingThroughTheHubFiresDatasetPublished() {
    DatasetId id = catalogue.published("ev-" + UUID.randomUUID(), Catalogue.uniqueWord());

    assertThat(events.published(id.value()))
        .singleElement()
        .satisfies(e -> assertPublished(e, id, 1, Origin.HUB));
    assertThat(events.publishedCommitted(id.value())).hasSize(1);
  }

  public void publishedRecordOfTheNodeFiresDatasetPublishedFromTheFeed() {
    String localId = "ev-" + UUID.randomUUID();
    DatasetId id = DatasetId.of(Catalogue.NODE, localId);

    harvested.upsert(
        Catalogue.NODE,
        localId,
        LifecycleStatus.PUBLISHED,
        Catalogue.description(localId, Catalogue.uniqueWord()),
        Catalogue.OPERATOR);

    assertThat(events.publishedCommitted(id.value()))
        .singleElement()
        .satisfies(e -> assertPublished(e, id, 1, Origin.FEED));
  }

  /** Observers inside the transaction saw the event; nothing announced it after the rollback. */
  public void rolledBackPublicationIsNotAnnounced() {
    DatasetId id = catalogue.released("ev-" + UUID.randomUUID(), Catalogue.uniqueWord());

    tx.rollback(() -> lifecycle.publish(id, null, Catalogue.OPERATOR));

    assertThat(events.published(id.value()))
        .singleElement()
        .satisfies(e -> assertPublished(e, id, 1, Origin.HUB));
    assertThat(events.publishedCommitted(id.value())).isEmpty();
    assertThat(catalogue.status(id)).contains(LifecycleStatus.RELEASED);
  }

  /**
   * Invalidation revokes the dataset's running entitlements in its own transaction: revoked inside
   * it, untouched when it rolls back, revoked for good when it commits.
   */
  public void invalidationRevokesEntitlementsInItsTransaction() {
    DatasetId id = catalogue.published("ev-" + UUID.randomUUID(), Catalogue.uniqueWord());
    String entitlement = access.entitle(id);

    Entitlement seenInside =
        tx.rollback(
            () -> {
              lifecycle.invalidate(id, "consent withdrawn", Catalogue.OPERATOR);
              return access.entitlementInTransaction(entitlement);
            });
    assertThat(seenInside.revokedAt()).isPresent();
    assertThat(access.entitlement(entitlement).revokedAt()).isEmpty();
    assertThat(catalogue.status(id)).contains(LifecycleStatus.PUBLISHED);
    assertThat(events.invalidatedCommitted(id.value())).isEmpty();

    tx.commit(() -> lifecycle.invalidate(id, "consent withdrawn", Catalogue.OPERATOR));

    Entitlement revoked = access.entitlement(entitlement);
    assertThat(revoked.revokedAt()).isPresent();
    assertThat(revoked.revokedBy()).contains("system");
    assertThat(revoked.revokeReason()).contains("dataset invalidated: consent withdrawn");
    assertThat(catalogue.status(id)).contains(LifecycleStatus.INVALIDATED);
    assertThat(events.invalidated(id.value())).hasSize(2);
    assertThat(events.invalidatedCommitted(id.value()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e)
                  .extracting(
                      DatasetInvalidated::nodeId,
                      DatasetInvalidated::version,
                      DatasetInvalidated::reason,
                      DatasetInvalidated::actorSubject)
                  .containsExactly(
                      Catalogue.NODE, 1, "consent withdrawn", Catalogue.OPERATOR.subject());
            });
  }

  private static void assertPublished(DatasetPublished e, DatasetId id, int version, Origin o) {
    assertThat(e)
        .extracting(
            DatasetPublished::datasetId,
            DatasetPublished::nodeId,
            DatasetPublished::version,
            DatasetPublished::origin)
        .containsExactly(id.value(), Catalogue.NODE, version, o);
  }
}
