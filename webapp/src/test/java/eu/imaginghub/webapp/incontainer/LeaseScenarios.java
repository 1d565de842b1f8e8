package eu.imaginghub.webapp.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * How background workers share a queue through leases in the database, never in-memory flags: a
 * lease a dead worker left behind runs out and another worker takes the row over; a live lease is
 * respected; workers taking at the same time never get the same row.
 */
@ApplicationScoped
public class LeaseScenarios {

  private static final int ROWS = 30;

  @Resource ManagedExecutorService executor;
  @Inject Clock clock;

  /** The dead worker's lease ran out: the next worker takes the row, and the dead one lost it. */
  public void deadWorkersLeaseIsTakenOver(LeasedQueue queue) {
    String id = queue.addDue();
    Instant now = clock.instant();
    String dead = worker();
    queue.leaseAs(id, dead, now.minus(Duration.ofMinutes(10)), now.minus(Duration.ofMinutes(5)));
    String next = worker();

    assertThat(queue.take(next)).contains(id);
    assertThat(queue.take(worker())).doesNotContain(id);
    assertThat(queue.acceptsStepOf(id, dead)).as("the dead worker's late step").isFalse();
    assertThat(queue.acceptsStepOf(id, next)).as("the new holder's step").isTrue();
  }

  public void liveLeaseIsNotTaken(LeasedQueue queue) {
    String id = queue.addDue();
    Instant now = clock.instant();
    String holder = worker();
    queue.leaseAs(id, holder, now, now.plus(Duration.ofMinutes(10)));

    assertThat(queue.take(worker())).doesNotContain(id);
    assertThat(queue.acceptsStepOf(id, holder)).isTrue();
  }

  /** Two workers start their rounds together: every row goes to exactly one of them. */
  public void concurrentWorkersTakeDisjointRows(LeasedQueue queue) throws Exception {
    Set<String> rows = new HashSet<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(queue.addDue());
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> rounds = new ArrayList<>();
    for (String w : List.of(worker(), worker())) {
      rounds.add(
          executor.submit(
              () -> {
                start.await();
                return queue.take(w);
              }));
    }
    start.countDown();
    List<String> first = rounds.get(0).get(2, TimeUnit.MINUTES);
    List<String> second = rounds.get(1).get(2, TimeUnit.MINUTES);

    Set<String> takenTwice = new HashSet<>(first);
    takenTwice.retainAll(second);
    assertThat(takenTwice).as("taken by both workers").isEmpty();
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    assertThat(both).doesNotHaveDuplicates().containsAll(rows);
  }

  /** A worker's name, as the hub's workers name themselves (a lease's owner holds no more). */
  private static String worker() {
    return UUID.randomUUID().toString();
  }
}
