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
}
