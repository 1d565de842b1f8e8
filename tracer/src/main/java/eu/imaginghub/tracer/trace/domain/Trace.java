package eu.imaginghub.tracer.trace.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;

/**
 * One entry of the trace log, chained to the one before: its hash covers the previous hash and its
 * own canonical bytes, so changing or removing any entry breaks every later link. A trace is
 * recorded first (in its caller's transaction) and chained shortly after, in recording order, by
 * one chainer: writers never wait for each other, so their commits share the database's flushes.
 */
@Entity
@Table(name = "trace")
public class Trace {

  public static final int SCHEMA_VERSION = 1;

  /** The "previous hash" of the very first trace. */
  public static final String GENESIS = "0".repeat(64);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "sequence", unique = true)
  private Long sequence;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "caller", nullable = false, length = 100)
  private String caller;

  @Column(name = "user_pseudonym", length = 64)
  private String userPseudonym;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 40)
  private TraceAction action;

  @ElementCollection
  @CollectionTable(name = "trace_dataset", joinColumns = @JoinColumn(name = "trace_id"))
  @OrderColumn(name = "position")
  @Column(name = "dataset_id", nullable = false, length = 64)
  private List<String> datasetIds = new ArrayList<>();

  @Column(name = "tool", length = 200)
  private String tool;

  @Column(name = "tool_version", length = 100)
  private String toolVersion;

  @Column(name = "details", nullable = false, length = 4000)
  private String details;

  @Column(name = "content_hashes", nullable = false, length = 4000)
  private String contentHashes;

  @Column(name = "schema_version", nullable = false)
  private int schemaVersion;

  @Column(name = "previous_hash", length = 64)
  private String previousHash;

  @Column(name = "hash", length = 64)
  private String hash;

  @Column(name = "batch_id")
  private Long batchId;

  protected Trace() {}

  /** Records an entry; it joins the hash chain later, see {@link #chainAfter}. */
  public Trace(TraceEntry entry, String userPseudonym, Instant now) {
    this.id = UUID.randomUUID().toString();
    // stored timestamps keep microseconds on every database: hash what will be read back
    this.recordedAt = now.truncatedTo(ChronoUnit.MICROS);
    this.caller = entry.caller();
    this.userPseudonym = userPseudonym;
    this.action = entry.action();
    this.datasetIds.addAll(entry.datasetIds());
    this.tool = entry.tool();
    this.toolVersion = entry.toolVersion();
    this.details = DetailsCodec.encode(entry.details());
    this.contentHashes = String.join(",", entry.contentHashes());
    this.schemaVersion = SCHEMA_VERSION;
  }

  /** Links this trace after the chain's current end: its sequence number and hash are fixed. */
  public void chainAfter(long previousSequence, String previousHash) {
    if (sequence != null) {
      throw new IllegalStateException("trace " + id + " is already chained at " + sequence);
    }
    ChainLink link = content().linkAfter(previousSequence, previousHash);
    this.sequence = link.sequence();
    this.previousHash = link.previousHash();
    this.hash = link.hash();
  }

  /** What the hash covers, apart from the chain position. */
  public ChainContent content() {
    return new ChainContent(
        id,
        recordedAt,
        caller,
        userPseudonym,
        action,
        datasetIds,
        tool,
        toolVersion,
        details,
        contentHashes,
        schemaVersion);
  }

  public boolean isChained() {
    return sequence != null;
  }

  /** The hash this trace should have given its content: differs from {@link #hash()} if edited. */
  public String computeHash() {
    return Sha256.hex(HexFormat.of().parseHex(previousHash), CanonicalForm.of(this));
  }

  public void assignTo(long batch) {
    if (batchId != null) {
      throw new IllegalStateException("trace " + id + " is already in batch " + batchId);
    }
    this.batchId = batch;
  }

  public UUID id() {
    return UUID.fromString(id);
  }

  /** The position in the chain; only chained traces have one. */
  public long sequence() {
    if (sequence == null) {
      throw new IllegalStateException("trace " + id + " is not chained yet");
    }
    return sequence;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String caller() {
    return caller;
  }

  public String userPseudonym() {
    return userPseudonym;
  }

  public TraceAction action() {
    return action;
  }

  public List<String> datasetIds() {
    return List.copyOf(datasetIds);
  }

  public String tool() {
    return tool;
  }

  public String toolVersion() {
    return toolVersion;
  }

  public SortedMap<String, String> details() {
    return DetailsCodec.decode(details);
  }

  public List<String> contentHashes() {
    return contentHashes.isEmpty() ? List.of() : List.of(contentHashes.split(","));
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }

  public Optional<Long> batchId() {
    return Optional.ofNullable(batchId);
  }
}
