package eu.imaginghub.access.use.application;

import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.use.domain.DatasetUseRepository;
import eu.imaginghub.access.use.domain.UseKind;
import eu.imaginghub.tracer.trace.application.GroupedTraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores each checked and reported use with its trace, in one transaction shared with other
 * callers' uses: a node's use checks are changes of their own, so they go through the tracer's
 * group commit, and many share one disk flush. The trace names the person (the tracer keeps only a
 * pseudonym), the node, the project, the tool and, for a reported use, its run and the model it
 * trained or ran: a model's training datasets can be found from the trace log alone. Reasons are
 * given as codes: their words may quote a revocation's reason, which is no business of a log kept
 * for ever.
 */
@ApplicationScoped
public class UseTraces {

  /** The trace's caller when no node is known: the hub's access governance itself. */
  static final String HUB_CALLER = "access";

  @Inject GroupedTraceLog log;

  /** Stores the use and its trace together; returns once both are durable. */
  public void store(DatasetUse use, DatasetUseRepository uses) {
    log.record(
        entry(use),
        receipt -> {
          use.tracedAs(receipt.id().toString());
          uses.add(use);
        });
  }

  private static TraceEntry entry(DatasetUse use) {
    return new TraceEntry(
        use.nodeId().map(n -> "node:" + n).orElse(HUB_CALLER),
        use.userSubject().orElse(null),
        action(use),
        use.datasetIds(),
        use.tool().name(),
        use.tool().version(),
        details(use),
        use.model().map(m -> List.of(m.sha256())).orElse(List.of()));
  }

  private static TraceAction action(DatasetUse use) {
    if (use.kind() == UseKind.REPORT) {
      return TraceAction.USE_REPORTED;
    }
    return use.entitled() ? TraceAction.USE_DATASETS : TraceAction.USE_DENIED;
  }

  private static Map<String, String> details(DatasetUse use) {
    Map<String, String> details = new TreeMap<>();
    details.put("use", use.id());
    details.put("project", use.projectCode());
    use.nodeId().ifPresent(n -> details.put("node", n));
    details.put("entitled", String.valueOf(use.entitled()));
    if (!use.entitled()) {
      details.put("reasons", use.reasonCodes());
    }
    if (!use.entitlementIds().isEmpty()) {
      details.put("entitlements", String.join(" ", use.entitlementIds()));
    }
    use.startedAt().ifPresent(t -> details.put("startedAt", t.toString()));
    use.endedAt().ifPresent(t -> details.put("endedAt", t.toString()));
    use.model()
        .ifPresent(
            m -> {
              details.put("model", m.id());
              details.put("modelVersion", m.version());
              details.put("modelSha256", m.sha256());
            });
    return details;
  }
}
