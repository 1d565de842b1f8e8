package eu.imaginghub.tracer.trace.domain;

import java.util.List;
import java.util.Optional;

/**
 * The trace log and its chain head. Queries that only need a trace's sequence and hash read those
 * alone: loading whole traces made sealing and verification trail the writers.
 */
public interface TraceRepository {

  void add(Trace trace);

  Optional<Trace> find(String id);

  /** How many traces the filter selects (its page and size aside). */
  long count(TraceFilter filter);

  /** The filter's traces, newest first, from the {@code first} one. */
  List<Trace> page(TraceFilter filter, int first, int max);

  /** The newest trace naming the dataset. */
  Optional<Trace> newestNaming(String datasetId);

  /**
   * The chain head, locked for update: whoever holds it appends to the chain or changes its key.
   */
  ChainHead lockHead();

  /**
   * What the hashes of the oldest traces not linked into the chain yet cover, in recording order.
   */
  List<ChainContent> unchained(int max);

  /** Writes the traces' chain positions and hashes, all in one go. */
  void link(List<ChainLink> links);

  /** Chained traces by sequence number, from {@code from} to {@code to}, in order. */
  List<Trace> inSequence(long from, long to, int max);

  /** The hash of the trace with that sequence number. */
  Optional<String> hashAt(long sequence);

  /** The highest sequence number chained so far, 0 for an empty chain. */
  long lastSequence();

  /** The oldest chained traces in no batch yet, in sequence order. */
  List<SealableTrace> unsealed(int max);

  /** Puts the chained traces from {@code from} to {@code to} in no batch yet into the batch. */
  int seal(long batchId, long from, long to);

  /** How many traces are in no batch yet, chained or not. */
  long countUnsealed();
}
