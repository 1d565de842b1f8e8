package eu.imaginghub.catalogue.publication.domain;

import java.util.List;

/**
 * What the hub tells Zenodo about a dataset version, in Zenodo's terms. {@code hubVersionId} names
 * the version in the hub; it is written into the deposition's notes so that a deposition made just
 * before a crash can be found again instead of made twice.
 */
public record DepositionMetadata(
    String hubVersionId,
    String title,
    String descriptionHtml,
    List<String> creators,
    List<String> keywords,
    String licence,
    boolean open,
    String accessConditions,
    String landingPage,
    String version,
    List<String> communities,
    List<String> grants,
    String notes) {

  public DepositionMetadata {
    creators = List.copyOf(creators);
    keywords = List.copyOf(keywords);
    communities = List.copyOf(communities);
    grants = List.copyOf(grants);
  }
}
