package eu.imaginghub.harvester.push.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.fetch.infrastructure.HubJsonReader;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.domain.Finding;
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
}
