package eu.imaginghub.harvester.source.domain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.harvester.fetch.domain.FetchRequest;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When a source is pulled on its schedule, and what its next fetch asks for. */
class HarvestSourcePullTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final String URL = "https://n.example/catalog";

  @Test
  void aSourceJustSavedIsNotDueUntilItsIntervalHasPassedSinceItWasRegistered() {
    HarvestSource hourly = source(SourceFormat.AUTO, 60, true);
    assertThat(hourly.isDue(Optional.empty(), NOW)).isFalse();
    assertThat(hourly.isDue(Optional.empty(), NOW.plusSeconds(3599))).isFalse();
    assertThat(hourly.isDue(Optional.empty(), NOW.plusSeconds(3600))).isTrue();
  }

  @Test
  void aSourceNeverPulledAndEnabledLaterCountsItsIntervalFromThen() {
    HarvestSource source = source(SourceFormat.AUTO, 60, false);
    Instant enabled = NOW.plusSeconds(86_400);
    source.configure(URL, SourceFormat.TURTLE, 60, true, enabled);
    assertThat(source.isDue(Optional.empty(), enabled)).isFalse();
    assertThat(source.isDue(Optional.empty(), enabled.plusSeconds(3600))).isTrue();
  }

  @Test
  void savingASourceAlreadyPulledKeepsItsScheduleFromTheLastPull() {
    HarvestSource source = source(SourceFormat.AUTO, 60, true);
    source.configure(URL, SourceFormat.TURTLE, 60, true, NOW);
    assertThat(source.isDue(Optional.of(NOW.minusSeconds(3600)), NOW)).isTrue();
  }

  @Test
  void aSourceIsDueExactlyOnceItsIntervalHasPassedSinceItsLastPullStarted() {
    HarvestSource hourly = source(SourceFormat.AUTO, 60, true);
    assertThat(hourly.isDue(Optional.of(NOW.minusSeconds(3599)), NOW)).isFalse();
    assertThat(hourly.isDue(Optional.of(NOW.minusSeconds(3600)), NOW)).isTrue();
    assertThat(hourly.isDue(Optional.of(NOW.minusSeconds(7200)), NOW)).isTrue();
  }

  @Test
  void aDisabledSourceIsNeverDue() {
    HarvestSource off = source(SourceFormat.AUTO, 1, false);
    assertThat(off.isDue(Optional.empty(), NOW)).isFalse();
    assertThat(off.isDue(Optional.of(NOW.minusSeconds(86_400)), NOW)).isFalse();
  }

  @Test
  void theNextFetchReadsEachFormatInItsOwnSyntax() {
    Map<SourceFormat, eu.imaginghub.harvester.fetch.domain.SourceFormat> expected =
        Map.of(
            SourceFormat.AUTO, eu.imaginghub.harvester.fetch.domain.SourceFormat.AUTO,
            SourceFormat.TURTLE, eu.imaginghub.harvester.fetch.domain.SourceFormat.TURTLE,
            SourceFormat.RDFXML, eu.imaginghub.harvester.fetch.domain.SourceFormat.RDF_XML,
            SourceFormat.JSONLD, eu.imaginghub.harvester.fetch.domain.SourceFormat.JSON_LD,
            SourceFormat.NTRIPLES, eu.imaginghub.harvester.fetch.domain.SourceFormat.N_TRIPLES,
            SourceFormat.JSON, eu.imaginghub.harvester.fetch.domain.SourceFormat.JSON);
    assertThat(expected).hasSize(SourceFormat.values().length);
    expected.forEach(
        (format, read) ->
            assertThat(source(format, 60, true).nextFetch().format()).isEqualTo(read));
  }

  @Test
  void theNextFetchIsConditionalOnTheLastOnesValidators() {
    HarvestSource source = source(SourceFormat.TURTLE, 60, true);
    assertThat(source.nextFetch())
        .isEqualTo(
            new FetchRequest(
                URI.create(URL),
                eu.imaginghub.harvester.fetch.domain.SourceFormat.TURTLE,
                null,
                null));

    source.fetched("\"v2\"", "Tue, 24 Nov 2026 09:00:00 GMT", NOW);
    FetchRequest next = source.nextFetch();
    assertThat(next.etag()).isEqualTo("\"v2\"");
    assertThat(next.lastModified()).isEqualTo("Tue, 24 Nov 2026 09:00:00 GMT");
    assertThat(next.known()).isEmpty();
  }

  private static HarvestSource source(SourceFormat format, int minutes, boolean enabled) {
    return new HarvestSource("es-node", URL, format, minutes, enabled, NOW);
  }
}
