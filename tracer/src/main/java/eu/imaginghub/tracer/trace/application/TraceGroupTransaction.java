package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.application.TraceGroups.Submission;
import eu.imaginghub.tracer.trace.domain.TraceReceipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** One group of traces written in a transaction of its own, for {@link GroupedTraceLog}. */
@ApplicationScoped
public class TraceGroupTransaction {

  @Inject TraceLog log;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<TraceReceipt> write(List<Submission> group) {
    return TraceGroups.recordAll(log, group);
  }
}
