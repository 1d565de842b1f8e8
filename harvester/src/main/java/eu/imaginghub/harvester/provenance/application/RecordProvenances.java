package eu.imaginghub.harvester.provenance.application;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.provenance.domain.RecordProvenance;
import eu.imaginghub.harvester.provenance.domain.RecordProvenanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Reads where a record came from; for admins and the node's operators (it holds raw input). */
@ApplicationScoped
@Transactional
public class RecordProvenances {

  @Inject RecordProvenanceRepository provenance;
  @Inject DatasetCatalogue catalogue;

  public RecordProvenance get(String nodeId, String localId, Viewer viewer) {
    viewer.requireOperator(nodeId);
    return provenance
        .find(nodeId, localId)
        .orElseThrow(() -> ProblemException.notFound("harvested record", nodeId + "/" + localId));
  }

  /**
   * The warnings the hub found in a record when it last received it, for anyone who may see the
   * dataset: they say what the record lacks, not what it holds. Empty for a dataset never harvested
   * or pushed.
   */
  public String warningsJson(String nodeId, String localId, Viewer viewer) {
    catalogue.visible(DatasetId.of(nodeId, localId), viewer);
    return provenance.find(nodeId, localId).map(RecordProvenance::warningsJson).orElse("[]");
  }
}
