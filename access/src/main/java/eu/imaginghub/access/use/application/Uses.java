package eu.imaginghub.access.use.application;

import eu.imaginghub.access.use.application.DatasetPlaces.DatasetPlace;
import eu.imaginghub.access.use.domain.DatasetFacts;
import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.use.domain.DatasetUseRepository;
import eu.imaginghub.access.use.domain.UseRequest;
import eu.imaginghub.access.use.domain.UseRules;
import eu.imaginghub.access.use.domain.UseVerdict;
import eu.imaginghub.access.user.application.UserProfile;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Role;
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
import java.util.logging.Logger;

/**
 * Checks and reports uses for nodes. A node (with its token) or one of its operators asks about its
 * own datasets only. Every answered check and every report is stored and traced in one transaction,
 * so that each use the federation knows of is in the trace log, denied ones included.
 */
@ApplicationScoped
@Transactional
public class Uses {

  private static final Logger LOG = Logger.getLogger(Uses.class.getName());
  private static final String NODE_TOKEN = "node-token:";

  @Inject DatasetPlaces locations;
  @Inject UseEvidence evidence;
  @Inject DatasetUseRepository uses;
  @Inject UseTraces traces;
  @Inject Clock clock;

  /** Refuses callers who are neither a node, an operator of one, nor an admin. */
  public void requireMayAsk(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED,
          "Call with the node's token, or sign in as its operator, to check or report uses");
    }
    if (!viewer.isAdmin() && !viewer.has(Role.NODE_OPERATOR)) {
      throw ProblemException.forbidden("Only nodes, their operators and admins check uses");
    }
  }

  /**
   * Decides a use before it runs (now), or records one that ran (over its run), and traces it. A
   * report is kept whatever the verdict, flagged when it was not entitled.
   */
  public DatasetUse record(UseRequest request, Viewer viewer) {
    requireMayAsk(viewer);
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
    DatasetUse use =
        new DatasetUse(
            request,
            node,
            viewer.subject(),
            person.map(UserProfile::subject).orElse(null),
            project,
            verdict,
            now);
    uses.add(use);
    use.tracedAs(traces.recorded(use).id().toString());
    LOG.info(
        () ->
            "Use "
                + use.id()
                + " "
                + use.kind()
                + " at node "
                + node
                + " for project "
                + project
                + (use.entitled() ? ": entitled" : ": not entitled, " + use.reasonCodes()));
    return use;
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
