package eu.imaginghub.catalogue.search.application;

import eu.imaginghub.catalogue.dataset.application.HarvestedWritesEnding;
import eu.imaginghub.catalogue.search.infrastructure.DatasetIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Indexes a harvest's writes in its own transaction, before it commits, so that whoever reads the
 * run's end (committed with them) finds its datasets by search.
 */
@ApplicationScoped
public class HarvestIndexing {

  @Inject DatasetIndex index;

  void indexNow(@Observes HarvestedWritesEnding ending) {
    index.indexChangesNow();
  }
}
