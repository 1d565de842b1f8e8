package eu.imaginghub.harvester.fetch.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubJsonReaderTest {

  @Test
  void readsAnArrayOfRecords() {
    List<JsonRecord> records =
        read("[{\"localId\":\"a\"}, {\"localId\":\" b \"}]", "application/json");

    assertThat(records).extracting(JsonRecord::localId).containsExactly("a", "b");
  }

  @Test
  void refusesContentAfterTheJsonValueRatherThanIgnoringIt() {
    assertThatThrownBy(() -> read("{\"localId\":\"a\"}]}", "application/json"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.getMessage()).startsWith("not valid JSON: ");
              assertThat(e.line()).isEqualTo(1);
            });
    assertThatThrownBy(
            () -> read("{\"localId\":\"a\"}\n{\"localId\":\"b\"} {}\n", HubJsonReader.NDJSON))
        .isInstanceOfSatisfying(RecordParseException.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void refusesADocumentWithoutAValue() {
    assertThatThrownBy(() -> read("  ", "application/json"))
        .isInstanceOf(RecordParseException.class)
        .hasMessageStartingWith("not valid JSON: ");
  }

  private static List<JsonRecord> read(String text, String mediaType) {
    return HubJsonReader.records(text.getBytes(StandardCharsets.UTF_8), mediaType, true)
        .orElseThrow();
  }
}
