package eu.imaginghub.harvester.provenance.application;

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

  public RecordProvenance get(String nodeId, String localId, Viewer viewer) {
    viewer.requireOperator(nodeId);
    return provenance
        .find(nodeId, localId)
        .orElseThrow(() -> ProblemException.notFound("harvested record", nodeId + "/" + localId));
  }
}
