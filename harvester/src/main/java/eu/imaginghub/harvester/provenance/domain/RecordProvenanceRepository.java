package eu.imaginghub.harvester.provenance.domain;

import java.util.List;
import java.util.Optional;

/** The provenance of every record the harvester stored. */
public interface RecordProvenanceRepository {

  Optional<RecordProvenance> find(String nodeId, String localId);

  /** The node's provenance rows for the given local ids (unknown ones are left out). */
  List<RecordProvenance> findAll(String nodeId, List<String> localIds);

  void add(RecordProvenance provenance);
}
