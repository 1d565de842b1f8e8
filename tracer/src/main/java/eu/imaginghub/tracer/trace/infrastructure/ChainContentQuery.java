package eu.imaginghub.tracer.trace.infrastructure;

import eu.imaginghub.tracer.trace.domain.ChainContent;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the chainer hashes of the oldest unchained traces in two queries, whatever their
 * number: one for the traces' columns, one for all their datasets. Loading trace entities instead
 * cost a query per trace for its datasets, and the chainer fell behind the writers.
 */
final class ChainContentQuery {

  private ChainContentQuery() {}

  static List<ChainContent> oldestUnchained(EntityManager em, int max) {
    List<Object[]> rows =
        em.createQuery(
                "select t.id, t.recordedAt, t.caller, t.userPseudonym, t.action, t.tool,"
                    + " t.toolVersion, t.details, t.contentHashes, t.schemaVersion"
                    + " from Trace t where t.sequence is null order by t.recordedAt, t.id",
                Object[].class)
            .setMaxResults(max)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> datasets = datasetsOf(em, rows.stream().map(r -> r[0]).toList());
    List<ChainContent> contents = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      contents.add(
          new ChainContent(
              (String) r[0],
              (Instant) r[1],
              (String) r[2],
              (String) r[3],
              (TraceAction) r[4],
              datasets.getOrDefault((String) r[0], List.of()),
              (String) r[5],
              (String) r[6],
              (String) r[7],
              (String) r[8],
              (Integer) r[9]));
    }
    return contents;
  }

  /** Each trace's datasets in the order it gave them. */
  private static Map<String, List<String>> datasetsOf(EntityManager em, List<Object> traceIds) {
    Map<String, List<String>> datasets = new HashMap<>();
    em.createQuery(
            "select t.id, d from Trace t join t.datasetIds d where t.id in :ids"
                + " order by t.id, index(d)",
            Object[].class)
        .setParameter("ids", traceIds)
        .getResultList()
        .forEach(
            r ->
                datasets.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return datasets;
  }
}
