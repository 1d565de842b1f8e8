package eu.imaginghub.harvester.token.domain;

import eu.imaginghub.harvester.provenance.domain.ContentHash;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A node's API token. Only the SHA-256 of the secret is kept: the secret is shown once, when the
 * token is issued. A revoked token stays, so the list shows who had access when.
 */
@Entity
@Table(name = "node_token")
public class NodeToken {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int SECRET_BYTES = 32;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "node_id", nullable = false, length = 63)
  private String nodeId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  /** A token just issued, with its secret (never stored). */
  public record Issued(NodeToken token, String secret) {}

  protected NodeToken() {}

  private NodeToken(String nodeId, String secret, String label, String createdBy, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.nodeId = Objects.requireNonNull(nodeId, "node");
    this.tokenHash = hash(secret);
    if (label == null || label.isBlank() || label.length() > 200) {
      throw new IllegalArgumentException("a token needs a label of 1-200 characters");
    }
    this.label = label.strip();
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  /** Issues a new token with a random 32-byte secret. */
  public static Issued issue(String nodeId, String label, String createdBy, Instant now) {
    byte[] bytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(new NodeToken(nodeId, secret, label, createdBy, now), secret);
  }

  /** The stored form of a secret: lower-case hex SHA-256. */
  public static String hash(String secret) {
    return ContentHash.of(secret);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public boolean active() {
    return revokedAt == null;
  }

  public String id() {
    return id;
  }

  public String nodeId() {
    return nodeId;
  }

  public String label() {
    return label;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }
}
