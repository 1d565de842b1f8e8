package eu.imaginghub.tracer.trace.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the hash chain. One row, locked by every append, so that concurrent appends from any
 * number of threads or hub instances take sequence numbers one after the other.
 */
@Entity
@Table(name = "trace_head")
public class ChainHead {

  public static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "sequence", nullable = false)
  private long sequence;

  @Column(name = "hash", nullable = false, length = 64)
  private String hash;

  @Column(name = "pseudonym_key", length = 64)
  private String pseudonymKey;

  protected ChainHead() {}

  public long sequence() {
    return sequence;
  }

  public String hash() {
    return hash;
  }

  public String pseudonymKey() {
    return pseudonymKey;
  }

  /** The key is made once, on first need, and kept with the chain it belongs to. */
  public void keepPseudonymKey(String key) {
    if (pseudonymKey != null) {
      throw new IllegalStateException("the pseudonym key is already set");
    }
    this.pseudonymKey = key;
  }

  public void advanceTo(ChainLink link) {
    if (link.sequence() != sequence + 1 || !link.previousHash().equals(hash)) {
      throw new IllegalStateException("trace " + link.sequence() + " does not follow the head");
    }
    this.sequence = link.sequence();
    this.hash = link.hash();
  }
}
