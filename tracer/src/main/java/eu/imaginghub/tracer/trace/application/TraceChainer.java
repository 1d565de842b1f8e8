package eu.imaginghub.tracer.trace.application;

import eu.imaginghub.tracer.trace.domain.ChainContent;
import eu.imaginghub.tracer.trace.domain.ChainHead;
import eu.imaginghub.tracer.trace.domain.ChainLink;
import eu.imaginghub.tracer.trace.domain.TraceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Links committed traces into the hash chain, oldest record first. The chain head is locked while
 * it runs, so any number of hub instances append one after the other; writers never take that lock,
 * so recording scales with the database's commits rather than waiting on each other. A round reads
 * only the hashed columns of its traces and writes all their links in one batch.
 */
@ApplicationScoped
public class TraceChainer {

  /** The most traces linked in one transaction. */
  public static final int ROUND = 2000;

  @Inject TraceRepository traces;

  /** Links the oldest unchained traces; returns how many. */
  @Transactional
  public int chainPending() {
    ChainHead head = traces.lockHead();
    List<ChainContent> pending = traces.unchained(ROUND);
    List<ChainLink> links = new ArrayList<>(pending.size());
    for (ChainContent content : pending) {
      ChainLink link = content.linkAfter(head.sequence(), head.hash());
      head.advanceTo(link);
      links.add(link);
    }
    if (!links.isEmpty()) {
      traces.link(links);
    }
    return links.size();
  }
}
