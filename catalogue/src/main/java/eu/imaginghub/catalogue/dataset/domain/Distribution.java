package eu.imaginghub.catalogue.dataset.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * How the data can be reached. In this federation the access URL is usually the access-request
 * page: the hub never serves image data itself.
 */
@Embeddable
public class Distribution {

  @Column(name = "title", length = 500)
  private String title;

  @Column(name = "access_url", nullable = false, length = 1000)
  private String accessUrl;

  @Column(name = "download_url", length = 1000)
  private String downloadUrl;

  @Column(name = "format_iri", length = 1000)
  private String format;

  @Column(name = "media_type", length = 200)
  private String mediaType;

  @Column(name = "licence_iri", length = 1000)
  private String licence;

  @Column(name = "rights", length = 1000)
  private String rights;

  protected Distribution() {}

  public Distribution(
      String title,
      String accessUrl,
      String downloadUrl,
      String format,
      String mediaType,
      String licence,
      String rights) {
    this.title = Agent.blankToNull(title);
    this.accessUrl = accessUrl;
    this.downloadUrl = Agent.blankToNull(downloadUrl);
    this.format = Agent.blankToNull(format);
    this.mediaType = Agent.blankToNull(mediaType);
    this.licence = Agent.blankToNull(licence);
    this.rights = Agent.blankToNull(rights);
  }

  public String title() {
    return title;
  }

  public String accessUrl() {
    return accessUrl;
  }

  public String downloadUrl() {
    return downloadUrl;
  }

  public String format() {
    return format;
  }

  public String mediaType() {
    return mediaType;
  }

  public String licence() {
    return licence;
  }

  public String rights() {
    return rights;
  }

  /** Value semantics, so descriptions holding distributions compare by content. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Distribution d
        && Objects.equals(title, d.title)
        && Objects.equals(accessUrl, d.accessUrl)
        && Objects.equals(downloadUrl, d.downloadUrl)
        && Objects.equals(format, d.format)
        && Objects.equals(mediaType, d.mediaType)
        && Objects.equals(licence, d.licence)
        && Objects.equals(rights, d.rights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, accessUrl, downloadUrl, format, mediaType, licence, rights);
  }

  @Override
  public String toString() {
    return "Distribution[" + accessUrl + ", " + title + "]";
  }
}
