package eu.imaginghub.harvester.push.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.fetch.infrastructure.HubJsonReader;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonRecordReaderTest {

  private static final String PLAIN =
      "{\"localId\":\"ds-1\",\"title\":\"Lung CT\",\"description\":\"A cohort.\","
          + "\"distributions\":[{\"accessUrl\":\"https://n.example/request\"}]}";

  private final JsonRecordReader reader = reader();

  private static JsonRecordReader reader() {
    JsonRecordReader r = new JsonRecordReader();
    r.findings = new FindingsJson();
    return r;
  }

  private static JsonRecord json(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    return HubJsonReader.records(body, "application/json", true).orElseThrow().get(0);
  }

  @Test
  void aRecordWithoutStatusIsReleasedWithWhatTheProfileMisses() {
    PushedRecord r = reader.read(json(PLAIN));
    assertThat(r.accepted()).isTrue();
    assertThat(r.localId()).isEqualTo("ds-1");
    assertThat(r.status()).isEqualTo(LifecycleStatus.RELEASED);
    assertThat(r.warnings()).isNotEmpty().allSatisfy(w -> assertThat(w.isViolation()).isFalse());
    assertThat(new FindingsJson().read(r.received().warningsJson())).isEqualTo(r.warnings());
    assertThat(r.received().mediaType()).isEqualTo("application/json");
  }

  @Test
  void theHashIgnoresWhiteSpaceButNotContent() {
    String spaced = PLAIN.replace(",", " ,\n  ");
    String other = PLAIN.replace("Lung CT", "Lung CT 2");
    String hash = reader.read(json(PLAIN)).received().contentHash();
    assertThat(reader.read(json(spaced)).received().contentHash()).isEqualTo(hash);
    assertThat(reader.read(json(other)).received().contentHash()).isNotEqualTo(hash);
  }

  @Test
  void badFieldsAndAnExplicitStatusTheRecordDoesNotMeetRefuseIt() {
    PushedRecord bad = reader.read(json(PLAIN.replace("https://n.example/request", "nope")));
    assertThat(bad.accepted()).isFalse();
    assertThat(bad.violations()).extracting(Finding::path).contains("distributions[0].accessUrl");

    PushedRecord published = reader.read(json(PLAIN.replace("{", "{\"status\":\"PUBLISHED\",")));
    assertThat(published.accepted()).isFalse();
    assertThat(published.status()).isNull();

    PushedRecord notAnObject = reader.read(json("[1]"));
    assertThat(notAnObject.accepted()).isFalse();
    assertThat(notAnObject.localId()).isNull();
  }

  @Test
  void aNullInAnArrayIsRefusedByItself() {
    PushedRecord nothing = reader.read(json("[null]"));

    assertThat(nothing.accepted()).isFalse();
    assertThat(nothing.violations())
        .extracting(Finding::message)
        .containsExactly("body is null, not a dataset object");
  }

  @Test
  void countsBeyondAnIntegerAreRefusedNamingTheField() {
    PushedRecord huge = reader.read(json(PLAIN.replace("{", "{\"numberOfIndividuals\":1e30,")));

    assertThat(huge.accepted()).isFalse();
    assertThat(huge.violations()).extracting(Finding::path).containsExactly("numberOfIndividuals");
  }

  @Test
  void aDocumentThatHoldsNoRecordsIsNotRead() {
    byte[] nothing = "null".getBytes(StandardCharsets.UTF_8);
    byte[] deep = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    byte[] deepLine = ("{}\n" + "{\"a\":".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "{\"title\":\"Gr\u00e9goire\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> HubJsonReader.records(nothing, "application/json", true))
        .isInstanceOf(RecordParseException.class)
        .hasMessage("the document is null, not records");
    assertThatThrownBy(() -> HubJsonReader.records(deep, "application/json", true))
        .hasMessage("nests deeper than 64 levels");
    assertThatThrownBy(() -> HubJsonReader.records(deepLine, HubJsonReader.NDJSON, true))
        .isInstanceOfSatisfying(RecordParseException.class, e -> assertThat(e.line()).isEqualTo(2));
    assertThatThrownBy(() -> HubJsonReader.records(latin1, "application/json", true))
        .hasMessage("not valid UTF-8");
  }
}
