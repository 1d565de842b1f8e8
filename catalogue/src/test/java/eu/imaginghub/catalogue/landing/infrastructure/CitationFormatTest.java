package eu.imaginghub.catalogue.landing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.landing.application.Citation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationFormatTest {

  private static final Citation CITATION =
      new Citation(
          "0b1c2d3e-0000-4000-8000-000000000001",
          List.of("Jane Doe", "Lung Imaging Group", "Ana Pérez"),
          2020,
          "Lung CT cohort",
          2,
          "Valencia Hospital",
          "10.5072/zenodo.2",
          "https://hub.example.org/datasets/0b1c2d3e-0000-4000-8000-000000000001");

  @Test
  void textFollowsTheDataCiteRecommendation() {
    assertThat(CitationFormat.TEXT.write(CITATION))
        .isEqualTo(
            "Jane Doe, Lung Imaging Group, & Ana Pérez (2020). Lung CT cohort (Version 2) [Data"
                + " set]. Valencia Hospital. https://doi.org/10.5072/zenodo.2");
  }

  @Test
  void bibtexBracesEachNameAndEscapesTex() {
    Citation tricky =
        new Citation(
            "x-1",
            List.of("R&D {Lab}"),
            2021,
            "50% of 100_cases #1",
            1,
            "A$B",
            null,
            "https://h/datasets/x-1");

    assertThat(CitationFormat.BIBTEX.write(tricky))
        .isEqualTo(
            "@misc{rd2021_x1_v1,\n"
                + "  author = {{R\\&D \\{Lab\\}}},\n"
                + "  title = {{50\\% of 100\\_cases \\#1}},\n"
                + "  year = {2021},\n"
                + "  version = {1},\n"
                + "  publisher = {A\\$B},\n"
                + "  howpublished = {Data set},\n"
                + "  url = {https://h/datasets/x-1},\n"
                + "}\n");
  }

  @Test
  void bibtexCarriesTheDoi() {
    assertThat(CitationFormat.BIBTEX.write(CITATION))
        .startsWith(
            "@misc{jane2020_0b1c2d3e_v2,\n  author = {{Jane Doe} and {Lung Imaging Group} and {Ana Pérez}},")
        .contains("  doi = {10.5072/zenodo.2},\n")
        .contains("  url = {https://doi.org/10.5072/zenodo.2},\n");
  }

  @Test
  void risIsTypedDataWithOneAuthorLineEach() {
    assertThat(CitationFormat.RIS.write(CITATION))
        .isEqualTo(
            "TY  - DATA\r\nAU  - Jane Doe\r\nAU  - Lung Imaging Group\r\nAU  - Ana Pérez\r\n"
                + "TI  - Lung CT cohort\r\nPY  - 2020\r\nET  - 2\r\nPB  - Valencia Hospital\r\n"
                + "DO  - 10.5072/zenodo.2\r\nUR  - https://doi.org/10.5072/zenodo.2\r\nER  - \r\n");
  }

  @Test
  void risKeepsEachValueOnItsLine() {
    Citation multiline =
        new Citation("x", List.of("A\nER  - B"), 2021, "T\r\nTY  - X", 1, "P", null, "https://h/x");

    assertThat(CitationFormat.RIS.write(multiline).split("\r\n"))
        .containsExactly(
            "TY  - DATA",
            "AU  - A ER - B",
            "TI  - T TY - X",
            "PY  - 2021",
            "ET  - 1",
            "PB  - P",
            "UR  - https://h/x",
            "ER  - ");
  }

  @Test
  void cslJsonIsOneDatasetItem() {
    JsonObject item =
        Json.createReader(new StringReader(CitationFormat.CSL_JSON.write(CITATION))).readObject();

    assertThat(item.getString("type")).isEqualTo("dataset");
    assertThat(item.getString("title")).isEqualTo("Lung CT cohort");
    assertThat(item.getString("DOI")).isEqualTo("10.5072/zenodo.2");
    assertThat(item.getString("version")).isEqualTo("2");
    assertThat(item.getJsonArray("author").getJsonObject(2).getString("literal"))
        .isEqualTo("Ana Pérez");
    assertThat(item.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).getInt(0))
        .isEqualTo(2020);
  }

  @Test
  void formatsAreFoundByNameAndMediaType() {
    assertThat(CitationFormat.ofParameter("csl-json")).contains(CitationFormat.CSL_JSON);
    assertThat(CitationFormat.ofMediaType("application/x-research-info-systems"))
        .contains(CitationFormat.RIS);
    assertThat(CitationFormat.ofParameter("docx")).isEmpty();
  }
}
