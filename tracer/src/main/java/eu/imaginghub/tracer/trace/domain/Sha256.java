package eu.imaginghub.tracer.trace.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over the concatenation of byte arrays: the one hash the trace log is built on. */
public final class Sha256 {

  private Sha256() {}

  public static byte[] of(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static String hex(byte[]... parts) {
    return HexFormat.of().formatHex(of(parts));
  }
}
