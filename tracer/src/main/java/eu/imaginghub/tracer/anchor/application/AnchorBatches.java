package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.AnchorBatchRepository;
import eu.imaginghub.tracer.anchor.domain.ChainContract;
import eu.imaginghub.tracer.anchor.domain.ChainTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The anchoring state kept in the database, each change in its own short transaction: chain calls
 * happen outside transactions, so a slow node never holds a database lock.
 */
@ApplicationScoped
@Transactional
public class AnchorBatches {

  @Inject AnchorBatchRepository batches;
  @Inject Clock clock;

  /** Chain batches in a given status, oldest first. */
  public List<AnchorBatch> inStatus(AnchorBatch.Status status, int limit) {
    return batches.onChain(status, limit);
  }

  public void sent(long batchId, ChainTransaction tx) {
    batch(batchId).sent(tx, clock.instant());
  }

  public void confirmed(long batchId, long block) {
    batch(batchId).confirmed(block, clock.instant());
  }

  public void resend(long batchId) {
    batch(batchId).resend();
  }

  /**
   * Puts back every batch sent to another registry than the current one: the chain lost it (a reset
   * development chain), so its roots must be written again.
   */
  public int resendAllNotOn(String contractAddress) {
    List<AnchorBatch> stale = batches.sentToOtherRegistryThan(contractAddress);
    stale.forEach(AnchorBatch::resend);
    return stale.size();
  }

  /** Puts back every chain batch: the registry holding them was lost with its chain's state. */
  public int resendAll() {
    List<AnchorBatch> sent = batches.sentToAnyRegistry();
    sent.forEach(AnchorBatch::resend);
    return sent.size();
  }

  public Optional<ChainContract> contract(long chainId) {
    return batches.contract(chainId);
  }

  public void rememberContract(long chainId, String address) {
    batches
        .contract(chainId)
        .ifPresentOrElse(
            known -> known.replacedBy(address, clock.instant()),
            () -> batches.add(new ChainContract(chainId, address, clock.instant())));
  }

  private AnchorBatch batch(long id) {
    return batches.find(id).orElseThrow();
  }
}
