package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.tracer.trace.domain.ChainContent;
import eu.imaginghub.tracer.trace.domain.ChainHead;
import eu.imaginghub.tracer.trace.domain.ChainLink;
import eu.imaginghub.tracer.trace.domain.SealableTrace;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceFilter;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The traces recorded, kept in memory in recording order. Chaining, sealing and filtered pages
 * belong to the tracer's own tests: asked for here, they fail loudly.
 */
final class InMemoryTraces implements TraceRepository {

  private final List<Trace> recorded = new ArrayList<>();

  List<Trace> recorded() {
    return List.copyOf(recorded);
  }

  @Override
  public void add(Trace trace) {
    recorded.add(trace);
  }

  @Override
  public Optional<Trace> find(String id) {
    return recorded.stream().filter(t -> t.id().toString().equals(id)).findFirst();
  }

  @Override
  public Optional<Trace> newestNaming(String datasetId) {
    return recorded.stream().filter(t -> t.datasetIds().contains(datasetId)).reduce((a, b) -> b);
  }

  @Override
  public long count(TraceFilter filter) {
    throw unsupported();
  }

  @Override
  public List<Trace> page(TraceFilter filter, int first, int max) {
    throw unsupported();
  }

  @Override
  public ChainHead lockHead() {
    throw unsupported();
  }

  @Override
  public List<ChainContent> unchained(int max) {
    throw unsupported();
  }

  @Override
  public void link(List<ChainLink> links) {
    throw unsupported();
  }

  @Override
  public List<Trace> inSequence(long from, long to, int max) {
    throw unsupported();
  }

  @Override
  public Optional<String> hashAt(long sequence) {
    throw unsupported();
  }

  @Override
  public long lastSequence() {
    throw unsupported();
  }

  @Override
  public List<SealableTrace> unsealed(int max) {
    throw unsupported();
  }

  @Override
  public int seal(long batchId, long from, long to) {
    throw unsupported();
  }

  @Override
  public long countUnsealed() {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("the chain is not kept in memory");
  }
}
