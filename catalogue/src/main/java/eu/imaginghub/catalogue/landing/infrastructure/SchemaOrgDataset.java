package eu.imaginghub.catalogue.landing.infrastructure;

import eu.imaginghub.catalogue.dataset.domain.Agent;
import eu.imaginghub.catalogue.dataset.domain.AgentRole;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.landing.application.AccessTerms;
import eu.imaginghub.catalogue.landing.application.DcatForm;
import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingUrls;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The schema.org {@code Dataset} a landing page embeds for search engines and FAIR assessors. The
 * context is inline ({@code @vocab} schema.org), so a JSON-LD processor reads it offline; the node
 * of the dataset is the DOI when there is one, else the page.
 */
public final class SchemaOrgDataset {

  // one factory: looking the JSON provider up on every builder would cost each page a service scan
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

  private static final String CONTEXT_VOCAB = "https://schema.org/";

  private SchemaOrgDataset() {}

  public static JsonObject of(LandingRecord r, LandingUrls urls) {
    DatasetDescription d = r.description();
    String page = urls.page(r);
    String id = r.doiUrl().orElse(page);
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("@context", JSON.createObjectBuilder().add("@vocab", CONTEXT_VOCAB))
            .add("@type", "Dataset")
            .add("@id", id)
            .add("identifier", id)
            .add("name", d.title())
            .add("description", d.description() == null ? d.title() : d.description())
            .add("url", page)
            .add("version", Integer.toString(r.version()))
            .add("creator", agents(creators(r)))
            .add("publisher", organisation(r.publisherName()))
            .add("provider", organisation(r.nodeName()))
            .add("keywords", strings(d.keywordsIn("en")))
            .add("distribution", distributions(r, urls))
            .add("isAccessibleForFree", AccessTerms.freelyAccessible(r))
            .add("conditionsOfAccess", AccessTerms.inWords(r))
            .add("includedInDataCatalog", catalogue(urls));
    optional(json, "license", d.licence());
    optional(json, "datePublished", date(d.issued(), r));
    optional(json, "dateModified", d.modified() != null ? d.modified().text() : null);
    if (r.isInvalidated()) {
      json.add("creativeWorkStatus", "Invalidated: " + r.tombstone().reason());
    }
    return json.build();
  }

  private static List<Agent> creators(LandingRecord r) {
    List<Agent> creators = r.description().agents(AgentRole.CREATOR);
    return creators.isEmpty() ? List.of(new Agent(r.publisherName(), null, null, null)) : creators;
  }

  private static JsonArrayBuilder agents(List<Agent> agents) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Agent a : agents) {
      boolean person = a.typeIri() != null && a.typeIri().endsWith("Person");
      JsonObjectBuilder agent =
          JSON.createObjectBuilder().add("@type", person ? "Person" : "Organization");
      optional(agent, "name", a.name());
      optional(agent, "email", a.email());
      optional(agent, "url", a.url());
      array.add(agent);
    }
    return array;
  }

  private static JsonObjectBuilder organisation(String name) {
    return JSON.createObjectBuilder().add("@type", "Organization").add("name", name);
  }

  private static JsonArrayBuilder distributions(LandingRecord r, LandingUrls urls) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (DcatForm form : DcatForm.values()) {
      array.add(
          JSON.createObjectBuilder()
              .add("@type", "DataDownload")
              .add("name", "DCAT-AP record (" + form.title() + ")")
              .add("encodingFormat", form.mediaType())
              .add("contentUrl", urls.dcat(r.id(), form.parameter())));
    }
    return array;
  }

  private static JsonObjectBuilder catalogue(LandingUrls urls) {
    return JSON.createObjectBuilder()
        .add("@type", "DataCatalog")
        .add("name", "Imaging Hub")
        .add("url", urls.catalogue());
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  /** The record's issue date, else the day the hub first listed the version. */
  private static String date(RecordDate issued, LandingRecord r) {
    return issued != null ? issued.text() : r.createdAt().toString().substring(0, 10);
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null && !value.isBlank()) {
      json.add(name, value);
    }
  }
}
