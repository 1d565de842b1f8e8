package eu.imaginghub.catalogue.publication.fake;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** The depositions the fake holds and what the deposit API does to them. */
final class FakeDepositions {

  /** An answer of the API: its status and JSON body. */
  record Answer(int status, JsonStructure body) {}

  private final Map<Long, FakeDeposition> byId = new TreeMap<>();
  private final AtomicLong ids = new AtomicLong(100);
  private final FakeMetadataRules rules;

  FakeDepositions(FakeMetadataRules rules) {
    this.rules = rules;
  }

  synchronized Answer create(JsonObject body, String base) {
    JsonObject metadata = metadataOf(body);
    if (!metadata.isEmpty()) {
      Optional<Answer> invalid = validate(metadata);
      if (invalid.isPresent()) {
        return invalid.get();
      }
    }
    long concept = ids.incrementAndGet();
    FakeDeposition d = new FakeDeposition(ids.incrementAndGet(), concept, metadata);
    byId.put(d.id, d);
    return new Answer(201, d.json(base));
  }

  synchronized Answer read(long id, String base) {
    return find(id).map(d -> new Answer(200, d.json(base))).orElseGet(FakeDepositions::notFound);
  }

  /** Depositions whose metadata contains the query's words (quotes and field names aside). */
  synchronized Answer search(String q, String base) {
    String needle = q == null ? "" : q.replaceFirst("^[a-z_.]+:", "").replace("\"", "").strip();
    JsonArrayBuilder hits = Json.createArrayBuilder();
    byId.values().stream()
        .filter(d -> d.metadata.toString().contains(needle))
        .forEach(d -> hits.add(d.json(base)));
    return new Answer(200, hits.build());
  }

  synchronized Answer update(long id, JsonObject body, String base) {
    Optional<FakeDeposition> found = find(id);
    if (found.isEmpty()) {
      return notFound();
    }
    FakeDeposition d = found.get();
    if (!d.editable()) {
      return error(400, "Deposition is not editable: open it with the edit action first.");
    }
    JsonObject metadata = metadataOf(body);
    Optional<Answer> invalid = validate(metadata);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    d.metadata = metadata;
    return new Answer(200, d.json(base));
  }

  synchronized Answer upload(String bucket, String name, byte[] content) {
    Optional<FakeDeposition> found =
        byId.values().stream().filter(d -> d.bucket().equals(bucket)).findFirst();
    if (found.isEmpty()) {
      return notFound();
    }
    if (found.get().submitted) {
      return error(400, "Files of a published record cannot change.");
    }
    found.get().files.put(name, content);
    return new Answer(
        201,
        Json.createObjectBuilder()
            .add("key", name)
            .add("size", content.length)
            .add("mimetype", "application/octet-stream")
            .build());
  }

  synchronized Answer publish(long id, String base) {
    Optional<FakeDeposition> found = find(id);
    if (found.isEmpty()) {
      return notFound();
    }
    FakeDeposition d = found.get();
    if (!d.editable()) {
      return error(400, "Deposition is already published.");
    }
    if (d.files.isEmpty()) {
      return problems(
          List.of(new FakeMetadataRules.Problem("files", "Minimum one file must be provided.")));
    }
    Optional<Answer> invalid = validate(d.metadata);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    d.submitted = true;
    d.editing = false;
    byId.values().stream()
        .filter(o -> o.conceptId == d.conceptId)
        .forEach(o -> o.latestDraft = null);
    return new Answer(202, d.json(base));
  }

  synchronized Answer edit(long id, String base) {
    Optional<FakeDeposition> found = find(id);
    if (found.isEmpty()) {
      return notFound();
    }
    if (!found.get().submitted) {
      return error(400, "Deposition is not published: a draft is edited as it is.");
    }
    found.get().editing = true;
    return new Answer(201, found.get().json(base));
  }

  /**
   * A new version of a published record: a draft with the metadata and files of the record, under
   * the same concept; while such a draft exists, asking again gives the same draft.
   */
  synchronized Answer newVersion(long id, String base) {
    Optional<FakeDeposition> found = find(id);
    if (found.isEmpty()) {
      return notFound();
    }
    FakeDeposition record = found.get();
    if (!record.submitted) {
      return error(400, "Only a published record can have a new version.");
    }
    Optional<FakeDeposition> draft =
        byId.values().stream()
            .filter(o -> o.conceptId == record.conceptId && !o.submitted)
            .findFirst();
    FakeDeposition next =
        draft.orElseGet(
            () -> {
              FakeDeposition d =
                  new FakeDeposition(ids.incrementAndGet(), record.conceptId, record.metadata);
              d.files.putAll(record.files);
              byId.put(d.id, d);
              return d;
            });
    byId.values().stream()
        .filter(o -> o.conceptId == record.conceptId)
        .forEach(o -> o.latestDraft = next.id);
    return new Answer(201, record.json(base));
  }

  synchronized List<FakeDeposition> all() {
    return List.copyOf(byId.values());
  }

  private Optional<FakeDeposition> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  private Optional<Answer> validate(JsonObject metadata) {
    List<FakeMetadataRules.Problem> found = rules.check(metadata);
    return found.isEmpty() ? Optional.empty() : Optional.of(problems(found));
  }

  private static JsonObject metadataOf(JsonObject body) {
    JsonObject metadata = body == null ? null : body.getJsonObject("metadata");
    if (metadata == null) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    // the reservation is a request, not metadata to keep
    return Json.createObjectBuilder(metadata).remove("prereserve_doi").build();
  }

  static Answer problems(List<FakeMetadataRules.Problem> problems) {
    JsonArrayBuilder errors = Json.createArrayBuilder();
    problems.forEach(
        p ->
            errors.add(
                Json.createObjectBuilder().add("field", p.field()).add("message", p.message())));
    return new Answer(
        400,
        Json.createObjectBuilder()
            .add("status", 400)
            .add("message", "Validation error.")
            .add("errors", errors)
            .build());
  }

  static Answer error(int status, String message) {
    return new Answer(
        status, Json.createObjectBuilder().add("status", status).add("message", message).build());
  }

  static Answer notFound() {
    return error(404, "PID does not exist.");
  }
}
