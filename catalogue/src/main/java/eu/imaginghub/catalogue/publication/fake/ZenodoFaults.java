package eu.imaginghub.catalogue.publication.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What goes wrong on purpose, for tests: the next requests of a step answer a server error, answer
 * late, lose their connection without an answer, or wait until the test lets them through.
 */
public final class ZenodoFaults {

  /** The kinds of request the deposit API knows, as faults aim at them. */
  public enum Step {
    CREATE,
    SEARCH,
    READ,
    UPDATE,
    UPLOAD,
    PUBLISH,
    NEW_VERSION,
    EDIT,
    ANY
  }

  /** What a request meets instead of its normal handling. */
  sealed interface Fault permits Fail, Slow, Drop {}

  record Fail(int status) implements Fault {}

  record Slow(Duration delay) implements Fault {}

  record Drop() implements Fault {}

  private record Rule(Step step, Fault fault, int[] left) {}

  private final List<Rule> rules = new ArrayList<>();
  private final Map<Step, Hold> holds = new ConcurrentHashMap<>();

  /** The next {@code count} requests of the step answer {@code status} (a 5xx, a 429…). */
  public void failNext(Step step, int count, int status) {
    add(step, new Fail(status), count);
  }

  /** The next {@code count} requests of the step are answered only after {@code delay}. */
  public void slowNext(Step step, int count, Duration delay) {
    add(step, new Slow(delay), count);
  }

  /** The next {@code count} requests of the step lose their connection without any answer. */
  public void dropNext(Step step, int count) {
    add(step, new Drop(), count);
  }

  /**
   * Requests of the step wait (are received, but not handled) until the hold is released; what they
   * do then is done even if their caller has gone meanwhile.
   */
  public Hold hold(Step step) {
    Hold hold = new Hold();
    holds.put(step, hold);
    return hold;
  }

  /** Forgets every fault not yet met and releases every hold. */
  public synchronized void clear() {
    rules.clear();
    holds.values().forEach(Hold::release);
    holds.clear();
  }

  private synchronized void add(Step step, Fault fault, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("a fault is met at least once");
    }
    rules.add(new Rule(step, fault, new int[] {count}));
  }

  /** The fault a request of the step meets now, if any; meeting it uses it up. */
  synchronized Fault next(Step step) {
    for (Rule rule : rules) {
      if (rule.step() == step || rule.step() == Step.ANY) {
        if (--rule.left()[0] == 0) {
          rules.remove(rule);
        }
        return rule.fault();
      }
    }
    return null;
  }

  void awaitHold(Step step) throws InterruptedException {
    Hold hold = holds.get(step);
    if (hold != null) {
      hold.arrived.countDown();
      hold.released.await(10, TimeUnit.MINUTES);
    }
  }

  /** A step held until {@link #release}. */
  public static final class Hold {
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Waits until a request of the step has come in and is held; false when none came in time. */
    public boolean awaitArrival(Duration timeout) throws InterruptedException {
      return arrived.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void release() {
      released.countDown();
    }
  }
}
