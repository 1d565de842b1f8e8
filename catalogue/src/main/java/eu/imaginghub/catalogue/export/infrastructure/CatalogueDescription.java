package eu.imaginghub.catalogue.export.infrastructure;

import java.util.Objects;

/**
 * What the hub says about itself as a {@code dcat:Catalog}.
 *
 * @param baseUri the public base URI of the hub, such as {@code https://hub.example.org}
 */
public record CatalogueDescription(
    String baseUri, String title, String description, String publisherName) {

  public CatalogueDescription {
    Objects.requireNonNull(baseUri, "baseUri");
  }
}
