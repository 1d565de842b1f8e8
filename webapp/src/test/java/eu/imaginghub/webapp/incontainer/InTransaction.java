package eu.imaginghub.webapp.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.function.Supplier;

/**
 * Runs a piece of a test in a JTA transaction of its own, committed or rolled back as the test
 * asks, the way a request or a worker round would.
 */
@ApplicationScoped
public class InTransaction {

  @Inject UserTransaction tx;

  /** Runs the work and commits it. */
  public <T> T commit(Supplier<T> work) {
    return run(work, true);
  }

  public void commit(Runnable work) {
    run(
        () -> {
          work.run();
          return null;
        },
        true);
  }

  /** Runs the work, then rolls everything it wrote back; returns what the work saw. */
  public <T> T rollback(Supplier<T> work) {
    return run(work, false);
  }

  private <T> T run(Supplier<T> work, boolean commit) {
    try {
      tx.begin();
      T result;
      try {
        result = work.get();
      } catch (RuntimeException | Error e) {
        tx.rollback();
        throw e;
      }
      if (commit) {
        tx.commit();
      } else {
        tx.rollback();
      }
      return result;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the transaction failed", e);
    }
  }
}
