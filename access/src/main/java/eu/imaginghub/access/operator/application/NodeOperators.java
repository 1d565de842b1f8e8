package eu.imaginghub.access.operator.application;

import eu.imaginghub.access.operator.domain.OperatorBinding;
import eu.imaginghub.access.operator.domain.OperatorBindingRepository;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Node-operator bindings that admins make where the identity provider does not carry them. Sign-in
 * adds {@link #nodesOperatedBy} to the nodes the caller operates.
 */
@ApplicationScoped
@Transactional
public class NodeOperators {

  private static final Logger LOG = Logger.getLogger(NodeOperators.class.getName());

  /** A binding just made, or the one that already held. */
  public record Bound(OperatorBinding binding, boolean created) {}

  @Inject OperatorBindingRepository bindings;
  @Inject UserDirectory users;
  @Inject NodeLookup nodes;
  @Inject Clock clock;

  /** The nodes an admin has bound this person to, now. */
  public Set<String> nodesOperatedBy(String subject) {
    Set<String> operated = new TreeSet<>();
    if (subject != null) {
      bindings.all(subject).stream()
          .filter(OperatorBinding::active)
          .forEach(b -> operated.add(b.nodeId()));
    }
    return operated;
  }

  /** Every binding, ended ones included; of one person when subject is not null (admins). */
  public List<OperatorBinding> list(String subject, Viewer viewer) {
    viewer.requireAdmin("manage node operators");
    return bindings.all(subject);
  }

  /** Binds a person who has signed in to an existing node (admins); binding again is no change. */
  public Bound bind(String subject, String nodeId, Viewer viewer) {
    viewer.requireAdmin("manage node operators");
    requireNode(nodeId);
    if (users.bySubject(subject).isEmpty()) {
      throw ProblemException.notFound("user", subject);
    }
    var existing = bindings.active(subject, nodeId);
    if (existing.isPresent()) {
      return new Bound(existing.get(), false);
    }
    OperatorBinding binding =
        new OperatorBinding(subject, nodeId, viewer.subject(), clock.instant());
    bindings.add(binding);
    LOG.info(() -> "Node " + nodeId + ": operator bound by " + viewer.subject());
    return new Bound(binding, true);
  }

  /** Ends a binding (admins); 404 when there is none. */
  public OperatorBinding unbind(String subject, String nodeId, Viewer viewer) {
    viewer.requireAdmin("manage node operators");
    OperatorBinding binding =
        bindings
            .active(subject, nodeId)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ProblemException.Kind.NOT_FOUND,
                        "This person is not bound to node '" + nodeId + "'"));
    binding.end(viewer.subject(), clock.instant());
    LOG.info(() -> "Node " + nodeId + ": operator unbound by " + viewer.subject());
    return binding;
  }

  private void requireNode(String nodeId) {
    if (!NodeId.isValid(nodeId) || nodes.find(new NodeId(nodeId)).isEmpty()) {
      throw ProblemException.notFound("node", nodeId);
    }
  }
}
