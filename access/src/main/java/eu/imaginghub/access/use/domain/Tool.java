package eu.imaginghub.access.use.domain;

/**
 * The analysis tool a use runs.
 *
 * @param version may be null when the node does not know it
 */
public record Tool(String name, String version) {

  public static final int MAX_NAME = 200;
  public static final int MAX_VERSION = 100;

  public Tool {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw new InvalidUseException("tool.name", "is 1-" + MAX_NAME + " characters");
    }
    if (version != null && (version.isBlank() || version.length() > MAX_VERSION)) {
      throw new InvalidUseException("tool.version", "is 1-" + MAX_VERSION + " characters");
    }
  }
}
