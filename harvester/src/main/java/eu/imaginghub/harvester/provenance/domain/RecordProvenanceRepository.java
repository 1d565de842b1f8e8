package eu.imaginghub.harvester.provenance.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The provenance of every record the harvester stored. */
public interface RecordProvenanceRepository {

  Optional<RecordProvenance> find(String nodeId, String localId);

  /** The node's provenance rows for the given local ids (unknown ones are left out). */
  List<RecordProvenance> findAll(String nodeId, List<String> localIds);

  /** Content hash to local id of the node's records that are not withdrawn. */
  Map<String, String> liveHashes(String nodeId);

  /** The node's records that are not withdrawn, by local id. */
  List<RecordProvenance> liveOfNode(String nodeId);

  void add(RecordProvenance provenance);
}
