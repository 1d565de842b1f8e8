package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.landing.application.DcatForm;
import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingUrls;
import eu.imaginghub.catalogue.landing.infrastructure.HtmlWriter;

/**
 * The end of a landing page: the dataset's versions, each linked to its own page with its DOI, and
 * the dataset's DCAT-AP record to download in each syntax.
 */
final class VersionSections {

  private final HtmlWriter html;
  private final LandingRecord record;
  private final LandingUrls urls;

  VersionSections(HtmlWriter html, LandingRecord record, LandingUrls urls) {
    this.html = html;
    this.record = record;
    this.urls = urls;
  }

  void write() {
    versions();
    downloads();
  }

  private void versions() {
    html.open(
            "section",
            "class",
            "card detail-section",
            "id",
            "section-versions",
            "aria-labelledby",
            "section-versions-title")
        .element("h2", "Versions", "id", "section-versions-title")
        .open("table", "class", "data-table", "id", "versions")
        .open("thead")
        .open("tr")
        .element("th", "Version", "scope", "col")
        .element("th", "Listed", "scope", "col")
        .element("th", "Superseded", "scope", "col")
        .element("th", "DOI", "scope", "col")
        .close()
        .close()
        .open("tbody");
    for (LandingRecord.VersionLine v : record.versions()) {
      versionRow(v);
    }
    html.close().close().close();
  }

  private void versionRow(LandingRecord.VersionLine v) {
    String label = "Version " + v.version() + (v.current() ? " (current)" : "");
    html.open("tr", "aria-current", v.version() == record.version() ? "page" : null).open("td");
    if (v.version() == record.version()) {
      html.text(label);
    } else {
      html.element(
          "a",
          label,
          "href",
          v.current() ? urls.page(record.id()) : urls.page(record.id(), v.version()));
    }
    html.close()
        .element("td", LandingHtml.day(v.createdAt()))
        .element("td", v.supersededAt() == null ? "—" : LandingHtml.day(v.supersededAt()))
        .open("td");
    if (v.doi() != null) {
      html.element("a", v.doi(), "href", "https://doi.org/" + v.doi());
    } else {
      html.text("—");
    }
    html.close().close();
  }

  private void downloads() {
    html.open(
            "section",
            "class",
            "card detail-section",
            "id",
            "section-downloads",
            "aria-labelledby",
            "section-downloads-title")
        .element("h2", "Metadata downloads", "id", "section-downloads-title")
        .element("p", "The dataset's record in the EUCAIM DCAT-AP profile:")
        .open("ul", "class", "plain-list", "id", "dcat-downloads");
    for (DcatForm form : DcatForm.values()) {
      html.open("li")
          .element(
              "a",
              "DCAT-AP as " + form.title(),
              "href",
              urls.dcat(record.id(), form.parameter()),
              "type",
              form.mediaType())
          .close();
    }
    html.close().close();
  }
}
