package eu.imaginghub.catalogue.landing.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingRecords;
import org.junit.jupiter.api.Test;

class SignpostingTest {

  @Test
  void linksTheDoiTheDcatRecordsTheTypesAndTheLicence() {
    LandingRecord record = LandingRecords.current();
    String page = LandingRecords.URLS.page(record.id());

    assertThat(Signposting.header(record, LandingRecords.URLS).split(", "))
        .containsExactly(
            "<https://doi.org/10.5072/zenodo.2>; rel=\"cite-as\"",
            "<" + page + "?format=turtle>; rel=\"describedby\"; type=\"text/turtle\"",
            "<" + page + "?format=rdfxml>; rel=\"describedby\"; type=\"application/rdf+xml\"",
            "<" + page + "?format=jsonld>; rel=\"describedby\"; type=\"application/ld+json\"",
            "<https://schema.org/Dataset>; rel=\"type\"",
            "<https://schema.org/AboutPage>; rel=\"type\"",
            "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
  }

  @Test
  void anOlderVersionWithoutDoiIsCitedByItsPageAndDescribedByNothingNewer() {
    var description =
        LandingRecords.description("Lung CT cohort").toBuilder().licence("not a <url>").build();
    LandingRecord old = LandingRecords.record(description, 1, null, null);

    assertThat(Signposting.header(old, LandingRecords.URLS).split(", "))
        .containsExactly(
            "<" + LandingRecords.URLS.page(old.id(), 1) + ">; rel=\"cite-as\"",
            "<https://schema.org/Dataset>; rel=\"type\"",
            "<https://schema.org/AboutPage>; rel=\"type\"");
  }
}
