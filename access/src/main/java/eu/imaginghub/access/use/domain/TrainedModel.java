package eu.imaginghub.access.use.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An AI model a use trained or ran, named so that it can be found again: its identifier (letters,
 * digits and {@code . _ - : @ +}, so that it fits in a URL path), version, and the SHA-256 of its
 * weights in hexadecimal (kept in lower case).
 */
public record TrainedModel(String id, String version, String sha256) {

  public static final int MAX_ID = 200;
  public static final int MAX_VERSION = 100;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@+-]{1," + MAX_ID + "}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public TrainedModel {
    if (!isValidId(id)) {
      throw new InvalidUseException(
          "model.id", "is 1-" + MAX_ID + " letters, digits or . _ - : @ +");
    }
    if (version == null || version.isBlank() || version.length() > MAX_VERSION) {
      throw new InvalidUseException("model.version", "is 1-" + MAX_VERSION + " characters");
    }
    sha256 = sha256 == null ? null : sha256.toLowerCase(Locale.ROOT);
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new InvalidUseException("model.sha256", "is 64 hexadecimal digits");
    }
  }

  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }
}
