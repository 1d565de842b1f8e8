package eu.imaginghub.tracer.anchor.application;

import eu.imaginghub.tracer.anchor.domain.AnchorBatch;
import eu.imaginghub.tracer.anchor.domain.AnchorBatchRepository;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** Where anchoring stands: the mode, and how many traces and batches wait at each step. */
@ApplicationScoped
@Transactional
public class AnchoringStatus {

  /**
   * A snapshot for people and monitoring.
   *
   * @param mode {@code local} or {@code chain}
   * @param externallyAnchored whether roots go to a chain at all in this mode
   * @param unsealedTraces traces not yet in a batch
   * @param batches batches per status
   * @param latest the newest batch confirmed on a chain, if any
   */
  public record Snapshot(
      String mode,
      boolean externallyAnchored,
      long unsealedTraces,
      Map<AnchorBatch.Status, Long> batches,
      Latest latest) {}

  /** The newest confirmed batch. */
  public record Latest(
      long batch,
      long lastSequence,
      Long chainId,
      String contract,
      String transaction,
      Long block,
      Instant anchoredAt) {}

  @Inject AnchorBatchRepository batchRepository;
  @Inject TraceRepository traces;
  @Inject Anchorer anchorer;

  public Snapshot now() {
    AnchorBatch.Mode mode = anchorer.mode();
    Map<AnchorBatch.Status, Long> batches = new EnumMap<>(AnchorBatch.Status.class);
    for (AnchorBatch.Status status : AnchorBatch.Status.values()) {
      batches.put(status, 0L);
    }
    batches.putAll(batchRepository.countByStatus());
    long unsealed = traces.countUnsealed();
    return new Snapshot(
        mode.name().toLowerCase(java.util.Locale.ROOT),
        mode == AnchorBatch.Mode.CHAIN,
        unsealed,
        batches,
        latestConfirmed());
  }

  private Latest latestConfirmed() {
    return batchRepository
        .newestConfirmedOnChain()
        .map(
            b ->
                new Latest(
                    b.id(),
                    b.lastSequence(),
                    b.chainId().orElse(null),
                    b.contractAddress().orElse(null),
                    b.txHash().orElse(null),
                    b.blockNumber().orElse(null),
                    b.anchoredAt().orElse(null)))
        .orElse(null);
  }
}
