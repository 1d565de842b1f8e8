package eu.imaginghub.tracer.trace.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The secret that turns people's identifiers into pseudonyms, kept beside the chain it belongs to
 * and cached once read. It is made on first need by {@link PseudonymKeyStore}, in a transaction of
 * its own: a caller's rollback can never leave two keys in use.
 */
@ApplicationScoped
public class PseudonymKey {

  @Inject PseudonymKeyStore store;

  private volatile String value;

  protected PseudonymKey() {}

  /** Outside a container: a key already read from the log. */
  public PseudonymKey(String value) {
    this.value = value;
  }

  /** Reads (or first makes) the key; the hub calls this once as it starts. */
  public void load() {
    value = store.loadOrCreate();
  }

  public String value() {
    String known = value;
    if (known == null) {
      known = store.loadOrCreate();
      value = known;
    }
    return known;
  }
}
