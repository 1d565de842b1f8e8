package eu.imaginghub.webapp.security.session;

import eu.imaginghub.catalogue.security.Role;
import eu.imaginghub.catalogue.security.Viewer;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who has just proven who they are, as a sign-in path hands it to {@link SessionSignIn}: the
 * identity the session carries until it ends.
 *
 * @param subject stable identifier of the person at the identity provider
 * @param name display name, may be null
 * @param email e-mail address, may be null
 * @param affiliation institution, may be null
 * @param roles what the person may act as
 * @param nodes the nodes a node operator operates (node ids)
 * @param idTokenHint the OpenID Connect id token, kept to end the provider's session at sign-out;
 *     null for sign-ins without one
 */
public record SignedInIdentity(
    String subject,
    String name,
    String email,
    String affiliation,
    Set<Role> roles,
    Set<String> nodes,
    String idTokenHint) {

  /** Stored space-separated: no value may contain white space. */
  private static final Pattern WORD = Pattern.compile("\\S{1,200}");

  public SignedInIdentity {
    if (subject == null || subject.isBlank() || subject.length() > 255) {
      throw new IllegalArgumentException(
          "a signed-in identity needs a subject of 1-255 characters");
    }
    roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    nodes = Set.copyOf(Objects.requireNonNull(nodes, "nodes"));
    for (String node : nodes) {
      if (!WORD.matcher(node).matches()) {
        throw new IllegalArgumentException("a node id has no white space: " + node);
      }
    }
  }

  /** The viewer this identity acts as in the catalogue and the other modules. */
  public Viewer viewer() {
    return new Viewer(subject, name == null ? subject : name, roles, nodes);
  }
}
