package eu.imaginghub.catalogue.node.domain;

import java.util.regex.Pattern;

/** A federated node's short, URL-safe identifier (e.g. {@code es-valencia}). */
public record NodeId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

  public NodeId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a node id is 2-63 lower-case letters, digits or dashes: " + value);
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
