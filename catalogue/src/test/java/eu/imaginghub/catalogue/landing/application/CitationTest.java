package eu.imaginghub.catalogue.landing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {

  @Test
  void citesTheCreatorsTheIssueYearAndTheDoiOfTheVersion() {
    Citation c = Citation.of(LandingRecords.current(), LandingRecords.URLS);

    assertThat(c.creators()).containsExactly("Jane Doe", "Lung Imaging Group");
    assertThat(c.year()).isEqualTo(2020);
    assertThat(c.version()).isEqualTo(2);
    assertThat(c.publisher()).isEqualTo("Valencia Hospital");
    assertThat(c.link()).isEqualTo("https://doi.org/10.5072/zenodo.2");
    assertThat(c.url()).isEqualTo("https://hub.example.org/datasets/" + c.datasetId());
  }

  @Test
  void withoutCreatorsOrDoiCitesThePublisherAndTheVersionPage() {
    var description =
        LandingRecords.description("Brain MR").toBuilder()
            .agents(java.util.Map.of())
            .issued(null)
            .build();
    Citation c =
        Citation.of(LandingRecords.record(description, 1, null, null), LandingRecords.URLS);

    assertThat(c.creators()).isEqualTo(List.of("Valencia node"));
    assertThat(c.publisher()).isEqualTo("Valencia node");
    assertThat(c.year()).isEqualTo(2024);
    assertThat(c.link())
        .isEqualTo("https://hub.example.org/datasets/" + c.datasetId() + "/versions/1");
  }
}
