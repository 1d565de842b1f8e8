package eu.imaginghub.tracer.trace.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.tracer.trace.domain.TraceReceipt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TraceGroupsTest {

  private static TraceEntry entry(String subject) {
    return TraceEntry.of(
        "node:n1", subject, TraceAction.USE_DATASETS, List.of("d1"), Map.of(), List.of());
  }

  /** A stand-in for the database: a group is "committed" when its write returns. */
  private final List<List<String>> committed = new CopyOnWriteArrayList<>();

  private List<TraceReceipt> commit(List<TraceGroups.Submission> group) {
    List<TraceReceipt> receipts = new ArrayList<>();
    List<String> subjects = new ArrayList<>();
    for (TraceGroups.Submission s : group) {
      TraceReceipt receipt = new TraceReceipt(UUID.randomUUID(), Instant.now());
      s.sameTransaction().accept(receipt);
      subjects.add(s.entry().subject());
      receipts.add(receipt);
    }
    committed.add(subjects);
    return receipts;
  }

  @Test
  void answersEachCallerOnlyOnceItsGroupHasCommitted() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger held = new AtomicInteger();
    try (TraceGroups groups =
        new TraceGroups(
            group -> {
              held.compareAndSet(0, group.size());
              await(release);
              return commit(group);
            },
            Executors.defaultThreadFactory(),
            1)) {
      var callers = Executors.newFixedThreadPool(40);
      List<Future<TraceReceipt>> calls = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String subject = "u" + i;
        calls.add(callers.submit(() -> groups.record(entry(subject), r -> {})));
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (held.get() + groups.waiting() < 40 && System.nanoTime() < deadline) {
        Thread.onSpinWait(); // every caller has queued while the first group is held
      }
      assertThat(calls).noneMatch(Future::isDone);
      release.countDown();
      for (Future<TraceReceipt> call : calls) {
        assertThat(call.get(10, TimeUnit.SECONDS).id()).isNotNull();
      }
      callers.shutdown();
    }
    assertThat(committed.stream().mapToInt(List::size).sum()).isEqualTo(40);
    assertThat(committed).as("the queued traces shared transactions").hasSizeLessThan(40);
  }

  @Test
  void aFailingSubmissionFailsAloneAndTheOthersAreWritten() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (TraceGroups groups =
        new TraceGroups(
            group -> {
              await(release);
              return commit(group);
            },
            Executors.defaultThreadFactory(),
            1)) {
      var callers = Executors.newFixedThreadPool(4);
      List<Future<TraceReceipt>> good = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String subject = "ok" + i;
        good.add(callers.submit(() -> groups.record(entry(subject), r -> {})));
      }
      CompletableFuture<Throwable> bad = new CompletableFuture<>();
      callers.submit(
          () -> {
            try {
              groups.record(
                  entry("bad"),
                  r -> {
                    throw new IllegalArgumentException("refused");
                  });
              bad.complete(null);
            } catch (RuntimeException e) {
              bad.complete(e);
            }
          });
      release.countDown();
      for (Future<TraceReceipt> call : good) {
        call.get(10, TimeUnit.SECONDS);
      }
      assertThat(bad.get(10, TimeUnit.SECONDS)).isInstanceOf(IllegalArgumentException.class);
      callers.shutdown();
    }
    assertThat(committed.stream().flatMap(List::stream))
        .containsExactlyInAnyOrder("ok0", "ok1", "ok2");
  }

  @Test
  void refusesNewTracesOnceClosed() {
    TraceGroups groups = new TraceGroups(this::commit, Executors.defaultThreadFactory(), 2);
    groups.close();
    assertThatThrownBy(() -> groups.record(entry("late"), r -> {}))
        .isInstanceOf(IllegalStateException.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
