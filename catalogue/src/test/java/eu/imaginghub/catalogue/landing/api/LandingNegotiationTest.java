package eu.imaginghub.catalogue.landing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LandingNegotiationTest {

  private static final List<String> OFFERED =
      List.of("text/html", "application/x-bibtex", "text/turtle", "application/ld+json");

  @Test
  void browsersAndWildcardsGetThePage() {
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    assertThat(LandingNegotiation.choose(browser, OFFERED)).isEqualTo("text/html");
    assertThat(LandingNegotiation.choose("*/*", OFFERED)).isEqualTo("text/html");
    assertThat(LandingNegotiation.choose(null, OFFERED)).isEqualTo("text/html");
  }

  @Test
  void aNamedTypeWinsOverWildcardsAndQualityDecides() {
    assertThat(LandingNegotiation.choose("application/x-bibtex", OFFERED))
        .isEqualTo("application/x-bibtex");
    assertThat(LandingNegotiation.choose("text/turtle;q=0.5, application/ld+json", OFFERED))
        .isEqualTo("application/ld+json");
    assertThat(LandingNegotiation.choose("text/turtle, */*;q=0.1", OFFERED))
        .isEqualTo("text/turtle");
    assertThat(LandingNegotiation.choose("text/*;q=0.9, text/html;q=0", OFFERED))
        .isEqualTo("text/turtle");
  }

  @Test
  void nothingAcceptableFallsBackToThePage() {
    assertThat(LandingNegotiation.choose("image/png", OFFERED)).isEqualTo("text/html");
  }
}
