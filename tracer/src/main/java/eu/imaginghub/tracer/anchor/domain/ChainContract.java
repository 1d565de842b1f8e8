package eu.imaginghub.tracer.anchor.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The trace registry the hub deployed itself on a chain, remembered so restarts reuse it. */
@Entity
@Table(name = "chain_contract")
public class ChainContract {

  @Id
  @Column(name = "chain_id")
  private long chainId;

  @Column(name = "address", nullable = false, length = 42)
  private String address;

  @Column(name = "deployed_at", nullable = false)
  private Instant deployedAt;

  protected ChainContract() {}

  public ChainContract(long chainId, String address, Instant now) {
    this.chainId = chainId;
    this.address = address;
    this.deployedAt = now;
  }

  /** A new deployment replaces one the chain no longer holds (a reset development chain). */
  public void replacedBy(String newAddress, Instant now) {
    this.address = newAddress;
    this.deployedAt = now;
  }

  public long chainId() {
    return chainId;
  }

  public String address() {
    return address;
  }

  public Instant deployedAt() {
    return deployedAt;
  }
}
