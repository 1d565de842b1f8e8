package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.ChainHead;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Reads the pseudonym key from the chain head, making it there first if it has none yet. */
@ApplicationScoped
public class PseudonymKeyStore {

  @Inject TraceRepository traces;

  /**
   * Called once at start-up, in a transaction of its own, so that no caller's rollback can ever
   * undo the key's creation while the key stays cached.
   */
  @Transactional
  public String loadOrCreate() {
    return loadOrCreate(traces);
  }

  /** The same in a transaction the caller runs, for use outside a container. */
  public static String loadOrCreate(TraceRepository traces) {
    ChainHead head = traces.lockHead();
    if (head.pseudonymKey() == null) {
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      head.keepPseudonymKey(HexFormat.of().formatHex(key));
    }
    return head.pseudonymKey();
  }
}
