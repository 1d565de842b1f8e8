package eu.imaginghub.catalogue.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A node's own Zenodo settings, overriding the hub's: its community, its grant, its own token, or
 * that its datasets are published without DOIs.
 */
@Entity
@Table(name = "zenodo_node_setting")
public class NodeZenodoOverride {

  @Id
  @Column(name = "node_id", length = 63)
  private String nodeId;

  @Column(name = "community", length = 200)
  private String community;

  @Column(name = "grant_id", length = 200)
  private String grant;

  @Column(name = "token", length = 500)
  private String token;

  @Column(name = "mint_dois", nullable = false)
  private boolean mintDois = true;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NodeZenodoOverride() {}

  public NodeZenodoOverride(String nodeId, Instant now) {
    this.nodeId = Objects.requireNonNull(nodeId, "node");
    this.updatedAt = now;
  }

  /**
   * Changes the settings; a blank community or grant clears it (the hub's applies again); a null
   * token keeps the stored one, a blank one clears it.
   */
  public void change(String community, String grant, String token, boolean mintDois, Instant now) {
    this.community = blankToNull(community);
    this.grant = blankToNull(grant);
    if (token != null) {
      this.token = blankToNull(token);
    }
    this.mintDois = mintDois;
    this.updatedAt = now;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public String nodeId() {
    return nodeId;
  }

  public Optional<String> community() {
    return Optional.ofNullable(community);
  }

  public Optional<String> grant() {
    return Optional.ofNullable(grant);
  }

  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  public boolean mintDois() {
    return mintDois;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
