package eu.imaginghub.catalogue.publication.application;

import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverride;
import eu.imaginghub.catalogue.publication.domain.NodeZenodoOverrideRepository;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A node's own Zenodo settings, which admins set: a community and grant of its own, its own token
 * (never shown again: answers say only whether one is set), or no DOIs at all.
 */
@ApplicationScoped
@Transactional
public class NodeZenodoOverrides {

  /** A node's settings as answers show them. */
  public record Overrides(
      String node, String community, String grant, boolean tokenSet, boolean mintDois) {}

  /** A change; a null token keeps the stored one, a blank one removes it. */
  public record Change(String community, String grant, String token, Boolean mintDois) {}

  @Inject NodeZenodoOverrideRepository settings;
  @Inject NodeLookup nodes;
  @Inject Clock clock;

  public Overrides get(String nodeId, Viewer viewer) {
    viewer.requireAdmin("see a node's Zenodo settings");
    requireNode(nodeId);
    return settings
        .find(nodeId)
        .map(NodeZenodoOverrides::view)
        .orElse(new Overrides(nodeId, null, null, false, true));
  }

  public Overrides change(String nodeId, Change change, Viewer viewer) {
    viewer.requireAdmin("change a node's Zenodo settings");
    requireNode(nodeId);
    List<FieldProblem> problems = new ArrayList<>();
    tooLong("community", change.community(), 200, problems);
    tooLong("grant", change.grant(), 200, problems);
    tooLong("token", change.token(), 500, problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    NodeZenodoOverride own =
        settings
            .find(nodeId)
            .orElseGet(
                () -> {
                  NodeZenodoOverride fresh = new NodeZenodoOverride(nodeId, clock.instant());
                  settings.add(fresh);
                  return fresh;
                });
    own.change(
        change.community(),
        change.grant(),
        change.token(),
        change.mintDois() == null || change.mintDois(),
        clock.instant());
    return view(own);
  }

  private void requireNode(String nodeId) {
    if (!NodeId.isValid(nodeId) || nodes.find(new NodeId(nodeId)).isEmpty()) {
      throw ProblemException.notFound("node", nodeId);
    }
  }

  private static void tooLong(String field, String value, int max, List<FieldProblem> problems) {
    if (value != null && value.strip().length() > max) {
      problems.add(new FieldProblem(field, "at most " + max + " characters"));
    }
  }

  private static Overrides view(NodeZenodoOverride s) {
    return new Overrides(
        s.nodeId(),
        s.community().orElse(null),
        s.grant().orElse(null),
        s.token().isPresent(),
        s.mintDois());
  }
}
