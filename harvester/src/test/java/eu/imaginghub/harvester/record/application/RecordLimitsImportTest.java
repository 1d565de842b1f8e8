package eu.imaginghub.harvester.record.application;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Records read from RDF meet the same limits as JSON records, named by their JSON field. */
class RecordLimitsImportTest {

  private static final String NAME = "eucaim-complete.ttl";
  private final DcatDocumentImport dcat = new DcatDocumentImport();

  @Test
  void aRecordWithTooManyKeywordsIsRefusedNamingTheField() {
    StringBuilder keywords = new StringBuilder();
    for (int i = 0; i < 8000; i++) {
      keywords.append(", \"keyword ").append(i).append("\"@en");
    }
    HarvestedRecord record = read("\"MRI\"@en", "\"MRI\"@en" + keywords);

    assertThat(record.accepted()).isFalse();
    assertThat(record.violations())
        .extracting(Finding::path, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "http://www.w3.org/ns/dcat#keyword", "keywords has more than 100 values"));
  }

  @Test
  void aCountBeyondAnIntegerIsOutOfRangeNotNegative() {
    HarvestedRecord record =
        read("healthdcatap:minTypicalAge 45", "healthdcatap:minTypicalAge 2147483648");

    assertThat(record.accepted()).isFalse();
    assertThat(record.violations())
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("out of range"))
        .noneSatisfy(m -> assertThat(m).contains("negative"));
  }

  @Test
  void aControlCharacterInTheTitleIsRefused() {
    HarvestedRecord record = read("Prostate MRI cohort", "Prostate \\u0007MRI cohort");

    assertThat(record.accepted()).isFalse();
    assertThat(record.violations())
        .extracting(Finding::message)
        .containsExactly("title contains the control character U+0007");
  }

  private HarvestedRecord read(String text, String replacement) {
    String turtle = new String(Fixtures.bytes(NAME), StandardCharsets.UTF_8);
    assertThat(turtle).contains(text);
    byte[] changed = turtle.replace(text, replacement).getBytes(StandardCharsets.UTF_8);
    return dcat.read(changed, "text/turtle", Fixtures.base(NAME)).records().get(0);
  }
}
