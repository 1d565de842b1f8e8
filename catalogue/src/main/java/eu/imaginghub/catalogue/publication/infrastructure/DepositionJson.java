package eu.imaginghub.catalogue.publication.infrastructure;

import eu.imaginghub.catalogue.publication.domain.Deposition;
import eu.imaginghub.catalogue.publication.domain.DepositionMetadata;
import eu.imaginghub.catalogue.publication.domain.ZenodoProblem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Translates between the hub's terms and the JSON of Zenodo's deposit API. */
final class DepositionJson {

  private DepositionJson() {}

  /** The body of a create or update request; a new deposition asks for a DOI to be reserved. */
  static JsonObject request(DepositionMetadata m, boolean reserveDoi) {
    JsonObjectBuilder metadata =
        Json.createObjectBuilder()
            .add("upload_type", "dataset")
            .add("title", m.title())
            .add("description", m.descriptionHtml())
            .add("creators", objects(m.creators(), "name"))
            .add("access_right", m.open() ? "open" : "restricted")
            .add("related_identifiers", related(m))
            .add("notes", m.notes());
    if (!m.keywords().isEmpty()) {
      metadata.add("keywords", Json.createArrayBuilder(m.keywords()));
    }
    if (m.licence() != null) {
      metadata.add("license", m.licence());
    }
    if (!m.open()) {
      metadata.add("access_conditions", m.accessConditions());
    }
    if (m.version() != null) {
      metadata.add("version", m.version());
    }
    if (!m.communities().isEmpty()) {
      metadata.add("communities", objects(m.communities(), "identifier"));
    }
    if (!m.grants().isEmpty()) {
      metadata.add("grants", objects(m.grants(), "id"));
    }
    if (reserveDoi) {
      metadata.add("prereserve_doi", true);
    }
    return Json.createObjectBuilder().add("metadata", metadata).build();
  }

  /** The landing page is the same dataset; the hub's DCAT-AP record describes it. */
  private static JsonArrayBuilder related(DepositionMetadata m) {
    return Json.createArrayBuilder()
        .add(relation(m.landingPage(), "isAlternateIdentifier"))
        .add(relation(m.landingPage().replace("/datasets/", "/api/datasets/"), "isDescribedBy"));
  }

  private static JsonObjectBuilder relation(String url, String relation) {
    return Json.createObjectBuilder()
        .add("identifier", url)
        .add("relation", relation)
        .add("resource_type", "dataset");
  }

  private static JsonArrayBuilder objects(List<String> values, String field) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(v -> array.add(Json.createObjectBuilder().add(field, v)));
    return array;
  }

  static Deposition deposition(JsonObject json) {
    JsonObject links = objectOr(json, "links");
    JsonObject metadata = objectOr(json, "metadata");
    String doi = text(json, "doi");
    if (doi == null) {
      doi = text(objectOr(metadata, "prereserve_doi"), "doi");
    }
    boolean published = json.getBoolean("submitted", false) && "done".equals(text(json, "state"));
    String latestDraft = text(links, "latest_draft");
    return new Deposition(
        json.getJsonNumber("id").longValue(),
        doi,
        text(json, "conceptdoi"),
        text(links, "bucket"),
        published,
        text(links, "record_html") != null ? text(links, "record_html") : text(links, "html"),
        latestDraft == null ? null : Long.parseLong(latestDraft.replaceAll(".*/", "")));
  }

  /** Zenodo's error body: a message, and for validation errors the refused fields. */
  static ZenodoProblem problem(int status, JsonObject body) {
    List<ZenodoProblem.Field> fields = new ArrayList<>();
    JsonValue errors = body.get("errors");
    if (errors != null && errors.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue e : errors.asJsonArray()) {
        if (e.getValueType() == JsonValue.ValueType.OBJECT) {
          JsonObject o = e.asJsonObject();
          fields.add(new ZenodoProblem.Field(text(o, "field"), messages(o)));
        }
      }
    }
    return new ZenodoProblem(status, text(body, "message"), fields);
  }

  /** A field's message, or its messages (Zenodo's newer API gives a list). */
  private static String messages(JsonObject error) {
    JsonValue value = error.get("messages");
    if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
      return String.join(
          " ", value.asJsonArray().stream().map(v -> v.toString().replace("\"", "")).toList());
    }
    return text(error, "message");
  }

  private static JsonObject objectOr(JsonObject json, String field) {
    JsonValue v = json.get(field);
    return v != null && v.getValueType() == JsonValue.ValueType.OBJECT
        ? v.asJsonObject()
        : JsonValue.EMPTY_JSON_OBJECT;
  }

  private static String text(JsonObject json, String field) {
    JsonValue v = json.get(field);
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      return null;
    }
    String s = json.getString(field);
    return s.isBlank() ? null : s;
  }
}
