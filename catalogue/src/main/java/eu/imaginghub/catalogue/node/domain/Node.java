package eu.imaginghub.catalogue.node.domain;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A federated site (hospital or research node) that keeps imaging data and publishes metadata. */
@Entity
@Table(name = "node")
public class Node {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  @Id
  @Column(name = "id", length = 63)
  private String id;

  @Column(name = "name", nullable = false, length = 300)
  private String name;

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Column(name = "organisation", nullable = false, length = 300)
  private String organisation;

  @Column(name = "contact_email", length = 320)
  private String contactEmail;

  @Column(name = "base_url", length = 1000)
  private String baseUrl;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Only the search mapping walks this side: datasets are reindexed when their node changes. */
  @OneToMany(mappedBy = "node")
  private List<Dataset> datasets = new ArrayList<>();

  protected Node() {}

  public Node(
      NodeId id,
      String name,
      String country,
      String organisation,
      String contactEmail,
      String baseUrl,
      Instant now) {
    this.id = Objects.requireNonNull(id, "node id").value();
    this.name = requireText(name, "name");
    this.country = requireCountry(country);
    this.organisation = requireText(organisation, "organisation");
    this.contactEmail = contactEmail;
    this.baseUrl = baseUrl;
    this.createdAt = now;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a node needs a " + what);
    }
    return value.strip();
  }

  private static String requireCountry(String value) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      throw new IllegalArgumentException("not an ISO 3166 country code: " + value);
    }
    return code;
  }

  public NodeId id() {
    return new NodeId(id);
  }

  public String name() {
    return name;
  }

  public String country() {
    return country;
  }

  public String countryName() {
    return new Locale("", country).getDisplayCountry(Locale.ENGLISH);
  }

  public String organisation() {
    return organisation;
  }

  public String contactEmail() {
    return contactEmail;
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
