package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.ChainClient;
import eu.imaginghub.tracer.anchor.domain.ChainClient.AnchoredRoot;
import eu.imaginghub.tracer.anchor.domain.ChainClient.TransactionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Moves sealed batches onto the chain: one transaction per batch, then waits for its confirmations
 * and reads the root back from the registry before calling it anchored. A transaction the node
 * forgot is sent again; the registry refuses a batch id twice, so a late original and its re-send
 * can never anchor the same batch twice.
 */
@ApplicationScoped
public class ChainAnchoring {

  private static final Logger LOG = Logger.getLogger(ChainAnchoring.class.getName());
  private static final int PER_ROUND = 200;

  @Inject ChainClient chain;
  @Inject RegistryContract registry;
  @Inject AnchorBatches batches;

  private final int confirmations = TracerSettings.current().chainConfirmations();

  /** One round: send what is sealed, settle what was sent. Chain failures propagate. */
  public void advance() {
    String contract = registry.current();
    for (AnchorBatch batch : batches.inStatus(AnchorBatch.Status.SEALED, PER_ROUND)) {
      batches.sent(batch.id(), chain.anchor(contract, batch));
    }
    long head = chain.blockNumber();
    for (AnchorBatch batch : batches.inStatus(AnchorBatch.Status.SENT, PER_ROUND)) {
      settle(batch, chain.state(batch.txHash().orElseThrow()), head);
    }
  }

  private void settle(AnchorBatch batch, TransactionState state, long head) {
    switch (state.kind()) {
      case PENDING -> {
        // the node still has it: wait
      }
      case UNKNOWN -> {
        LOG.warning(() -> "The transaction of batch " + batch.id() + " vanished; sending again");
        batches.resend(batch.id());
      }
      case MINED, REVERTED -> {
        if (head - state.block() + 1 >= confirmations) {
          verifyOnChain(batch, state);
        }
      }
    }
  }

  /** A reverted re-send is fine when the registry already holds this very batch. */
  private void verifyOnChain(AnchorBatch batch, TransactionState state) {
    Optional<AnchoredRoot> onChain =
        chain.anchoredRoot(batch.contractAddress().orElseThrow(), batch.id());
    if (onChain.isPresent() && holds(onChain.get(), batch)) {
      batches.confirmed(batch.id(), state.block());
    } else if (onChain.isPresent()) {
      LOG.severe(
          () ->
              "The registry holds another root for batch "
                  + batch.id()
                  + ": it was used by a different log; configure a new registry");
    } else {
      LOG.warning(() -> "Batch " + batch.id() + " is not in the registry after its block; again");
      batches.resend(batch.id());
    }
  }

  private static boolean holds(AnchoredRoot root, AnchorBatch batch) {
    return root.root().equals(batch.merkleRoot())
        && root.firstSequence() == batch.firstSequence()
        && root.lastSequence() == batch.lastSequence();
  }
}
