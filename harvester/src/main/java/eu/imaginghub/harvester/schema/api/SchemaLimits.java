package eu.imaginghub.harvester.schema.api;

import eu.imaginghub.catalogue.dataset.domain.RecordLimits;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * Writes the record limits into the JSON Schema as {@code maxLength}, {@code maxItems} and integer
 * ranges, taken from {@link RecordLimits} when the schema is served: the limits are defined once,
 * where they are enforced, and the schema cannot drift from them.
 */
final class SchemaLimits {

  private static final JsonProvider JSON = JsonProvider.provider();

  private SchemaLimits() {}

  static JsonObject apply(JsonObject schema) {
    JsonObjectBuilder result = JSON.createObjectBuilder(schema);
    result.add("properties", properties(schema.getJsonObject("properties"), ""));
    JsonObject defs = schema.getJsonObject("$defs");
    if (defs != null) {
      JsonObjectBuilder limited = JSON.createObjectBuilder(defs);
      defs.forEach(
          (name, def) -> {
            JsonObject properties = def.asJsonObject().getJsonObject("properties");
            if (properties != null) {
              limited.add(
                  name,
                  JSON.createObjectBuilder(def.asJsonObject())
                      .add("properties", properties(properties, name + ".")));
            }
          });
      result.add("$defs", limited);
    }
    return result.build();
  }

  private static JsonObject properties(JsonObject properties, String prefix) {
    JsonObjectBuilder result = JSON.createObjectBuilder(properties);
    Map<String, Integer> strings = RecordLimits.strings();
    Map<String, Integer> collections = RecordLimits.collections();
    properties.forEach(
        (name, value) -> {
          JsonObject property = value.asJsonObject();
          JsonObjectBuilder limited = JSON.createObjectBuilder(property);
          Integer length = strings.get(prefix + name);
          Integer items = prefix.isEmpty() ? collections.get(name) : null;
          if (items != null && allows(property, "array")) {
            limited.add("maxItems", items);
            JsonObject itemSchema = property.getJsonObject("items");
            if (length != null && itemSchema != null && allows(itemSchema, "string")) {
              limited.add("items", JSON.createObjectBuilder(itemSchema).add("maxLength", length));
            }
          } else if (length != null && allows(property, "string")) {
            limited.add("maxLength", length);
          } else if (allows(property, "integer") && !property.getBoolean("readOnly", false)) {
            limited.add("minimum", 0).add("maximum", Integer.MAX_VALUE);
          }
          result.add(name, limited);
        });
    return result.build();
  }

  /** Whether the schema's {@code type} (one name or a list of them) includes the type. */
  private static boolean allows(JsonObject schema, String type) {
    JsonValue declared = schema.get("type");
    if (declared instanceof JsonArray types) {
      return types.stream().anyMatch(t -> t.equals(JSON.createValue(type)));
    }
    return declared != null && declared.equals(JSON.createValue(type));
  }
}
