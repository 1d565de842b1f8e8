package eu.imaginghub.access.visa.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What one GA4GH Passport {@code ControlledAccessGrants} visa (v1.2) asserts: that the holder may
 * access a dataset, granted by a data-access committee of the hub.
 *
 * @param issuer the hub's public URL ({@code iss}, and the visa's {@code source})
 * @param subject the person the visa is for ({@code sub})
 * @param issuedAt {@code iat}
 * @param expires {@code exp}: the entitlement's end
 * @param asserted when the committee granted it
 * @param datasetUrl the dataset's URL at the hub (the visa's {@code value})
 * @param keySetUrl where the public keys are ({@code jku} in the header)
 */
public record VisaClaims(
    String issuer,
    String subject,
    Instant issuedAt,
    Instant expires,
    Instant asserted,
    String datasetUrl,
    String keySetUrl) {

  public static final String TYPE = "ControlledAccessGrants";

  /** The visa's {@code by}: a data-access committee decided. */
  public static final String BY = "dac";

  /** The JOSE header {@code typ} of a GA4GH visa. */
  public static final String JOSE_TYPE = "vnd.ga4gh.visa+jwt";

  public VisaClaims {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(asserted, "asserted");
    Objects.requireNonNull(datasetUrl, "datasetUrl");
    Objects.requireNonNull(keySetUrl, "keySetUrl");
  }

  /** The {@code source}: the hub that granted it. */
  public String source() {
    return issuer;
  }
}
