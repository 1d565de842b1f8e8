package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.landing.application.Citation;
import eu.imaginghub.catalogue.landing.application.DcatForm;
import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingUrls;
import eu.imaginghub.catalogue.landing.infrastructure.CitationFormat;
import eu.imaginghub.catalogue.landing.infrastructure.HtmlWriter;
import eu.imaginghub.catalogue.landing.infrastructure.SchemaOrgDataset;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The landing page of a dataset version: readable without JavaScript, styled by the UI's own style
 * sheets, with the metadata search engines and reference managers read (schema.org JSON-LD and
 * {@code citation_*} tags) and a tombstone instead of the way to the data once it is invalidated.
 */
final class LandingHtml {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final HtmlWriter html = new HtmlWriter();
  private final LandingRecord record;
  private final LandingUrls urls;
  private final Citation citation;

  private LandingHtml(LandingRecord record, LandingUrls urls) {
    this.record = record;
    this.urls = urls;
    this.citation = Citation.of(record, urls);
  }

  static String page(LandingRecord record, LandingUrls urls) {
    return new LandingHtml(record, urls).write();
  }

  private String write() {
    String title = record.description().title();
    PageFrame.head(html, urls, title + " — Imaging Hub", summary());
    citationMeta();
    html.empty("link", "rel", "canonical", "href", urls.page(record));
    html.empty("link", "rel", "cite-as", "href", citation.link());
    for (DcatForm form : DcatForm.values()) {
      html.empty(
          "link",
          "rel",
          "alternate",
          "type",
          form.mediaType(),
          "href",
          urls.dcat(record.id(), form.parameter()));
    }
    html.jsonData("application/ld+json", SchemaOrgDataset.of(record, urls).toString());
    PageFrame.body(html, urls);
    html.open("nav", "class", "breadcrumb", "aria-label", "Breadcrumb")
        .element("a", "Datasets", "href", urls.catalogue() + "#/")
        .text(" › ")
        .element("a", record.nodeName(), "href", urls.catalogue() + "#/nodes/" + record.nodeId())
        .close();
    html.open("header", "class", "dataset-header").element("h1", title, "id", "dataset-title");
    badges();
    html.close();
    notices();
    actions();
    description();
    citationSection();
    new MetadataSections(html, record).write();
    new VersionSections(html, record, urls).write();
    PageFrame.end(html);
    return html.toString();
  }

  private String summary() {
    String text = record.description().description();
    if (text == null) {
      return record.description().title();
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 300 ? flat : flat.substring(0, 297) + "…";
  }

  private void citationMeta() {
    meta("citation_title", citation.title());
    citation.creators().forEach(name -> meta("citation_author", name));
    meta("citation_publication_date", Integer.toString(citation.year()));
    meta("citation_publisher", citation.publisher());
    meta("citation_doi", citation.doi());
    meta("citation_public_url", citation.url());
    meta("DC.identifier", citation.link());
  }

  private void meta(String name, String content) {
    if (content != null) {
      html.empty("meta", "name", name, "content", content);
    }
  }

  private void badges() {
    html.open("p", "class", "badges");
    html.element("span", statusLabel(record.status()), "class", "badge", "id", "dataset-status");
    html.element(
        "span",
        "Version " + record.version() + (record.isCurrent() ? " (current)" : ""),
        "class",
        "badge",
        "id",
        "dataset-version");
    if (record.doi() != null) {
      html.text(" DOI ")
          .element("a", record.doiUrl().get(), "href", record.doiUrl().get(), "id", "dataset-doi");
    }
    html.close();
  }

  static String statusLabel(LifecycleStatus status) {
    return switch (status) {
      case DRAFT -> "Draft";
      case RELEASED -> "Released";
      case PUBLISHED -> "Published";
      case INVALIDATED -> "Invalidated";
    };
  }

  private void notices() {
    if (record.isInvalidated()) {
      LandingRecord.Tombstone t = record.tombstone();
      html.open(
              "section",
              "class",
              "alert alert-error",
              "id",
              "tombstone",
              "aria-labelledby",
              "tombstone-title")
          .element("h2", "This dataset was invalidated", "id", "tombstone-title")
          .element(
              "p",
              "Invalidated on "
                  + day(t.at())
                  + (t.byName() == null ? "" : " by " + t.byName())
                  + ". Reason: "
                  + t.reason())
          .element(
              "p",
              "Its description stays here so that citations keep resolving; the data can no longer be requested.")
          .close();
    }
    record.nextVersion().ifPresent(this::supersededNotice);
    if (record.status() == LifecycleStatus.DRAFT) {
      notice(
          "alert-info", "This is a draft: only the operators of " + record.nodeName() + " see it.");
    } else if (record.status() == LifecycleStatus.RELEASED) {
      notice("alert-info", "Released to signed-in users of the hub; not yet published.");
    }
  }

  private void supersededNotice(int next) {
    boolean nextIsCurrent = next == record.currentVersion();
    html.open("p", "class", "alert alert-warning", "id", "superseded")
        .text(
            "This is version "
                + record.version()
                + ", superseded"
                + (record.supersededAt() == null ? "" : " on " + day(record.supersededAt()))
                + " by ")
        .element(
            "a",
            "version " + next,
            "href",
            nextIsCurrent ? urls.page(record.id()) : urls.page(record.id(), next));
    if (nextIsCurrent) {
      html.text(", the current version.").close();
      return;
    }
    html.text(". The current version is ")
        .element(
            "a",
            "version " + record.currentVersion(),
            "href",
            urls.page(record.id()),
            "id",
            "current-version-link")
        .text(".")
        .close();
  }

  private void notice(String kind, String text) {
    html.element("p", text, "class", "alert " + kind);
  }

  private void actions() {
    html.open("p", "class", "button-row");
    if (!record.isInvalidated()) {
      html.element(
          "a",
          "Request access",
          "href",
          urls.requestAccess(record.id()),
          "class",
          "btn btn-primary",
          "id",
          "request-access");
    }
    html.element("a", "Open in the catalogue", "href", urls.detail(record.id()), "class", "btn");
    html.close();
  }

  private void description() {
    String text = record.description().description();
    if (text == null) {
      return;
    }
    html.open("div", "class", "description", "id", "dataset-description");
    for (String paragraph : text.split("\\n\\s*\\n")) {
      html.element("p", paragraph.strip(), "class", "prose");
    }
    html.close();
  }

  private void citationSection() {
    html.open(
            "section",
            "class",
            "card detail-section",
            "id",
            "section-citation",
            "aria-labelledby",
            "section-citation-title")
        .element("h2", "Cite this dataset", "id", "section-citation-title")
        .element("p", CitationFormat.TEXT.write(citation), "id", "citation-text", "class", "prose")
        .open("p", "class", "button-row")
        .element(
            "button",
            "Copy citation",
            "type",
            "button",
            "class",
            "btn btn-small",
            "id",
            "copy-citation",
            "data-copy",
            "citation-text",
            "hidden",
            "")
        .element("span", "", "id", "copy-status", "role", "status", "aria-live", "polite")
        .close()
        .open("p")
        .text("Also as ");
    CitationFormat[] formats = {CitationFormat.BIBTEX, CitationFormat.RIS, CitationFormat.CSL_JSON};
    for (int i = 0; i < formats.length; i++) {
      html.text(i == 0 ? "" : i == formats.length - 1 ? " and " : ", ");
      html.element(
          "a",
          formatName(formats[i]),
          "href",
          urls.citation(record.id(), formats[i].parameter(), record.version()),
          "type",
          formats[i].mediaType());
    }
    html.text(".").close().close();
  }

  private static String formatName(CitationFormat format) {
    return switch (format) {
      case TEXT -> "text";
      case BIBTEX -> "BibTeX";
      case RIS -> "RIS";
      case CSL_JSON -> "CSL-JSON";
    };
  }

  static String day(Instant at) {
    return at == null ? null : DAY.format(at);
  }

  /**
   * Whether a value from a record may be a link: absolute http(s) only, never {@code javascript:}.
   */
  static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
