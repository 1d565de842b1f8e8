package eu.imaginghub.tracer.anchor.api;

import eu.imaginghub.tracer.anchor.application.TraceProofs;
import java.util.HexFormat;
import java.util.List;

/**
 * A trace's Merkle proof. In local mode the root is sealed in the hub's database only: {@code
 * externallyAnchored} says so plainly. In chain mode it turns true once the batch's transaction has
 * its confirmations and the registry contract holds the root.
 */
public record ProofJson(
    String traceId,
    String leaf,
    int leafIndex,
    List<Step> path,
    String root,
    boolean rootMatches,
    long batch,
    String mode,
    boolean externallyAnchored,
    String status,
    Long chainId,
    String contract,
    String transaction,
    Long block) {

  /** One step: the sibling hash and its side. */
  public record Step(String sibling, String side) {}

  static ProofJson of(TraceProofs.Proof p) {
    return new ProofJson(
        p.trace().id().toString(),
        p.trace().hash(),
        p.leafIndex(),
        p.path().stream()
            .map(
                s ->
                    new Step(
                        HexFormat.of().formatHex(s.sibling()),
                        s.siblingOnRight() ? "right" : "left"))
            .toList(),
        p.batch().merkleRoot(),
        p.computedRoot().equals(p.batch().merkleRoot()),
        p.batch().id(),
        p.batch().mode().name().toLowerCase(java.util.Locale.ROOT),
        p.batch().externallyAnchored(),
        p.batch().status().name().toLowerCase(java.util.Locale.ROOT),
        p.batch().chainId().orElse(null),
        p.batch().contractAddress().orElse(null),
        p.batch().txHash().orElse(null),
        p.batch().blockNumber().orElse(null));
  }
}
