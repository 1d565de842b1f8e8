package eu.imaginghub.catalogue.demo.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Instances started together on an empty database: the demo federation is loaded once. */
class DemoCatalogueLoaderTest {

  /** The loader's own transactional steps, as another instance's commit left the database. */
  private static final class Steps extends DemoCatalogueLoader {
    private final boolean nodesStoredMeanwhile;
    final List<Integer> chunksAdded = new ArrayList<>();

    Steps(boolean nodesStoredMeanwhile) {
      this.nodesStoredMeanwhile = nodesStoredMeanwhile;
    }

    @Override
    public boolean addNodesIfNone() {
      throw new IllegalStateException(
          "duplicate key value violates unique constraint \"node_pkey\"");
    }

    @Override
    public boolean hasNodes() {
      return nodesStoredMeanwhile;
    }

    @Override
    public int add(List<DemoFederation.DemoDataset> chunk) {
      chunksAdded.add(chunk.size());
      return chunk.size();
    }
  }

  private static DemoCatalogueLoader loaderWith(Steps steps) {
    DemoCatalogueLoader loader = new DemoCatalogueLoader();
    loader.self = steps;
    return loader;
  }

  @Test
  void anInstanceWhoseDemoNodesClashLeavesTheLoadToTheOneThatStoredThem() {
    Steps steps = new Steps(true);

    assertThat(loaderWith(steps).loadIfEmpty(1, 10)).isZero();
    assertThat(steps.chunksAdded).isEmpty();
  }

  @Test
  void aFailureThatStoredNoNodeIsNotTakenForAnotherInstance() {
    Steps steps = new Steps(false);

    assertThatThrownBy(() -> loaderWith(steps).loadIfEmpty(1, 10))
        .hasMessageContaining("node_pkey");
    assertThat(steps.chunksAdded).isEmpty();
  }
}
