package eu.imaginghub.tracer.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A run of consecutive traces sealed under one Merkle root. In local mode the root is kept here
 * only; with a chain it is also written in one transaction to the trace registry contract.
 */
@Entity
@Table(name = "anchor_batch")
public class AnchorBatch {

  /** Where the root is anchored. */
  public enum Mode {
    LOCAL,
    CHAIN
  }

  /** How far anchoring has got. */
  public enum Status {
    SEALED,
    SENT,
    CONFIRMED
  }

  @Id
  @Column(name = "id")
  private long id;

  @Column(name = "first_sequence", nullable = false)
  private long firstSequence;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "merkle_root", nullable = false, length = 64)
  private String merkleRoot;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false, length = 20)
  private Mode mode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "tx_hash", length = 66)
  private String txHash;

  @Column(name = "block_number")
  private Long blockNumber;

  @Column(name = "anchored_at")
  private Instant anchoredAt;

  @Column(name = "contract_address", length = 42)
  private String contractAddress;

  @Column(name = "chain_id")
  private Long chainId;

  @Column(name = "tx_nonce")
  private Long txNonce;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "send_count", nullable = false)
  private int sendCount;

  protected AnchorBatch() {}

  public AnchorBatch(
      long id, long firstSequence, long lastSequence, String merkleRoot, Mode mode, Instant now) {
    if (lastSequence < firstSequence) {
      throw new IllegalArgumentException("empty batch");
    }
    this.id = id;
    this.firstSequence = firstSequence;
    this.lastSequence = lastSequence;
    this.merkleRoot = merkleRoot;
    this.mode = mode;
    this.status = Status.SEALED;
    this.createdAt = now;
  }

  /** The batch's transaction was accepted by the node; it waits for its confirmations. */
  public void sent(ChainTransaction tx, Instant now) {
    requireChain();
    this.status = Status.SENT;
    this.contractAddress = tx.contractAddress();
    this.chainId = tx.chainId();
    this.txHash = tx.hash();
    this.txNonce = tx.nonce();
    this.sentAt = now;
    this.sendCount++;
  }

  /** Enough blocks were built on the one holding the batch's root. */
  public void confirmed(long block, Instant now) {
    requireChain();
    if (status != Status.SENT) {
      throw new IllegalStateException("batch " + id + " was not sent");
    }
    this.status = Status.CONFIRMED;
    this.blockNumber = block;
    this.anchoredAt = now;
  }

  /** The transaction vanished (dropped, reorganised away, or the chain was reset): send again. */
  public void resend() {
    requireChain();
    this.status = Status.SEALED;
    this.txHash = null;
    this.blockNumber = null;
    this.anchoredAt = null;
  }

  /** True once the root is confirmed on a chain, not only sealed in the hub's database. */
  public boolean externallyAnchored() {
    return mode == Mode.CHAIN && status == Status.CONFIRMED;
  }

  private void requireChain() {
    if (mode != Mode.CHAIN) {
      throw new IllegalStateException("batch " + id + " is sealed locally only");
    }
  }

  public long id() {
    return id;
  }

  public long firstSequence() {
    return firstSequence;
  }

  public long lastSequence() {
    return lastSequence;
  }

  public String merkleRoot() {
    return merkleRoot;
  }

  public Mode mode() {
    return mode;
  }

  public Status status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<String> txHash() {
    return Optional.ofNullable(txHash);
  }

  public Optional<Long> blockNumber() {
    return Optional.ofNullable(blockNumber);
  }

  public Optional<Instant> anchoredAt() {
    return Optional.ofNullable(anchoredAt);
  }

  public Optional<String> contractAddress() {
    return Optional.ofNullable(contractAddress);
  }

  public Optional<Long> chainId() {
    return Optional.ofNullable(chainId);
  }

  public Optional<Long> txNonce() {
    return Optional.ofNullable(txNonce);
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }

  public int sendCount() {
    return sendCount;
  }
}
