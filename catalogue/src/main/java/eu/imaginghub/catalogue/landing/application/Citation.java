package eu.imaginghub.catalogue.landing.application;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * What a citation of one dataset version says, whatever its format: who made it, when, its title
 * and version, who publishes it and where it is found — the DOI when it has one, else its page.
 *
 * @param year the publication year: the record's issue date, else when the hub first listed it
 * @param doi the version's DOI (without {@code https://doi.org/}), or null
 * @param url the version's landing page
 */
public record Citation(
    String datasetId,
    List<String> creators,
    int year,
    String title,
    int version,
    String publisher,
    String doi,
    String url) {

  public Citation {
    creators = List.copyOf(creators);
  }

  public static Citation of(LandingRecord record, LandingUrls urls) {
    int year =
        record.description().issued() != null
            ? record.description().issued().firstDay().getYear()
            : record.createdAt().atZone(ZoneOffset.UTC).getYear();
    return new Citation(
        record.id().value(),
        record.creatorNames(),
        year,
        record.description().title(),
        record.version(),
        record.publisherName(),
        record.doi(),
        urls.page(record));
  }

  public Optional<String> doiUrl() {
    return Optional.ofNullable(doi).map(d -> "https://doi.org/" + d);
  }

  /** Where the citation points a reader: the DOI resolver when there is a DOI, else the page. */
  public String link() {
    return doiUrl().orElse(url);
  }
}
