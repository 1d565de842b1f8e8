package eu.imaginghub.webapp.security.session;

import eu.imaginghub.access.operator.application.NodeOperators;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.catalogue.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where every sign-in path ends: starts a hub session for an identity that has been proven, and
 * ends it again. The session is stored in the database (only a hash of its id) and its id is handed
 * to the browser in an {@code HttpOnly}, {@code SameSite=Lax} cookie.
 */
@ApplicationScoped
public class SessionSignIn {

  @Inject SessionStore store;
  @Inject UserDirectory people;
  @Inject NodeOperators operators;

  /**
   * Starts a new session for {@code who} and sets its cookie on the response. A session the request
   * already carries ends first: every sign-in gets a new id, so an id planted before sign-in is
   * worth nothing after it. The person's record is created or refreshed with what the identity
   * provider said, and the nodes an admin bound them to count as theirs.
   */
  public void signIn(
      SignedInIdentity who, HttpServletRequest request, HttpServletResponse response) {
    people.recordSignIn(who.subject(), who.name(), who.email(), who.affiliation());
    SessionCookie.read(request).ifPresent(store::end);
    String id = store.start(withBoundNodes(who));
    response.addHeader("Set-Cookie", SessionCookie.issue(id, request.isSecure()));
  }

  /**
   * Ends the session the request carries, if any, and clears its cookie.
   *
   * @return the id token hint of the ended session, to end the provider's session too
   */
  public Optional<String> signOut(HttpServletRequest request, HttpServletResponse response) {
    response.addHeader("Set-Cookie", SessionCookie.clear(request.isSecure()));
    return SessionCookie.read(request).flatMap(store::end);
  }

  /** Bindings made by admins add to what the identity provider says, never take away from it. */
  private SignedInIdentity withBoundNodes(SignedInIdentity who) {
    Set<String> bound = operators.nodesOperatedBy(who.subject());
    if (bound.isEmpty()
        || who.nodes().containsAll(bound) && who.roles().contains(Role.NODE_OPERATOR)) {
      return who;
    }
    Set<Role> roles = EnumSet.of(Role.NODE_OPERATOR);
    roles.addAll(who.roles());
    Set<String> nodes = new HashSet<>(who.nodes());
    nodes.addAll(bound);
    return new SignedInIdentity(
        who.subject(), who.name(), who.email(), who.affiliation(), roles, nodes, who.idTokenHint());
  }
}
