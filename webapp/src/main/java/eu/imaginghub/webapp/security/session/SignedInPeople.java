package eu.imaginghub.webapp.security.session;

import eu.imaginghub.access.operator.application.NodeOperators;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.catalogue.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the hub adds to an identity the provider vouched for: the person's record (created on the
 * first sign-in, refreshed on later ones) and the nodes an admin bound them to.
 */
@ApplicationScoped
public class SignedInPeople {

  /** A bearer token is presented on every call: its holder's record is refreshed this often. */
  private static final Duration BEARER_REFRESH = Duration.ofMinutes(5);

  @Inject UserDirectory people;
  @Inject NodeOperators operators;
  @Inject Clock clock;

  private final Map<String, Instant> recordedAt = new ConcurrentHashMap<>();

  /** A sign-in: records the person and returns the identity with their bound nodes. */
  public SignedInIdentity signedIn(SignedInIdentity who) {
    people.recordSignIn(who.subject(), who.name(), who.email(), who.affiliation());
    recordedAt.put(who.subject(), clock.instant());
    return withBoundNodes(who);
  }

  /**
   * A call with an access token: records the person when this hub has not done so lately (a record
   * refreshed a few minutes late is harmless; a write per call is not), and returns the identity
   * with their bound nodes.
   */
  public SignedInIdentity presented(SignedInIdentity who) {
    Instant now = clock.instant();
    Instant last = recordedAt.get(who.subject());
    if (last == null || last.plus(BEARER_REFRESH).isBefore(now)) {
      return signedIn(who);
    }
    return withBoundNodes(who);
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
