package eu.imaginghub.harvester.record.infrastructure;

import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.Severity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;

/** Validation findings as a JSON array, the form they are stored in with a record's provenance. */
@ApplicationScoped
public class FindingsJson {

  // Json.createX looks the provider up on every call, which costs more than the JSON itself
  private static final JsonProvider JSON = JsonProvider.provider();

  public String write(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "[]";
    }
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Finding f : findings) {
      JsonObjectBuilder o = JSON.createObjectBuilder().add("severity", f.severity().name());
      if (f.focus() != null) {
        o.add("focus", f.focus());
      }
      if (f.path() != null) {
        o.add("path", f.path());
      }
      array.add(o.add("message", f.message()));
    }
    return array.build().toString();
  }

  public List<Finding> read(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      return reader.readArray().getValuesAs(JsonObject.class).stream()
          .map(
              o ->
                  new Finding(
                      Severity.valueOf(o.getString("severity")),
                      o.getString("focus", null),
                      o.getString("path", null),
                      o.getString("message")))
          .toList();
    }
  }
}
