package eu.imaginghub.harvester.source.application;

import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.harvester.fetch.application.NodeFetcher;
import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.run.domain.HarvestRun;
import eu.imaginghub.harvester.run.domain.HarvestRunRepository;
import eu.imaginghub.harvester.source.domain.HarvestSource;
import eu.imaginghub.harvester.source.domain.HarvestSourceRepository;
import eu.imaginghub.harvester.source.domain.SourceFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where and how often the hub pulls each node's catalogue: admins set it, operators read it. */
@ApplicationScoped
@Transactional
public class HarvestSources {

  @Inject HarvestSourceRepository sources;
  @Inject NodeLookup nodes;
  @Inject Clock clock;
  @Inject HarvestRunRepository runs;
  @Inject NodeFetcher fetcher;

  public HarvestSource configure(
      String nodeId, String url, SourceFormat format, int minutes, boolean enabled, Viewer viewer) {
    viewer.requireAdmin("register harvest sources");
    requireNode(nodeId);
    refuseInternalAddress(url);
    HarvestSource source = sources.find(nodeId).orElse(null);
    try {
      if (source == null) {
        source = new HarvestSource(nodeId, url, format, minutes, enabled, clock.instant());
        sources.add(source);
      } else {
        source.configure(url, format, minutes, enabled, clock.instant());
      }
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("source", e.getMessage());
    }
    return source;
  }

  private void refuseInternalAddress(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException | NullPointerException e) {
      return; // the source itself says what is wrong with the URL
    }
    try {
      fetcher.checkSourceAddress(uri);
    } catch (FetchException e) {
      throw ProblemException.invalid("url", e.getMessage());
    }
  }

  public HarvestSource get(String nodeId, Viewer viewer) {
    viewer.requireOperator(nodeId);
    return find(nodeId).orElseThrow(() -> ProblemException.notFound("harvest source", nodeId));
  }

  public Optional<HarvestSource> find(String nodeId) {
    return sources.find(nodeId);
  }

  /** Nodes whose enabled source was last pulled longer than its interval ago, or never. */
  public List<String> due() {
    return sources.enabled().stream().filter(this::due).map(HarvestSource::nodeId).toList();
  }

  private boolean due(HarvestSource source) {
    Optional<Instant> lastPull =
        runs.ofNode(source.nodeId(), 1).stream().findFirst().map(HarvestRun::startedAt);
    return source.isDue(lastPull, clock.instant());
  }

  /** Remembers the validators of the first page after a complete fetch. */
  public void fetched(String nodeId, String etag, String lastModified) {
    find(nodeId).ifPresent(s -> s.fetched(etag, lastModified, clock.instant()));
  }

  private void requireNode(String nodeId) {
    if (!NodeId.isValid(nodeId) || nodes.find(new NodeId(nodeId)).isEmpty()) {
      throw ProblemException.notFound("node", nodeId);
    }
  }
}
