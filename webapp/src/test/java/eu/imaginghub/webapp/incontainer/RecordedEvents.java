package eu.imaginghub.webapp.incontainer;

import eu.imaginghub.catalogue.dataset.application.DatasetInvalidated;
import eu.imaginghub.catalogue.dataset.application.DatasetPublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Observes the catalogue's lifecycle events in the deployment, as the hub's own observers do:
 * inside the firing transaction, and once it committed.
 */
@ApplicationScoped
public class RecordedEvents {

  private final List<DatasetPublished> published = new CopyOnWriteArrayList<>();
  private final List<DatasetPublished> publishedCommitted = new CopyOnWriteArrayList<>();
  private final List<DatasetInvalidated> invalidated = new CopyOnWriteArrayList<>();
  private final List<DatasetInvalidated> invalidatedCommitted = new CopyOnWriteArrayList<>();

  void onPublished(@Observes DatasetPublished e) {
    published.add(e);
  }

  void onPublishedCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetPublished e) {
    publishedCommitted.add(e);
  }

  void onInvalidated(@Observes DatasetInvalidated e) {
    invalidated.add(e);
  }

  void onInvalidatedCommitted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetInvalidated e) {
    invalidatedCommitted.add(e);
  }

  /** Fired for the dataset, whether its transaction committed or not. */
  public List<DatasetPublished> published(String datasetId) {
    return published.stream().filter(e -> e.datasetId().equals(datasetId)).toList();
  }

  /** Fired for the dataset in transactions that committed. */
  public List<DatasetPublished> publishedCommitted(String datasetId) {
    return publishedCommitted.stream().filter(e -> e.datasetId().equals(datasetId)).toList();
  }

  public List<DatasetInvalidated> invalidated(String datasetId) {
    return invalidated.stream().filter(e -> e.datasetId().equals(datasetId)).toList();
  }

  public List<DatasetInvalidated> invalidatedCommitted(String datasetId) {
    return invalidatedCommitted.stream().filter(e -> e.datasetId().equals(datasetId)).toList();
  }
}
