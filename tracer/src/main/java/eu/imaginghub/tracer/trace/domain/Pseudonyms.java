package eu.imaginghub.tracer.trace.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of user identifiers: the same person always maps to the same pseudonym, but without
 * the key nobody can tell who it is, nor test a guess. Names and e-mails never reach the log or the
 * chain.
 */
public final class Pseudonyms {

  private Pseudonyms() {}

  public static String of(String subject, String hexKey) {
    if (subject == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(HexFormat.of().parseHex(hexKey), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
