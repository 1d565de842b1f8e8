package eu.imaginghub.harvester.provenance.infrastructure;

import eu.imaginghub.harvester.provenance.domain.RecordKey;
import eu.imaginghub.harvester.provenance.domain.RecordProvenance;
import eu.imaginghub.harvester.provenance.domain.RecordProvenanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaRecordProvenanceRepository implements RecordProvenanceRepository {

  private static final int CHUNK = 500;

  @Inject EntityManager em;

  @Override
  public Optional<RecordProvenance> find(String nodeId, String localId) {
    return Optional.ofNullable(em.find(RecordProvenance.class, new RecordKey(nodeId, localId)));
  }

  @Override
  public List<RecordProvenance> liveOfNode(String nodeId) {
    return em.createQuery(
            "select p from RecordProvenance p where p.nodeId = :node and p.withdrawnAt is null"
                + " order by p.localId",
            RecordProvenance.class)
        .setParameter("node", nodeId)
        .getResultList();
  }

  @Override
  public Map<String, String> liveHashes(String nodeId) {
    Map<String, String> hashes = new HashMap<>();
    em.createQuery(
            "select p.contentHash, p.localId from RecordProvenance p"
                + " where p.nodeId = :node and p.withdrawnAt is null",
            Object[].class)
        .setParameter("node", nodeId)
        .getResultStream()
        .forEach(row -> hashes.put((String) row[0], (String) row[1]));
    return hashes;
  }

  @Override
  public List<RecordProvenance> findAll(String nodeId, List<String> localIds) {
    List<RecordProvenance> result = new ArrayList<>();
    for (int i = 0; i < localIds.size(); i += CHUNK) {
      result.addAll(
          em.createQuery(
                  "select p from RecordProvenance p where p.nodeId = :node"
                      + " and p.localId in :ids",
                  RecordProvenance.class)
              .setParameter("node", nodeId)
              .setParameter("ids", localIds.subList(i, Math.min(localIds.size(), i + CHUNK)))
              .getResultList());
    }
    return result;
  }

  @Override
  public void add(RecordProvenance provenance) {
    em.persist(provenance);
  }
}
