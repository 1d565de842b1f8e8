package eu.imaginghub.access.use.application;

import eu.imaginghub.access.use.application.DatasetPlaces.DatasetPlace;
import eu.imaginghub.access.use.domain.DatasetFacts;
import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.use.domain.UseRequest;
import eu.imaginghub.access.use.domain.UseRules;
import eu.imaginghub.access.use.domain.UseVerdict;
import eu.imaginghub.access.user.application.UserProfile;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides a checked or reported use from what the hub knows (where its datasets are, the person's
 * standing, the entitlements): reads only, the use is stored with its trace afterwards.
 */
@ApplicationScoped
@Transactional
public class UseDecisions {

  private static final String NODE_TOKEN = "node-token:";

  @Inject DatasetPlaces locations;
  @Inject UseEvidence evidence;
  @Inject Clock clock;

  /**
   * Decides a use before it runs (now), or one that ran (over its run). A report is kept whatever
   * the verdict, flagged when it was not entitled.
   */
  public DatasetUse decide(UseRequest request, Viewer viewer) {
    Map<String, DatasetPlace> located = locations.locate(request.datasetIds());
    String node = nodeOfUse(located, viewer);
    Instant now = clock.instant();
    Instant from = request.isReport() ? request.startedAt() : now;
    Instant to = request.isReport() ? request.endedAt() : now;
    String project = request.projectCode().strip().toUpperCase(Locale.ROOT);
    Optional<UserProfile> person = evidence.person(request.user());
    List<DatasetFacts> facts = evidence.datasets(project, request.datasetIds(), located);
    UseVerdict verdict =
        UseRules.decide(evidence.standing(person, project), project, facts, from, to);
    return new DatasetUse(
        request,
        node,
        viewer.subject(),
        person.map(UserProfile::subject).orElse(null),
        project,
        verdict,
        now);
  }

  /**
   * The node a use runs at: the one holding the datasets named, which the caller must operate. A
   * use runs in-situ, at one node; with no known dataset, the node the caller speaks for, if one.
   */
  private static String nodeOfUse(Map<String, DatasetPlace> located, Viewer viewer) {
    TreeSet<String> nodes = new TreeSet<>();
    for (DatasetPlace d : located.values()) {
      if (!viewer.operates(d.nodeId())) {
        throw ProblemException.forbidden(
            "Dataset "
                + d.id()
                + " is held by node "
                + d.nodeId()
                + ": a node checks and reports the uses of its own datasets only");
      }
      nodes.add(d.nodeId());
    }
    if (nodes.size() > 1) {
      throw ProblemException.invalid(
          "datasetIds",
          "names datasets of several nodes ("
              + String.join(", ", nodes)
              + "): a use runs at one node");
    }
    if (!nodes.isEmpty()) {
      return nodes.first();
    }
    boolean speaksForOneNode = viewer.subject().startsWith(NODE_TOKEN) || !viewer.isAdmin();
    return speaksForOneNode && viewer.nodes().size() == 1 ? viewer.nodes().iterator().next() : null;
  }
}
