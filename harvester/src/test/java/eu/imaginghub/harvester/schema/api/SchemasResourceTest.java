package eu.imaginghub.harvester.schema.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.RecordLimits;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SchemasResourceTest {

  private final JsonObject schema = read(new SchemasResource().dataset());
  private final JsonObject properties = schema.getJsonObject("properties");

  @Test
  void documentsTheLimitsOfStringsAndCollections() {
    JsonObject keywords = properties.getJsonObject("keywords");
    assertThat(keywords.getInt("maxItems")).isEqualTo(RecordLimits.KEYWORDS);
    assertThat(keywords.getJsonObject("items").getInt("maxLength")).isEqualTo(RecordLimits.KEYWORD);
    assertThat(properties.getJsonObject("title").getInt("maxLength")).isEqualTo(RecordLimits.TITLE);
    assertThat(properties.getJsonObject("contactPoints").getInt("maxItems"))
        .isEqualTo(RecordLimits.AGENTS);
    JsonObject agent = schema.getJsonObject("$defs").getJsonObject("agent");
    assertThat(agent.getJsonObject("properties").getJsonObject("name").getInt("maxLength"))
        .isEqualTo(RecordLimits.NAME);
  }

  @Test
  void documentsTheRangeOfCounts() {
    JsonObject individuals = properties.getJsonObject("numberOfIndividuals");
    assertThat(individuals.getInt("minimum")).isZero();
    assertThat(individuals.getJsonNumber("maximum").longValue()).isEqualTo(Integer.MAX_VALUE);
    assertThat(properties.getJsonObject("revision").containsKey("maximum")).isFalse();
  }

  @Test
  void documentsEveryLimitTheRulesEnforce() {
    JsonObject defs = schema.getJsonObject("$defs");
    RecordLimits.strings()
        .forEach(
            (field, max) -> {
              int dot = field.indexOf('.');
              JsonObject property =
                  dot < 0
                      ? properties.getJsonObject(field)
                      : defs.getJsonObject(field.substring(0, dot))
                          .getJsonObject("properties")
                          .getJsonObject(field.substring(dot + 1));
              JsonObject limited =
                  property.containsKey("items") ? property.getJsonObject("items") : property;
              assertThat(limited.getInt("maxLength")).as(field).isEqualTo(max);
            });
    RecordLimits.collections()
        .forEach(
            (field, max) ->
                assertThat(properties.getJsonObject(field).getInt("maxItems"))
                    .as(field)
                    .isEqualTo(max));
  }

  private static JsonObject read(String json) {
    try (JsonReader reader = JsonProvider.provider().createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
