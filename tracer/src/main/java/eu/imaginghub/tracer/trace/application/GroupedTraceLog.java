package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.tracer.trace.domain.TraceReceipt;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * The tracer's published API for traces that are a change of their own, such as a node's use
 * checks: many callers' traces are written in one transaction, one disk flush for all, and each
 * call returns once its trace is durable. It refuses to run inside a transaction: a trace that
 * belongs to another change is recorded in that change's transaction, through {@link TraceLog}.
 */
@ApplicationScoped
public class GroupedTraceLog {

  /**
   * One writer: the traces that arrive while it commits wait together for its next transaction, so
   * a group grows with the load. Two writers halved the groups, and with them the traces per
   * commit: on two cores, where the commits' CPU rather than the disk is the limit, they accepted
   * fewer traces per second than one.
   */
  public static final int WRITERS = 1;

  @Resource ManagedThreadFactory threads;
  @Inject TraceGroupTransaction transaction;

  private TraceGroups groups;

  /** Records the trace on its own; returns once it is durable. */
  @Transactional(Transactional.TxType.NEVER)
  public TraceReceipt record(TraceEntry entry) {
    return groups().record(entry, receipt -> {});
  }

  /**
   * Records the trace and runs {@code sameTransaction} with its receipt in the same transaction (to
   * store what the trace is about); returns once both are durable. If {@code sameTransaction}
   * throws, neither is stored and the call throws.
   */
  @Transactional(Transactional.TxType.NEVER)
  public TraceReceipt record(TraceEntry entry, Consumer<TraceReceipt> sameTransaction) {
    return groups().record(entry, sameTransaction);
  }

  private synchronized TraceGroups groups() {
    if (groups == null) {
      groups = new TraceGroups(transaction::write, threads, WRITERS);
    }
    return groups;
  }

  @PreDestroy
  synchronized void stop() {
    if (groups != null) {
      groups.close();
    }
  }
}
