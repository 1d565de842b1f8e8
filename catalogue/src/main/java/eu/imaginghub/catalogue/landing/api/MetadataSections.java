package eu.imaginghub.catalogue.landing.api;

import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.landing.application.AccessTerms;
import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.infrastructure.HtmlWriter;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The metadata of a dataset version as the sections of the UI's dataset page (same headings, same
 * labels, same style classes), every coded value in words.
 */
final class MetadataSections {

  private final HtmlWriter html;
  private final LandingRecord record;
  private final DatasetDescription d;

  MetadataSections(HtmlWriter html, LandingRecord record) {
    this.html = html;
    this.record = record;
    this.d = record.description();
  }

  void write() {
    html.open("div", "class", "sections");
    overview();
    population();
    imaging();
    access();
    contacts();
    provenance();
    html.close();
  }

  private void overview() {
    start("overview", "Overview");
    row("Node", record.nodeName());
    row("Country", new Locale("", record.country()).getDisplayCountry(Locale.ENGLISH));
    row("Version of the record", d.version());
    row("Issued", date(d.issued()));
    row("Modified", date(d.modified()));
    row("Acquisition period", period());
    codes("Update frequency", CodedProperty.ACCRUAL_PERIODICITY);
    codes("Interoperability level", CodedProperty.INTEROPERABILITY_LEVEL);
    codes("Dataset types", CodedProperty.TYPE);
    codes("Themes", CodedProperty.THEME);
    codes("Health categories", CodedProperty.HEALTH_CATEGORY);
    codes("Health themes", CodedProperty.HEALTH_THEME);
    codes("Languages", CodedProperty.LANGUAGE);
    codes("Spatial coverage", CodedProperty.SPATIAL);
    texts("Keywords", d.keywordsIn("en"));
    link("Landing page at the node", d.landingPage());
    identifiers();
    row("Hub identifier", record.id().value());
    end();
  }

  private void population() {
    start("population", "Population");
    codes("Condition", CodedProperty.CONDITION);
    row("Individuals", number(d.numberOfIndividuals()));
    row("Imaging studies", number(d.numberOfStudies()));
    row("Typical age", ages());
    codes("Sex at birth", CodedProperty.BIRTH_SEX);
    codes("Collection method", CodedProperty.COLLECTION_METHOD);
    row(
        "Structured clinical data",
        d.hasStructuredData() == null ? null : d.hasStructuredData() ? "Yes" : "No");
    texts("Population coverage", d.texts(TextProperty.POPULATION_COVERAGE));
    end();
  }

  private void imaging() {
    start("imaging", "Imaging");
    codes("Modalities", CodedProperty.MODALITY);
    codes("Body parts", CodedProperty.BODY_PART);
    codes("Manufacturers", CodedProperty.MANUFACTURER);
    row("Segmented studies", number(d.segmentationCount()));
    codes("Segmented structures", CodedProperty.SEGMENTATION_LABEL);
    codes("Segmentation methods", CodedProperty.SEGMENTATION_METHOD);
    end();
  }

  private void access() {
    start("access", "Access & use");
    row("Access rights", AccessTerms.rights(record));
    link("Licence", d.licence());
    codes("Data-use conditions", CodedProperty.DATA_USE);
    codes("Purposes", CodedProperty.PURPOSE);
    codes("Legal bases", CodedProperty.LEGAL_BASIS);
    codes("Applicable legislation", CodedProperty.APPLICABLE_LEGISLATION);
    end();
  }

  private void contacts() {
    start("contacts", "Contacts & governance");
    agents("Publisher", AgentRole.PUBLISHER);
    agents("Contact points", AgentRole.CONTACT_POINT);
    agents("Custodian", AgentRole.CUSTODIAN);
    agents("Health data access body", AgentRole.HEALTH_DATA_ACCESS_BODY);
    agents("Creators", AgentRole.CREATOR);
    end();
  }

  private void provenance() {
    start("provenance", "Provenance");
    texts("Provenance", d.texts(TextProperty.PROVENANCE));
    row("Listed at the hub", LandingHtml.day(record.createdAt()));
    row("Last revised at the hub", LandingHtml.day(record.updatedAt()));
    end();
  }

  private void start(String id, String title) {
    html.open(
            "section",
            "class",
            "card detail-section",
            "id",
            "section-" + id,
            "aria-labelledby",
            "section-" + id + "-title")
        .element("h2", title, "id", "section-" + id + "-title")
        .open("dl", "class", "fields");
  }

  private void end() {
    html.close().close();
  }

  private void row(String label, String value) {
    if (value != null && !value.isBlank()) {
      html.open("div", "class", "row").element("dt", label).element("dd", value).close();
    }
  }

  private void link(String label, String url) {
    if (url == null || url.isBlank()) {
      return;
    }
    html.open("div", "class", "row").element("dt", label).open("dd");
    if (LandingHtml.isWebAddress(url)) {
      html.element("a", url, "href", url, "rel", "noopener noreferrer");
    } else {
      html.text(url);
    }
    html.close().close();
  }

  private void codes(String label, CodedProperty property) {
    texts(label, d.codes(property).stream().map(record::label).toList());
  }

  private void texts(String label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    html.open("div", "class", "row").element("dt", label).open("dd");
    if (values.size() == 1) {
      html.text(values.get(0));
    } else {
      html.open("ul", "class", "plain-list");
      values.forEach(v -> html.element("li", v));
      html.close();
    }
    html.close().close();
  }

  private void agents(String label, AgentRole role) {
    List<Agent> agents = d.agents(role);
    if (agents.isEmpty()) {
      return;
    }
    html.open("div", "class", "row")
        .element("dt", label)
        .open("dd")
        .open("ul", "class", "plain-list agents");
    for (Agent a : agents) {
      html.open("li").element("strong", a.name());
      if (a.email() != null) {
        html.open("div").element("a", a.email(), "href", "mailto:" + a.email()).close();
      }
      if (a.url() != null && LandingHtml.isWebAddress(a.url())) {
        html.open("div")
            .element("a", a.url(), "href", a.url(), "rel", "noopener noreferrer")
            .close();
      }
      html.close();
    }
    html.close().close().close();
  }

  private void identifiers() {
    texts(
        "Identifiers",
        d.identifiers().stream()
            .map(i -> i.scheme() == null ? i.notation() : i.notation() + " (" + scheme(i) + ")")
            .toList());
  }

  private static String scheme(Identifier i) {
    String s = i.scheme();
    int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
    return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : s;
  }

  private String period() {
    if (d.acquisitionStart() == null && d.acquisitionEnd() == null) {
      return null;
    }
    return (d.acquisitionStart() == null ? "…" : d.acquisitionStart().toString())
        + " to "
        + (d.acquisitionEnd() == null ? "…" : d.acquisitionEnd().toString());
  }

  private String ages() {
    Integer min = d.minTypicalAge();
    Integer max = d.maxTypicalAge();
    if (min == null && max == null) {
      return null;
    }
    if (min == null) {
      return "up to " + max + " years";
    }
    return max == null ? min + " years and older" : min + " to " + max + " years";
  }

  private static String date(RecordDate date) {
    return date == null ? null : date.text();
  }

  private static String number(Integer value) {
    return value == null ? null : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
  }
}
