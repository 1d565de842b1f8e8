package eu.imaginghub.access.visa.domain;

import java.util.List;

/** Signs visas and publishes the keys that check them, in the formats GA4GH Passports use. */
public interface VisaSigner {

  /** The visa as a compact JWS: RS256, with {@code typ}, {@code kid} and {@code jku}. */
  String sign(VisaClaims claims, SigningKey key);

  /** The public halves of these keys as a JSON Web Key Set document. */
  String keySet(List<SigningKey> keys);
}
