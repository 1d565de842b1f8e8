package eu.imaginghub.access.entitlement.application;

import eu.imaginghub.access.entitlement.domain.Entitlement;
import eu.imaginghub.tracer.trace.application.TraceLog;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records what happens to entitlements in the trace log, in the transaction that does it, so that a
 * grant, a revocation or an expiry and its trace commit or roll back together.
 */
@ApplicationScoped
public class EntitlementTraces {

  static final String CALLER = "access";

  @Inject TraceLog log;

  /**
   * @param subject the deciding chair, or null when the votes decided
   */
  void granted(Entitlement e, String subject) {
    record(TraceAction.ENTITLEMENT_GRANTED, e, subject, Map.of());
  }

  void revoked(Entitlement e, String subject) {
    record(
        TraceAction.ENTITLEMENT_REVOKED, e, subject, Map.of("reason", e.revokeReason().orElse("")));
  }

  /** Nobody acts: the end date passed. */
  void expired(Entitlement e) {
    record(TraceAction.ENTITLEMENT_EXPIRED, e, null, Map.of());
  }

  private void record(TraceAction action, Entitlement e, String subject, Map<String, String> more) {
    Map<String, String> details = new LinkedHashMap<>(more);
    details.put("entitlement", e.id());
    details.put("project", e.projectCode());
    details.put("request", e.requestId());
    details.put("part", e.partId());
    details.put("end", e.end().toString());
    log.record(TraceEntry.of(CALLER, subject, action, List.of(e.datasetId()), details, List.of()));
  }
}
