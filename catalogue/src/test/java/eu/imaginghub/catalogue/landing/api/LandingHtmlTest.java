package eu.imaginghub.catalogue.landing.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.landing.application.LandingRecord;
import eu.imaginghub.catalogue.landing.application.LandingRecords;
import org.junit.jupiter.api.Test;

class LandingHtmlTest {

  @Test
  void showsTheMetadataInWordsWithCitationTagsAndDownloads() {
    LandingRecord record = LandingRecords.current();
    String html = LandingHtml.page(record, LandingRecords.URLS);

    assertThat(html)
        .startsWith("<!doctype html>\n<html lang=\"en\">")
        .contains("<h1 id=\"dataset-title\">Lung CT cohort</h1>")
        .contains("<meta name=\"citation_title\" content=\"Lung CT cohort\">")
        .contains("<meta name=\"citation_author\" content=\"Jane Doe\">")
        .contains("<meta name=\"citation_doi\" content=\"10.5072/zenodo.2\">")
        .contains("<link rel=\"cite-as\" href=\"https://doi.org/10.5072/zenodo.2\">")
        .contains("<dt>Modalities</dt><dd>Computed tomography</dd>")
        .contains("<dt>Data-use conditions</dt><dd>General research use</dd>")
        .contains("href=\"https://hub.example.org/#/requests/new?datasets=" + record.id() + "\"")
        .contains("DCAT-AP as RDF/XML")
        .contains("<script type=\"application/ld+json\">")
        .doesNotContain("style=")
        .doesNotContain("id=\"superseded\"")
        .doesNotContain("id=\"tombstone\"");
  }

  @Test
  void escapesWhatTheRecordSays() {
    var description =
        LandingRecords.description("<img src=x onerror=alert(1)>").toBuilder()
            .translations(null)
            .build();
    String html =
        LandingHtml.page(LandingRecords.record(description, 2, null, null), LandingRecords.URLS);

    assertThat(html)
        .doesNotContain("<img")
        .contains("<h1 id=\"dataset-title\">&lt;img src=x onerror=alert(1)&gt;</h1>")
        .contains("\"name\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"");
  }

  @Test
  void anOlderVersionLinksForwardAndAnInvalidatedOneIsATombstone() {
    LandingRecord old =
        LandingRecords.record(
            LandingRecords.description("Lung CT cohort"),
            1,
            "10.5072/zenodo.1",
            new LandingRecord.Tombstone(
                LandingRecords.REVISED, "Olga Operator", "consent withdrawn"));
    String html = LandingHtml.page(old, LandingRecords.URLS);

    assertThat(html)
        .contains(
            "This is version 1, superseded on 4 March 2025 by <a href=\""
                + LandingRecords.URLS.page(old.id())
                + "\">version 2</a>")
        .contains("<h2 id=\"tombstone-title\">This dataset was invalidated</h2>")
        .contains("Invalidated on 4 March 2025 by Olga Operator. Reason: consent withdrawn")
        .contains("id=\"citation-text\"")
        .doesNotContain("id=\"request-access\"");
  }

  @Test
  void theFirstOfThreeVersionsLinksToTheNextAndToTheCurrentOne() {
    LandingRecord second = LandingRecords.current();
    LandingRecord first =
        new LandingRecord(
            second.id(),
            second.nodeId(),
            second.nodeName(),
            second.country(),
            second.status(),
            second.description(),
            1,
            3,
            null,
            LandingRecords.LISTED,
            LandingRecords.REVISED,
            LandingRecords.REVISED,
            null,
            second.versions(),
            second.labels());
    String page = LandingRecords.URLS.page(first.id());

    assertThat(LandingHtml.page(first, LandingRecords.URLS))
        .contains(
            "by <a href=\""
                + page
                + "/versions/2\">version 2</a>. The current version is <a href=\""
                + page
                + "\" id=\"current-version-link\">version 3</a>.");
  }
}
