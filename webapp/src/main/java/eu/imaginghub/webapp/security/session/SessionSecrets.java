package eu.imaginghub.webapp.security.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Session ids and CSRF tokens: 256 random bits each, and the hash under which an id is kept. */
final class SessionSecrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  /** What {@link #random()} produces: 43 characters of URL-safe Base64 without padding. */
  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

  private SessionSecrets() {}

  static String random() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static boolean wellFormed(String secret) {
    return secret != null && FORMAT.matcher(secret).matches();
  }

  /** SHA-256 in hex: what the database keeps of a session id. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(secret.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Compares in time independent of where the two differ, so timing tells nothing. */
  static boolean sameSecret(String expected, String presented) {
    return presented != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
