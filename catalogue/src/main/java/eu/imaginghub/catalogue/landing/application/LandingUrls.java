package eu.imaginghub.catalogue.landing.application;

import eu.imaginghub.catalogue.dataset.domain.DatasetId;

/**
 * The addresses a landing page links to, from the hub's public base URL (no trailing slash), so
 * that the page, its JSON-LD, its Link header and its citation name every resource the same way.
 */
public record LandingUrls(String base) {

  /** The DCAT-AP record in one syntax: {@code turtle}, {@code rdfxml} or {@code jsonld}. */
  public String dcat(DatasetId id, String format) {
    return page(id) + "?format=" + format;
  }

  /** The page of the dataset: always its current version. */
  public String page(DatasetId id) {
    return base + "/datasets/" + id.value();
  }

  /** The page of one version. */
  public String page(DatasetId id, int version) {
    return page(id) + "/versions/" + version;
  }

  /** The page of the version a record shows: the dataset's page for the current one. */
  public String page(LandingRecord record) {
    return record.isCurrent() ? page(record.id()) : page(record.id(), record.version());
  }

  /** The dataset in the single-page UI. */
  public String detail(DatasetId id) {
    return base + "/#/datasets/" + id.value();
  }

  /** The UI's access-request form with this dataset in the basket. */
  public String requestAccess(DatasetId id) {
    return base + "/#/requests/new?datasets=" + id.value();
  }

  public String citation(DatasetId id, String format, int version) {
    return base
        + "/api/datasets/"
        + id.value()
        + "/citation?format="
        + format
        + "&version="
        + version;
  }

  public String catalogue() {
    return base + "/";
  }
}
