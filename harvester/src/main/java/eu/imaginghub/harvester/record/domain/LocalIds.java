package eu.imaginghub.harvester.record.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the node's local id of a harvested dataset is derived from its {@code dct:identifier}: the
 * literal itself when it is a plain token (letters, digits and {@code . _ ~ : -}, starting with a
 * letter or digit, at most 200 characters); otherwise, when it is an IRI, its last non-empty path
 * segment or fragment, if that is a plain token. Anything else gives no local id. The catalogue
 * derives the dataset's persistent id from node and local id, so the local id must not change
 * between harvests of the same record.
 */
public final class LocalIds {

  public static final int MAX_LENGTH = 200;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~:-]{0,199}");
  private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+");

  private LocalIds() {}

  public static boolean isValid(String localId) {
    return localId != null && TOKEN.matcher(localId).matches();
  }

  /** The local id for an identifier value, if one can be derived. */
  public static Optional<String> fromIdentifier(String identifier) {
    if (identifier == null) {
      return Optional.empty();
    }
    String value = identifier.strip();
    if (isValid(value)) {
      return Optional.of(value);
    }
    if (!IRI.matcher(value).matches()) {
      return Optional.empty();
    }
    return lastSegment(value).filter(LocalIds::isValid);
  }

  private static Optional<String> lastSegment(String iri) {
    // the authority (host) is no segment: an IRI naming only a host gives no id
    String rest = iri.replaceFirst("^[^:]+:", "").replaceFirst("^//[^/?#]*", "");
    int query = rest.indexOf('?');
    if (query >= 0) {
      int fragment = rest.indexOf('#', query);
      rest = rest.substring(0, query) + (fragment >= 0 ? rest.substring(fragment) : "");
    }
    String[] parts = rest.split("[/#]");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].isEmpty()) {
        return Optional.of(parts[i]);
      }
    }
    return Optional.empty();
  }
}
