package eu.imaginghub.catalogue.demo.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.dataset.application.DatasetTraces;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeRepository;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Seeds an empty hub with the demo federation, in chunks so memory stays flat for big seeds. */
@ApplicationScoped
public class DemoCatalogueLoader {

  private static final Logger LOG = Logger.getLogger(DemoCatalogueLoader.class.getName());
  private static final int CHUNK = 500;

  @Inject NodeRepository nodes;
  @Inject DatasetRepository datasets;
  @Inject Clock clock;
  @Inject DemoCatalogueLoader self;
  @Inject DatasetTraces traces;

  /**
   * Loads the demo federation as the settings say ({@code catalogue.demo.*}): when enabled and the
   * catalogue has no node yet; returns datasets loaded.
   */
  public int loadIfEnabled() {
    CatalogueSettings settings = CatalogueSettings.current();
    return settings.demoEnabled() ? loadIfEmpty(settings.demoSeed(), settings.demoDatasets()) : 0;
  }

  /** Loads the demo federation if the catalogue has no node yet; returns datasets loaded. */
  public int loadIfEmpty(long seed, int count) {
    if (!addNodesUnlessAnotherInstanceDid()) {
      return 0;
    }
    List<DemoFederation.DemoDataset> chunk = new ArrayList<>(CHUNK);
    int[] loaded = {0};
    DemoFederation.datasets(seed, count)
        .forEach(
            d -> {
              chunk.add(d);
              if (chunk.size() == CHUNK) {
                loaded[0] += self.add(chunk);
                chunk.clear();
              }
            });
    loaded[0] += self.add(chunk);
    LOG.info(() -> "Demo federation loaded: " + loaded[0] + " datasets");
    return loaded[0];
  }

  /**
   * Instances started at once on an empty database all find no node; the first to commit the demo
   * nodes loads the datasets, and the others, whose commit fails on the same node ids, leave it.
   */
  private boolean addNodesUnlessAnotherInstanceDid() {
    try {
      return self.addNodesIfNone();
    } catch (RuntimeException e) {
      if (self.hasNodes()) {
        LOG.info("Demo federation left to the hub instance that added its nodes first");
        return false;
      }
      throw e;
    }
  }

  @Transactional
  public boolean hasNodes() {
    return !nodes.all().isEmpty();
  }

  @Transactional
  public boolean addNodesIfNone() {
    if (hasNodes()) {
      return false;
    }
    for (DemoFederation.DemoNode n : DemoFederation.nodes()) {
      nodes.add(
          new Node(
              new NodeId(n.id()),
              n.name(),
              n.country(),
              n.organisation(),
              n.contactEmail(),
              n.baseUrl(),
              clock.instant()));
    }
    return true;
  }

  @Transactional
  public int add(List<DemoFederation.DemoDataset> chunk) {
    Map<String, Node> byId = new HashMap<>();
    nodes.all().forEach(n -> byId.put(n.id().value(), n));
    for (DemoFederation.DemoDataset d : chunk) {
      Dataset dataset =
          new Dataset(
              byId.get(d.nodeId()), d.localId(), d.status(), d.description(), clock.instant());
      datasets.add(dataset);
      traces.created(dataset, Viewer.anonymous());
    }
    return chunk.size();
  }
}
