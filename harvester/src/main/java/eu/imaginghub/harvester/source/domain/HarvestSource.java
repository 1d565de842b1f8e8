package eu.imaginghub.harvester.source.domain;

import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where and how often the hub pulls a node's catalogue; one per node. Remembers the validators of
 * the last fetch (ETag, Last-Modified) so the next one can be conditional.
 */
@Entity
@Table(name = "harvest_source")
public class HarvestSource {

  @Id
  @Column(name = "node_id", length = 63)
  private String nodeId;

  @Column(name = "url", nullable = false, length = 2000)
  private String url;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false, length = 20)
  private SourceFormat format;

  @Column(name = "interval_minutes", nullable = false)
  private int intervalMinutes;

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "etag", length = 500)
  private String etag;

  @Column(name = "last_modified", length = 100)
  private String lastModified;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected HarvestSource() {}

  public HarvestSource(
      String nodeId,
      String url,
      SourceFormat format,
      int intervalMinutes,
      boolean enabled,
      Instant now) {
    this.nodeId = Objects.requireNonNull(nodeId, "node");
    this.createdAt = Objects.requireNonNull(now, "now");
    configure(url, format, intervalMinutes, enabled, now);
  }

  /** Changes where and how often to pull; a new URL forgets the old validators. */
  public void configure(
      String newUrl, SourceFormat newFormat, int minutes, boolean on, Instant now) {
    if (Objects.requireNonNull(newUrl, "url").length() > 2000) {
      throw new IllegalArgumentException("a harvest URL has at most 2000 characters");
    }
    String scheme = URI.create(newUrl).getScheme();
    if (scheme == null || !Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("a harvest URL is http or https: " + newUrl);
    }
    if (minutes < 1) {
      throw new IllegalArgumentException("the harvest interval is at least one minute");
    }
    if (!newUrl.equals(url)) {
      etag = null;
      lastModified = null;
    }
    this.url = newUrl;
    this.format = Objects.requireNonNull(newFormat, "format");
    this.intervalMinutes = minutes;
    this.enabled = on;
    this.updatedAt = now;
  }

  /**
   * Remembers the validators of a successful fetch. Ones longer than their columns are forgotten
   * (the next fetch is then unconditional) rather than failing the run that stores them.
   */
  public void fetched(String newEtag, String newLastModified, Instant now) {
    this.etag = newEtag == null || newEtag.length() > 500 ? null : newEtag;
    this.lastModified =
        newLastModified == null || newLastModified.length() > 100 ? null : newLastModified;
    this.updatedAt = now;
  }

  /**
   * Whether the source is due for a scheduled pull: enabled, and its interval passed since its last
   * pull started or, never pulled, since it was last saved (only a pull stores validators, so a
   * source never pulled changed last when it was saved). A source just saved is not due at once:
   * the admin who saves it and presses "Harvest now" starts its first run, and the schedule must
   * not start another alongside (one would find the other's records unchanged).
   */
  public boolean isDue(Optional<Instant> lastPull, Instant now) {
    Instant since = lastPull.orElse(updatedAt);
    return enabled && !now.isBefore(since.plusSeconds(60L * intervalMinutes));
  }

  /** The next fetch of this source: conditional on the validators of the last one, if any. */
  public FetchRequest nextFetch() {
    return new FetchRequest(URI.create(url), fetchFormat(), etag, lastModified);
  }

  private eu.imaginghub.harvester.fetch.domain.SourceFormat fetchFormat() {
    return switch (format) {
      case AUTO -> eu.imaginghub.harvester.fetch.domain.SourceFormat.AUTO;
      case TURTLE -> eu.imaginghub.harvester.fetch.domain.SourceFormat.TURTLE;
      case RDFXML -> eu.imaginghub.harvester.fetch.domain.SourceFormat.RDF_XML;
      case JSONLD -> eu.imaginghub.harvester.fetch.domain.SourceFormat.JSON_LD;
      case NTRIPLES -> eu.imaginghub.harvester.fetch.domain.SourceFormat.N_TRIPLES;
      case JSON -> eu.imaginghub.harvester.fetch.domain.SourceFormat.JSON;
    };
  }

  public String nodeId() {
    return nodeId;
  }

  public String url() {
    return url;
  }

  public SourceFormat format() {
    return format;
  }

  public int intervalMinutes() {
    return intervalMinutes;
  }

  public boolean enabled() {
    return enabled;
  }

  public Optional<String> etag() {
    return Optional.ofNullable(etag);
  }

  public Optional<String> lastModified() {
    return Optional.ofNullable(lastModified);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
