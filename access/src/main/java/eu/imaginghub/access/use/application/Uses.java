package eu.imaginghub.access.use.application;

import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.access.use.domain.DatasetUseRepository;
import eu.imaginghub.access.use.domain.UseRequest;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Checks and reports uses for nodes. A node (with its token) or one of its operators asks about its
 * own datasets only. Every answered check and every report is stored and traced in one transaction,
 * so that each use the federation knows of is in the trace log, denied ones included; that
 * transaction is shared with other callers' uses (group commit), and the answer comes once it is
 * durable.
 */
@ApplicationScoped
public class Uses {

  private static final Logger LOG = Logger.getLogger(Uses.class.getName());

  @Inject UseDecisions decisions;
  @Inject DatasetUseRepository uses;
  @Inject UseTraces traces;

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
   * Decides a use before it runs (now), or records one that ran (over its run), and stores and
   * traces it. A report is kept whatever the verdict, flagged when it was not entitled.
   */
  @Transactional(Transactional.TxType.NEVER)
  public DatasetUse record(UseRequest request, Viewer viewer) {
    requireMayAsk(viewer);
    DatasetUse use = decisions.decide(request, viewer);
    traces.store(use, uses);
    LOG.info(
        () ->
            "Use "
                + use.id()
                + " "
                + use.kind()
                + " at node "
                + use.nodeId().orElse(null)
                + " for project "
                + use.projectCode()
                + (use.entitled() ? ": entitled" : ": not entitled, " + use.reasonCodes()));
    return use;
  }
}
