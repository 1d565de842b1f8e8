package eu.imaginghub.catalogue.publication.fake;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks Zenodo makes of a deposition's metadata, as far as the hub's metadata can break them:
 * the required fields, a name for every creator, a licence for open access, and communities that
 * exist. Each problem is one entry of the {@code errors} list of a 400 answer.
 */
final class FakeMetadataRules {

  /** A field and what is wrong with it, as Zenodo words it. */
  record Problem(String field, String message) {}

  private static final Set<String> UPLOAD_TYPES =
      Set.of(
          "publication",
          "poster",
          "presentation",
          "dataset",
          "image",
          "video",
          "software",
          "lesson",
          "physicalobject",
          "other");
  private static final Set<String> ACCESS_RIGHTS =
      Set.of("open", "embargoed", "restricted", "closed");

  private final Set<String> communities;

  FakeMetadataRules(Set<String> communities) {
    this.communities = Set.copyOf(communities);
  }

  List<Problem> check(JsonObject metadata) {
    List<Problem> problems = new ArrayList<>();
    String uploadType = text(metadata, "upload_type");
    if (uploadType == null || !UPLOAD_TYPES.contains(uploadType)) {
      problems.add(new Problem("metadata.upload_type", "Missing or invalid upload type."));
    }
    required(metadata, "title", "Missing data for required field.", problems);
    required(metadata, "description", "Missing data for required field.", problems);
    creators(metadata, problems);
    String access = text(metadata, "access_right");
    if (access == null || !ACCESS_RIGHTS.contains(access)) {
      problems.add(new Problem("metadata.access_right", "Missing or invalid access right."));
    } else if ("open".equals(access) && text(metadata, "license") == null) {
      problems.add(new Problem("metadata.license", "Required when access right is open."));
    } else if ("restricted".equals(access) && text(metadata, "access_conditions") == null) {
      problems.add(
          new Problem("metadata.access_conditions", "Required when access right is restricted."));
    }
    communities(metadata, problems);
    return problems;
  }

  private static void creators(JsonObject metadata, List<Problem> problems) {
    JsonValue creators = metadata.get("creators");
    if (creators == null
        || creators.getValueType() != JsonValue.ValueType.ARRAY
        || creators.asJsonArray().isEmpty()) {
      problems.add(new Problem("metadata.creators", "Missing data for required field."));
      return;
    }
    for (int i = 0; i < creators.asJsonArray().size(); i++) {
      JsonObject creator = creators.asJsonArray().getJsonObject(i);
      if (text(creator, "name") == null) {
        problems.add(
            new Problem("metadata.creators." + i + ".name", "Missing data for required field."));
      }
    }
  }

  private void communities(JsonObject metadata, List<Problem> problems) {
    JsonValue value = metadata.get("communities");
    if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
      return;
    }
    for (JsonValue c : value.asJsonArray()) {
      String id =
          c.getValueType() == JsonValue.ValueType.OBJECT
              ? text(c.asJsonObject(), "identifier")
              : null;
      if (id == null || !communities.contains(id)) {
        problems.add(
            new Problem("metadata.communities", "Provided community does not exist: " + id));
      }
    }
  }

  private static void required(
      JsonObject metadata, String field, String message, List<Problem> problems) {
    if (text(metadata, field) == null) {
      problems.add(new Problem("metadata." + field, message));
    }
  }

  static String text(JsonObject o, String field) {
    JsonValue v = o.get(field);
    if (v == null || v.getValueType() != JsonValue.ValueType.STRING) {
      return null;
    }
    String s = ((jakarta.json.JsonString) v).getString();
    return s.isBlank() ? null : s;
  }
}
