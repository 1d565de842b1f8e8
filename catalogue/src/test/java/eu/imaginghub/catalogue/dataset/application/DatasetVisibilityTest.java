package eu.imaginghub.catalogue.dataset.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.domain.LifecycleTransition;
import eu.imaginghub.catalogue.node.domain.HospitalNode;
import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Who reads a dataset by its id, in each status. */
class DatasetVisibilityTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final Node NODE = HospitalNode.created(NOW);
  private static final Viewer ANONYMOUS = Viewer.anonymous();
  private static final Viewer RESEARCHER =
      new Viewer("r", "Researcher", Set.of(Role.RESEARCHER), Set.of());
  private static final Viewer OPERATOR =
      new Viewer("o", "Operator", Set.of(Role.NODE_OPERATOR), Set.of("node-es"));
  private static final Viewer OTHER_OPERATOR =
      new Viewer("p", "Other", Set.of(Role.NODE_OPERATOR), Set.of("node-nl"));
  private static final Viewer ADMIN = new Viewer("a", "Admin", Set.of(Role.ADMIN), Set.of());

  private static Dataset dataset(LifecycleStatus status) {
    DatasetDescription d = DatasetDescription.builder().title("Lung CT").build();
    return new Dataset(NODE, "lung-ct", status, d, NOW);
  }

  @Test
  void draftsAreForTheirNodeAndAdmins() {
    Dataset draft = dataset(LifecycleStatus.DRAFT);
    assertThat(seenBy(draft)).containsExactly(OPERATOR, ADMIN);
  }

  @Test
  void releasedDatasetsAreForAnyoneSignedIn() {
    Dataset released = dataset(LifecycleStatus.RELEASED);
    assertThat(seenBy(released)).containsExactly(RESEARCHER, OPERATOR, OTHER_OPERATOR, ADMIN);
  }

  @Test
  void publishedDatasetsAreForEveryone() {
    Dataset published = dataset(LifecycleStatus.PUBLISHED);
    assertThat(seenBy(published))
        .containsExactly(ANONYMOUS, RESEARCHER, OPERATOR, OTHER_OPERATOR, ADMIN);
  }

  @Test
  void anInvalidatedDatasetStaysReadableAsWidelyAsItWasEverPublished() {
    Dataset wasPublished = dataset(LifecycleStatus.PUBLISHED);
    wasPublished.invalidate("o", "Operator", "consent withdrawn", NOW);
    Dataset neverPublished = dataset(LifecycleStatus.DRAFT);
    neverPublished.move(LifecycleTransition.RELEASE, NOW);
    neverPublished.invalidate("o", "Operator", "duplicate", NOW);

    assertThat(seenBy(wasPublished))
        .containsExactly(ANONYMOUS, RESEARCHER, OPERATOR, OTHER_OPERATOR, ADMIN);
    assertThat(seenBy(neverPublished)).containsExactly(RESEARCHER, OPERATOR, OTHER_OPERATOR, ADMIN);
  }

  private static List<Viewer> seenBy(Dataset dataset) {
    return Stream.of(ANONYMOUS, RESEARCHER, OPERATOR, OTHER_OPERATOR, ADMIN)
        .filter(v -> DatasetVisibility.canSee(dataset, v))
        .toList();
  }
}
