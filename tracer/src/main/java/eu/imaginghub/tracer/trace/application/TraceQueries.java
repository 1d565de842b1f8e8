package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceFilter;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reading the trace log: filtered pages, one trace, and the newest trace of a dataset. */
@ApplicationScoped
@Transactional
public class TraceQueries {

  /** A page of traces and the total matching. */
  public record TracePage(long total, List<Trace> traces) {}

  @Inject TraceRepository traces;

  public TracePage find(TraceFilter filter) {
    long total = traces.count(filter);
    // a page past the end is empty; its offset may not even fit an int
    long first = (long) (filter.page() - 1) * filter.size();
    if (first >= total) {
      return new TracePage(total, List.of());
    }
    return new TracePage(total, traces.page(filter, (int) first, filter.size()));
  }

  /** The newest trace naming the dataset, if any. */
  public Optional<LatestTrace> latestFor(String datasetId) {
    return traces
        .newestNaming(datasetId)
        .map(
            t ->
                new LatestTrace(
                    t.id(),
                    t.isChained() ? t.sequence() : null,
                    t.action(),
                    t.recordedAt(),
                    t.contentHashes()));
  }

  /** Whether any trace of one of these actions names the dataset. */
  public boolean anyNaming(String datasetId, Set<TraceAction> actions) {
    return actions.stream()
        .anyMatch(a -> traces.count(new TraceFilter(datasetId, a, null, null, null, 1, 1)) > 0);
  }

  public Optional<Trace> get(UUID id) {
    return traces.find(id.toString());
  }
}
