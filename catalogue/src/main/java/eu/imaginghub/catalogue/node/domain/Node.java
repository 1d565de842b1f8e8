package eu.imaginghub.catalogue.node.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.WritableText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
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
    this.contactEmail = bounded("contactEmail", stripped(contactEmail), 320);
    this.baseUrl = requireWebAddress(baseUrl);
    this.createdAt = now;
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a node needs a " + what);
    }
    return bounded(what, value.strip(), 300);
  }

  private static String stripped(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Within its column, and free of characters no XML answer could carry. */
  private static String bounded(String field, String value, int max) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!WritableText.check(field, value, max, problems)) {
      throw new IllegalArgumentException(field + " " + problems.get(0).message());
    }
    return value;
  }

  /**
   * The node's web address: absolute http(s) only, since it is shown as a link and other schemes
   * ({@code javascript:}, {@code file:}) would run or reach what they must not.
   */
  private static String requireWebAddress(String value) {
    String url = bounded("baseUrl", stripped(value), 1000);
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      // refused below, as any other address that is no http(s) URL
    }
    throw new IllegalArgumentException("baseUrl is not an absolute http(s) URL");
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
