package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.tracer.trace.domain.TraceReceipt;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for traces that stand alone: callers queue their trace, a few writer threads each
 * take whatever is queued and write it in one transaction, and every caller is answered once that
 * transaction has committed. Many traces share one disk flush, and an acknowledged trace is a
 * durable one: a crash loses only traces whose callers had no answer yet.
 */
public final class TraceGroups implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(TraceGroups.class.getName());

  /** The most traces in one transaction: the JDBC batches stay a manageable size. */
  public static final int MAX_GROUP = 500;

  /** Writes one group in one transaction, committed when it returns; a receipt per submission. */
  @FunctionalInterface
  public interface GroupTransaction {
    List<TraceReceipt> write(List<Submission> group);
  }

  /**
   * One queued trace and what must be written in the same transaction with it.
   *
   * @param sameTransaction runs in the group's transaction once the trace is recorded
   */
  public record Submission(
      TraceEntry entry,
      Consumer<TraceReceipt> sameTransaction,
      CompletableFuture<TraceReceipt> done) {}

  private final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
  private final GroupTransaction transaction;
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean closed;

  /**
   * Starts {@code writerCount} writers. With one, the traces queued while it commits make its next
   * group; with more, one fills its transaction while another waits for the disk, in smaller
   * groups.
   */
  public TraceGroups(GroupTransaction transaction, ThreadFactory threads, int writerCount) {
    this.transaction = transaction;
    for (int i = 0; i < writerCount; i++) {
      Thread writer = threads.newThread(this::writeLoop);
      writer.setName("trace-group-writer-" + i);
      writers.add(writer);
      writer.start();
    }
  }

  /** Records the trace and runs {@code sameTransaction} with it; returns once both are durable. */
  public TraceReceipt record(TraceEntry entry, Consumer<TraceReceipt> sameTransaction) {
    if (closed) {
      throw new IllegalStateException("the trace log is shutting down");
    }
    CompletableFuture<TraceReceipt> done = new CompletableFuture<>();
    queue.add(new Submission(entry, sameTransaction, done));
    try {
      return done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the trace was being written", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** How many traces wait for a writer. */
  int waiting() {
    return queue.size();
  }

  /** The body of a group's transaction: each trace recorded, then what goes with it. */
  public static List<TraceReceipt> recordAll(TraceLog log, List<Submission> group) {
    List<TraceReceipt> receipts = new ArrayList<>(group.size());
    for (Submission s : group) {
      TraceReceipt receipt = log.record(s.entry());
      s.sameTransaction().accept(receipt);
      receipts.add(receipt);
    }
    return receipts;
  }

  private void writeLoop() {
    List<Submission> group = new ArrayList<>();
    try {
      while (!closed) {
        group.add(queue.take());
        queue.drainTo(group, MAX_GROUP - 1);
        commit(group);
        group.clear();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      // whatever ended this writer, no caller of its group is left waiting for ever
      group.forEach(TraceGroups::refuse);
    }
  }

  private void commit(List<Submission> group) {
    try {
      List<TraceReceipt> receipts = transaction.write(group);
      for (int i = 0; i < group.size(); i++) {
        group.get(i).done().complete(receipts.get(i));
      }
    } catch (RuntimeException e) {
      if (group.size() == 1) {
        group.get(0).done().completeExceptionally(e);
        return;
      }
      // one failing submission must not fail the others: each again on its own
      LOG.log(Level.FINE, "A group of traces failed; writing each alone", e);
      for (Submission s : group) {
        commit(List.of(s));
      }
    }
  }

  private static void refuse(Submission s) {
    s.done().completeExceptionally(new IllegalStateException("the trace log is shutting down"));
  }

  /** Stops the writers; traces still queued are refused, never acknowledged. */
  @Override
  public void close() {
    closed = true;
    writers.forEach(Thread::interrupt);
    for (Thread writer : writers) {
      try {
        writer.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    List<Submission> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(TraceGroups::refuse);
  }
}
