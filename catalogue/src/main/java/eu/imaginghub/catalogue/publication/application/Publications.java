package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.application.DatasetLookup;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.publication.domain.Publication;
import eu.imaginghub.catalogue.publication.domain.PublicationRepository;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The publications operators follow: a dataset's, a node's (by state), and trying a failed one
 * again. Only the node's operators and admins see them, as they carry Zenodo's error messages.
 */
@ApplicationScoped
@Transactional
public class Publications {

  private static final int NODE_LIMIT = 500;

  @Inject PublicationRepository publications;
  @Inject DatasetCatalogue catalogue;
  @Inject DatasetLookup datasets;
  @Inject NodeLookup nodes;
  @Inject Clock clock;

  public List<PublicationView> ofDataset(DatasetId id, Viewer viewer) {
    requireSignedIn(viewer);
    Dataset dataset = catalogue.visible(id, viewer);
    viewer.requireOperator(dataset.node().id().value());
    String title = dataset.description().title();
    return publications.ofDataset(id.value()).stream()
        .map(p -> PublicationView.of(p, title))
        .toList();
  }

  public List<PublicationView> ofNode(String nodeId, String state, Viewer viewer) {
    viewer.requireOperator(nodeId);
    if (!NodeId.isValid(nodeId) || nodes.find(new NodeId(nodeId)).isEmpty()) {
      throw ProblemException.notFound("node", nodeId);
    }
    List<Publication> found = publications.ofNode(nodeId, state(state), NODE_LIMIT);
    Map<String, String> titles =
        datasets.findAll(found.stream().map(Publication::datasetId).distinct().toList()).stream()
            .collect(
                Collectors.toMap(d -> d.id().value(), d -> d.description().title(), (a, b) -> a));
    return found.stream().map(p -> PublicationView.of(p, titles.get(p.datasetId()))).toList();
  }

  /** A failed publication is tried again now, with a fresh retry deadline. */
  public PublicationView retry(String id, Viewer viewer) {
    requireSignedIn(viewer);
    if (!viewer.has(Role.NODE_OPERATOR) && !viewer.isAdmin()) {
      throw ProblemException.forbidden("Only node operators and admins may retry publications");
    }
    Publication p =
        publications.find(id).orElseThrow(() -> ProblemException.notFound("publication", id));
    viewer.requireOperator(p.nodeId());
    if (p.state() != Publication.State.FAILED) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Only a failed publication can be retried; this one is " + p.state());
    }
    Instant now = clock.instant();
    p.retry(now, now.plus(CatalogueSettings.current().zenodoRetryDeadline()));
    String title = datasets.find(p.datasetId()).map(d -> d.description().title()).orElse(null);
    return PublicationView.of(p, title);
  }

  private static void requireSignedIn(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see publications");
    }
  }

  private static Publication.State state(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    return Arrays.stream(Publication.State.values())
        .filter(s -> s.name().equalsIgnoreCase(state.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                ProblemException.invalid(
                    "state", "one of " + Arrays.toString(Publication.State.values())));
  }
}
