package eu.imaginghub.access.visa.application;

import eu.imaginghub.access.visa.domain.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The key visas are signed with: generated the first time one is needed and kept in the database,
 * so that every hub instance and every restart signs with the same key. When two instances generate
 * one at the same moment, the database's unique constraint lets one key in, and the other instance
 * reads and uses it.
 */
@ApplicationScoped
public class VisaKeys {

  private static final Logger LOG = Logger.getLogger(VisaKeys.class.getName());

  @Inject SigningKeyStore store;
  @Inject Clock clock;

  private volatile SigningKey active;

  public SigningKey active() {
    SigningKey key = active;
    if (key == null) {
      key = store.active().orElseGet(this::generate);
      active = key;
    }
    return key;
  }

  private SigningKey generate() {
    SigningKey fresh = SigningKey.generate(clock.instant());
    try {
      store.add(fresh);
      LOG.info(() -> "Visa signing key " + fresh.kid() + " generated");
      return fresh;
    } catch (RuntimeException lost) {
      // another instance stored its key first: use that one
      LOG.log(Level.FINE, "Visa signing key generated concurrently elsewhere", lost);
      return store
          .active()
          .orElseThrow(
              () -> new IllegalStateException("no visa signing key could be stored", lost));
    }
  }
}
