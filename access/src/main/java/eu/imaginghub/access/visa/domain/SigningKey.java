package eu.imaginghub.access.visa.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * An RSA key pair the hub signs visas with (RS256). Generated once, then kept: nodes that fetched
 * the public half check visas offline with it. The private half never leaves the database and this
 * process.
 */
@Entity
@Table(name = "visa_signing_key")
public class SigningKey {

  /** RSA keys of this size: what RS256 verifiers expect at least. */
  static final int BITS = 2048;

  static final String ACTIVE = "active";

  @Id
  @Column(name = "kid", length = 64)
  private String kid;

  /** {@code active} for the key in use; unique, so that only one key can hold it. */
  @Column(name = "slot", length = 16)
  private String slot;

  @Column(name = "algorithm", nullable = false, length = 16)
  private String algorithm;

  /** X.509 SubjectPublicKeyInfo, Base64. */
  @Column(name = "public_key", nullable = false, length = 1000)
  private String publicKey;

  /** PKCS #8, Base64. */
  @Column(name = "private_key", nullable = false, length = 4000)
  private String privateKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SigningKey() {}

  private SigningKey(KeyPair pair, Instant now) {
    this.kid = UUID.randomUUID().toString();
    this.slot = ACTIVE;
    this.algorithm = "RS256";
    this.publicKey = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    this.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** A fresh active key. */
  public static SigningKey generate(Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(BITS);
      return new SigningKey(generator.generateKeyPair(), now);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java runtime cannot generate RSA keys", e);
    }
  }

  public String kid() {
    return kid;
  }

  public boolean active() {
    return ACTIVE.equals(slot);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public RSAPublicKey publicKey() {
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("visa signing key " + kid + " is unreadable", e);
    }
  }

  public RSAPrivateKey privateKey() {
    try {
      return (RSAPrivateKey)
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("visa signing key " + kid + " is unreadable", e);
    }
  }
}
