package eu.imaginghub.webapp.security.oidc;

import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import java.util.Set;

/**
 * Who a verified token says its bearer is: identity only ever comes from there.
 *
 * @param nodes the node ids of the bearer's {@code /nodes/<id>} groups
 */
public record OidcIdentity(
    String subject,
    String name,
    String email,
    String affiliation,
    Set<Role> roles,
    Set<String> nodes) {

  public OidcIdentity {
    roles = Set.copyOf(roles);
    nodes = Set.copyOf(nodes);
  }

  public Viewer toViewer() {
    return new Viewer(subject, name, roles, nodes);
  }
}
