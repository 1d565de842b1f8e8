package eu.imaginghub.harvester.source.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HarvestSourceTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void aNewUrlForgetsTheValidatorsOfTheOldOne() {
    HarvestSource source =
        new HarvestSource("es-node", "https://n.example/catalog", SourceFormat.AUTO, 60, true, NOW);
    source.fetched("\"v1\"", "Tue, 24 Nov 2026 09:00:00 GMT", NOW);
    source.configure("https://n.example/catalog", SourceFormat.TURTLE, 30, true, NOW);
    assertThat(source.etag()).contains("\"v1\"");
    source.configure("https://n.example/other", SourceFormat.TURTLE, 30, false, NOW);
    assertThat(source.etag()).isEmpty();
    assertThat(source.lastModified()).isEmpty();
    assertThat(source.enabled()).isFalse();
  }

  @Test
  void onlyHttpAndAtLeastAMinute() {
    assertThatThrownBy(
            () ->
                new HarvestSource("es-node", "ftp://n.example/", SourceFormat.AUTO, 60, true, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new HarvestSource("es-node", "http://n.example/", SourceFormat.AUTO, 0, true, NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nothingLongerThanItsColumnIsKept() {
    String longUrl = "https://n.example/" + "x".repeat(2000);
    assertThatThrownBy(
            () -> new HarvestSource("es-node", longUrl, SourceFormat.AUTO, 60, true, NOW))
        .hasMessage("a harvest URL has at most 2000 characters");

    HarvestSource source =
        new HarvestSource("es-node", "https://n.example/catalog", SourceFormat.AUTO, 60, true, NOW);
    source.fetched("\"" + "e".repeat(600) + "\"", "x".repeat(101), NOW);
    assertThat(source.etag()).isEmpty();
    assertThat(source.lastModified()).isEmpty();
  }
}
