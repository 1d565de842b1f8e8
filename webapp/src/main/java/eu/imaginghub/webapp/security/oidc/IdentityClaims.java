package eu.imaginghub.webapp.security.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import eu.imaginghub.catalogue.security.Role;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the hub's identity out of the claims Keycloak puts in a token: realm roles from {@code
 * realm_access.roles}, node bindings from the group claim {@value #NODES_CLAIM} (full group paths;
 * {@code /nodes/es-valencia} binds node {@code es-valencia}), affiliation from {@value
 * #AFFILIATION_CLAIM}. Unknown roles and other groups are ignored.
 */
final class IdentityClaims {

  static final String NODES_CLAIM = "hub_nodes";
  static final String AFFILIATION_CLAIM = "affiliation";
  static final String NODE_GROUP_PREFIX = "/nodes/";

  private static final Map<String, Role> ROLES =
      Map.of(
          "researcher", Role.RESEARCHER,
          "dac-member", Role.DAC_MEMBER,
          "node-operator", Role.NODE_OPERATOR,
          "admin", Role.ADMIN);

  private IdentityClaims() {}

  static OidcIdentity read(JWTClaimsSet claims) throws InvalidTokenException {
    try {
      String subject = claims.getSubject();
      if (subject == null || subject.isBlank()) {
        throw new InvalidTokenException("The token names no subject");
      }
      return new OidcIdentity(
          subject,
          name(claims, subject),
          claims.getStringClaim("email"),
          claims.getStringClaim(AFFILIATION_CLAIM),
          roles(claims),
          nodes(claims));
    } catch (ParseException e) {
      throw new InvalidTokenException("The token's claims are not of the expected types", e);
    }
  }

  private static String name(JWTClaimsSet claims, String subject) throws ParseException {
    for (String claim : List.of("name", "preferred_username")) {
      String value = claims.getStringClaim(claim);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return subject;
  }

  private static Set<Role> roles(JWTClaimsSet claims) throws ParseException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
    if (realmAccess != null && realmAccess.get("roles") instanceof List<?> names) {
      for (Object name : names) {
        Role role = ROLES.get(String.valueOf(name));
        if (role != null) {
          roles.add(role);
        }
      }
    }
    return roles;
  }

  private static Set<String> nodes(JWTClaimsSet claims) throws ParseException {
    Set<String> nodes = new TreeSet<>();
    List<String> groups = claims.getStringListClaim(NODES_CLAIM);
    if (groups != null) {
      for (String group : groups) {
        if (group.startsWith(NODE_GROUP_PREFIX)
            && group.length() > NODE_GROUP_PREFIX.length()
            && group.indexOf('/', NODE_GROUP_PREFIX.length()) < 0) {
          nodes.add(group.substring(NODE_GROUP_PREFIX.length()));
        }
      }
    }
    return nodes;
  }
}
