package eu.imaginghub.catalogue.search.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the search index and the database disagree, from each side's dataset ids and stamps (the
 * time of the dataset's last change): datasets whose document is missing or older than the row, and
 * documents with no row behind them.
 *
 * @param toReindex ids of datasets to index again from the database
 * @param toPurge ids of documents to remove from the index
 */
public record IndexDifference(List<String> toReindex, List<String> toPurge) {

  public IndexDifference {
    toReindex = List.copyOf(toReindex);
    toPurge = List.copyOf(toPurge);
  }

  /** Compares the stamps the database holds with those the index holds, id by id. */
  public static IndexDifference between(Map<String, Long> database, Map<String, Long> index) {
    List<String> reindex = new ArrayList<>();
    database.forEach(
        (id, stamp) -> {
          if (!Objects.equals(stamp, index.get(id))) {
            reindex.add(id);
          }
        });
    List<String> purge = new ArrayList<>();
    index
        .keySet()
        .forEach(
            id -> {
              if (!database.containsKey(id)) {
                purge.add(id);
              }
            });
    return new IndexDifference(reindex, purge);
  }

  public boolean isEmpty() {
    return toReindex.isEmpty() && toPurge.isEmpty();
  }
}
