package eu.imaginghub.tracer.trace.api;

import eu.imaginghub.tracer.trace.application.TraceReadGrants;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceFilter;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What one caller may read of the trace log: admins everything; everyone else their own traces (by
 * pseudonym) and those of the datasets a grant lets them read.
 *
 * @param pseudonym the caller's pseudonym; null for admins
 */
record ReaderScope(boolean all, String pseudonym, Set<String> datasets) {

  ReaderScope {
    datasets = Set.copyOf(datasets);
  }

  /**
   * The scope of a signed-in caller.
   *
   * @param pseudonymOf turns a subject into the pseudonym its traces carry
   * @param grants every grant present, none when no module grants anything
   */
  static ReaderScope of(
      boolean admin,
      String subject,
      UnaryOperator<String> pseudonymOf,
      Iterable<TraceReadGrants> grants) {
    if (admin) {
      return new ReaderScope(true, null, Set.of());
    }
    Set<String> datasets = new HashSet<>();
    for (TraceReadGrants grant : grants) {
      datasets.addAll(grant.datasetsReadableBy(subject));
    }
    String pseudonym = pseudonymOf.apply(subject);
    return new ReaderScope(false, pseudonym == null ? "" : pseudonym, datasets);
  }

  public boolean mayRead(Trace trace) {
    return all
        || pseudonym.equals(trace.userPseudonym())
        || !Collections.disjoint(datasets, trace.datasetIds());
  }

  /**
   * The requested filter narrowed to what the caller may read; only admins may choose whose traces
   * to list.
   */
  public TraceFilter narrow(TraceFilter requested) {
    if (all) {
      return requested;
    }
    return new TraceFilter(
        requested.dataset(),
        requested.action(),
        pseudonym,
        requested.from(),
        requested.to(),
        requested.page(),
        requested.size(),
        datasets);
  }
}
