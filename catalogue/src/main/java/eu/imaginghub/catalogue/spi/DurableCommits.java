package eu.imaginghub.catalogue.spi;

/**
 * Puts what the hub's database has committed on the disk. A commit is not always durable by itself
 * (the embedded database writes it a moment later); work that is about to act outside the hub on
 * what it just stored, such as a call to Zenodo after storing a step, waits here first, so that a
 * crash can never leave the outside world ahead of the hub's own record by more than the one call
 * in flight.
 */
public interface DurableCommits {

  /** Returns once every transaction committed before the call is on the disk. */
  void awaitDurable();
}
