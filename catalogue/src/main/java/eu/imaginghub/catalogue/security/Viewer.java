package eu.imaginghub.catalogue.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import java.util.Set;

/**
 * Who is asking: anonymous, or a signed-in subject with roles and, for node operators, the nodes
 * they operate. Decides what of the catalogue they may see and change.
 */
public record Viewer(String subject, String displayName, Set<Role> roles, Set<String> nodes) {

  private static final Viewer ANONYMOUS = new Viewer(null, null, Set.of(), Set.of());

  public Viewer {
    roles = Set.copyOf(roles);
    nodes = Set.copyOf(nodes);
  }

  public static Viewer anonymous() {
    return ANONYMOUS;
  }

  public boolean isAnonymous() {
    return subject == null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /** Admins manage every node; operators only theirs. */
  public boolean operates(String nodeId) {
    return isAdmin() || (has(Role.NODE_OPERATOR) && nodes.contains(nodeId));
  }

  /**
   * Refuses anonymous viewers (401: signing in may help) and signed-in viewers who are no admins
   * (403).
   *
   * @param what what only admins may do, for the refusal's detail
   */
  public void requireAdmin(String what) {
    if (isAnonymous()) {
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, "Sign in to " + what);
    }
    if (!isAdmin()) {
      throw ProblemException.forbidden("Only admins may " + what);
    }
  }

  /** Refuses anonymous viewers (401) and those who do not operate the node (403). */
  public void requireOperator(String nodeId) {
    if (isAnonymous()) {
      throw new ProblemException(ProblemException.Kind.UNAUTHENTICATED, "Sign in to change data");
    }
    if (!operates(nodeId)) {
      throw ProblemException.forbidden("Only admins and operators of '" + nodeId + "' may do this");
    }
  }
}
