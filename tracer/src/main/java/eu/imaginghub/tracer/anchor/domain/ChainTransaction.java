package eu.imaginghub.tracer.anchor.domain;

import java.util.Objects;

/**
 * A transaction that carries a batch's root to the trace registry contract.
 *
 * @param hash the transaction hash, 0x-prefixed
 * @param nonce the sender's nonce it used
 * @param contractAddress the registry it calls
 * @param chainId the chain it was signed for
 */
public record ChainTransaction(String hash, long nonce, String contractAddress, long chainId) {

  public ChainTransaction {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(contractAddress, "contractAddress");
  }
}
