package eu.imaginghub.catalogue.publication.fake;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One deposition as the fake holds it: a draft until published, then a record whose metadata can be
 * edited and published again; its files sit in its bucket.
 */
final class FakeDeposition {

  static final String DOI_PREFIX = "10.5072/zenodo.";

  final long id;
  final long conceptId;
  final Map<String, byte[]> files = new LinkedHashMap<>();
  JsonObject metadata;
  boolean submitted;
  boolean editing;
  Long latestDraft;

  FakeDeposition(long id, long conceptId, JsonObject metadata) {
    this.id = id;
    this.conceptId = conceptId;
    this.metadata = metadata;
  }

  String doi() {
    return DOI_PREFIX + id;
  }

  String conceptDoi() {
    return DOI_PREFIX + conceptId;
  }

  String bucket() {
    return "bucket-" + id;
  }

  /** Whether its metadata may change now: a draft, or a record opened with {@code edit}. */
  boolean editable() {
    return !submitted || editing;
  }

  String state() {
    if (!submitted) {
      return "unsubmitted";
    }
    return editing ? "inprogress" : "done";
  }

  JsonObject json(String base) {
    String self = base + "/api/deposit/depositions/" + id;
    JsonObjectBuilder links =
        Json.createObjectBuilder()
            .add("self", self)
            .add("bucket", base + "/api/files/" + bucket())
            .add("publish", self + "/actions/publish")
            .add("edit", self + "/actions/edit")
            .add("newversion", self + "/actions/newversion")
            .add("html", base + "/deposit/" + id);
    if (submitted) {
      links.add("record_html", base + "/records/" + id).add("doi", "https://doi.org/" + doi());
    }
    if (latestDraft != null) {
      links.add("latest_draft", base + "/api/deposit/depositions/" + latestDraft);
    }
    return Json.createObjectBuilder()
        .add("id", id)
        .add("record_id", id)
        .add("conceptrecid", String.valueOf(conceptId))
        .add("doi", submitted ? doi() : "")
        .add("conceptdoi", conceptDoi())
        .add("state", state())
        .add("submitted", submitted)
        .add("metadata", withReservedDoi())
        .add("links", links)
        .add("files", filesJson())
        .build();
  }

  private JsonObject withReservedDoi() {
    return Json.createObjectBuilder(metadata)
        .add("prereserve_doi", Json.createObjectBuilder().add("doi", doi()).add("recid", id))
        .build();
  }

  private jakarta.json.JsonArray filesJson() {
    var array = Json.createArrayBuilder();
    files.forEach(
        (name, bytes) ->
            array.add(
                Json.createObjectBuilder().add("filename", name).add("filesize", bytes.length)));
    return array.build();
  }
}
