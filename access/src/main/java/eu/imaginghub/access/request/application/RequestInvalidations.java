package eu.imaginghub.access.request.application;

import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AccessRequestRepository;
import eu.imaginghub.access.request.domain.DatasetInvalidation;
import eu.imaginghub.access.request.domain.RequestPart;
import eu.imaginghub.catalogue.dataset.application.DatasetInvalidated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Closes what a dataset's invalidation leaves without object, in the invalidating transaction: the
 * invalidation and its consequences for requests commit or roll back together. Each request naming
 * the dataset is locked, as every change to a request is, and told in its timeline.
 */
@ApplicationScoped
public class RequestInvalidations {

  private static final Logger LOG = Logger.getLogger(RequestInvalidations.class.getName());

  @Inject AccessRequestRepository requests;
  @Inject RequestDatasets datasets;

  @Transactional(Transactional.TxType.MANDATORY)
  void onInvalidated(@Observes DatasetInvalidated invalidated) {
    DatasetInvalidation invalidation =
        new DatasetInvalidation(invalidated.datasetId(), invalidated.reason(), invalidated.at());
    for (String id : requests.namingDataset(invalidated.datasetId())) {
      AccessRequest r = requests.lock(id).orElseThrow();
      // the dataset itself counts as invalidated whether or not its row says so yet
      Set<String> invalid = new LinkedHashSet<>(datasets.invalidated(r.datasetIds()));
      invalid.add(invalidated.datasetId());
      List<RequestPart> closed = invalidation.applyTo(r, invalid);
      closed.forEach(
          p ->
              LOG.info(
                  () ->
                      "Part "
                          + p.id()
                          + " of access request "
                          + id
                          + " closed: dataset "
                          + invalidated.datasetId()
                          + " invalidated"));
    }
  }
}
