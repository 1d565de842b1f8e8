package eu.imaginghub.tracer.trace.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a module asks the tracer to record. The subject is the caller's own identifier for the
 * person acting; the tracer replaces it by a keyed pseudonym before anything is stored.
 *
 * @param caller the hub component or node acting, e.g. {@code catalogue}
 * @param subject who acted (null for the system itself)
 * @param datasetIds the datasets concerned, in the caller's order
 * @param tool name of the analysis tool, where a use is traced
 * @param toolVersion its version
 * @param details small key/value facts about the action
 * @param contentHashes hashes of the content the action touched (e.g. a dataset's record)
 */
public record TraceEntry(
    String caller,
    String subject,
    TraceAction action,
    List<String> datasetIds,
    String tool,
    String toolVersion,
    Map<String, String> details,
    List<String> contentHashes) {

  public TraceEntry {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(action, "action");
    datasetIds = datasetIds == null ? List.of() : List.copyOf(datasetIds);
    SortedMap<String, String> sorted = new TreeMap<>();
    if (details != null) {
      sorted.putAll(details);
    }
    details = java.util.Collections.unmodifiableSortedMap(sorted);
    contentHashes = contentHashes == null ? List.of() : List.copyOf(contentHashes);
  }

  /** A trace of an action on datasets with no tool involved. */
  public static TraceEntry of(
      String caller,
      String subject,
      TraceAction action,
      List<String> datasetIds,
      Map<String, String> details,
      List<String> contentHashes) {
    return new TraceEntry(caller, subject, action, datasetIds, null, null, details, contentHashes);
  }
}
