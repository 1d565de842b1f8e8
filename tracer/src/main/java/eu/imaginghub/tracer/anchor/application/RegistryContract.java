package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.anchor.domain.ChainClient;
import eu.imaginghub.tracer.anchor.domain.ChainContract;
import eu.imaginghub.tracer.anchor.domain.ChainUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Finds the trace registry to anchor on: the configured address, or else the one the hub deployed
 * earlier on this chain, or else a new deployment. Checked every round, so a development chain that
 * was reset (its contract gone) gets a new registry and every root is written again.
 */
@ApplicationScoped
public class RegistryContract {

  private static final Logger LOG = Logger.getLogger(RegistryContract.class.getName());

  @Inject ChainClient chain;
  @Inject AnchorBatches batches;

  private final Optional<String> configured = TracerSettings.current().chainContract();

  /** The registry address to use now; batches anchored on another one are queued again. */
  public String current() {
    String address = configured.filter(s -> !s.isBlank()).orElseGet(this::deployedOrNew);
    if (configured.isPresent() && !chain.hasCode(address)) {
      throw new ChainUnavailableException("no trace registry at the configured " + address);
    }
    int requeued = batches.resendAllNotOn(address);
    if (requeued > 0) {
      LOG.warning(requeued + " batches were anchored on another registry; anchoring them again");
    }
    return address;
  }

  private String deployedOrNew() {
    long chainId = chain.chainId();
    Optional<String> known = batches.contract(chainId).map(ChainContract::address);
    if (known.isPresent() && chain.hasCode(known.get())) {
      return known.get();
    }
    String address = chain.deployRegistry();
    batches.rememberContract(chainId, address);
    if (known.isPresent()) {
      // the same account deploys at the same address on a fresh chain: compare nothing, resend all
      int requeued = batches.resendAll();
      LOG.warning(requeued + " batches were anchored on a chain that lost them; anchoring again");
    }
    LOG.info(
        () ->
            "Deployed the trace registry at "
                + address
                + " on chain "
                + chainId
                + known.map(old -> " (the chain no longer holds " + old + ")").orElse(""));
    return address;
  }
}
