package eu.imaginghub.harvester.record.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.application.DcatDocumentImport;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a lenient parser would have guessed at fails the document, with the fault's position. */
class StrictParsingTest {

  private static final String BASE = "https://node.example.org/catalogue";
  private static final String PREFIXES =
      "@prefix dct: <http://purl.org/dc/terms/> .\n"
          + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

  private final RdfDocumentReader reader = new RdfDocumentReader();

  /** eucaim-complete.ttl cut right after a property's object, where Jena reads on to the end. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "dct:identifier \"prostate-mri-2024\"",
        "dcat:keyword \"prostate\"@en",
        "dcat:contactPoint [",
        "dct:title \"Prostate MRI cohort 2015-2020\"@en"
      })
  void turtleCutInsideAStatementFails(String cutAfter) {
    String complete = Fixtures.text("eucaim-complete.ttl");
    int at = complete.indexOf(cutAfter);
    assertThat(at).as(cutAfter).isPositive();
    String cut = complete.substring(0, at + cutAfter.length());

    assertThatThrownBy(() -> read(cut, "text/turtle"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.line()).isEqualTo(cut.lines().count());
              assertThat(e.column()).isPositive();
            });
  }

  @Test
  void aCutDocumentFailsAsTheParseProblemNotAsTheDatasetsItNames() {
    String cut =
        PREFIXES
            + "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n"
            + "<https://node.example.org/catalog> a dcat:Catalog ;\n"
            + "  dcat:dataset <https://no-such-host.invalid/dataset/1>";

    assertThatThrownBy(() -> new DcatDocumentImport().read(bytes(cut), "text/turtle", BASE))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.getMessage()).contains("DOT").doesNotContain("host");
              assertThat(e.line()).isEqualTo(5);
            });
  }

  @Test
  void anInvalidLanguageTagFailsAtItsPlace() {
    String turtle = PREFIXES + "<https://x.example/a> dct:title \"Prostate\"@e .\n";

    assertThatThrownBy(() -> read(turtle, "text/turtle"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("Language not valid: e");
              assertThat(e.line()).isEqualTo(3);
              assertThat(e.column()).isEqualTo(33);
            });
  }

  @Test
  void aLiteralNotValidForItsDatatypeFails() {
    String turtle = PREFIXES + "<https://x.example/a> dct:issued \"2024-13-45\"^^xsd:date .\n";

    assertThatThrownBy(() -> read(turtle, "text/turtle"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.getMessage()).contains("'2024-13-45'").contains("date");
              assertThat(e.line()).isEqualTo(3);
            });
  }

  @Test
  void aBadLiteralInJsonLdFailsToo() {
    String json =
        "{\"@id\": \"https://x.example/a\", \"http://purl.org/dc/terms/issued\":"
            + " {\"@value\": \"never\", \"@type\": \"http://www.w3.org/2001/XMLSchema#date\"}}";

    assertThatThrownBy(() -> read(json, "application/ld+json"))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("'never'");
  }

  @Test
  void anInvalidLanguageTagInJsonLdFailsAtItsPlace() {
    String json =
        "{\"@id\": \"https://x.example/a\",\n \"http://purl.org/dc/terms/title\":"
            + " {\"@value\": \"Pulmón\", \"@language\": \"e s\"}}";

    assertThatThrownBy(() -> read(json, "application/ld+json"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("JSON-LD error: Language not valid: e s");
              assertThat(e.line()).isEqualTo(2);
            });
  }

  @Test
  void aValidLanguageTagInJsonLdIsKept() {
    String json =
        "{\"@context\": {\"@language\": \"es\"}, \"@id\": \"https://x.example/a\","
            + " \"http://purl.org/dc/terms/title\": \"Pulmón\"}";

    assertThat(
            reader
                .read(bytes(json), "application/ld+json", BASE)
                .listStatements()
                .next()
                .getLanguage())
        .isEqualTo("es");
  }

  @Test
  void aRelativeIriFailsADocumentWithoutABaseAndResolvesInOneWithIt() {
    String turtle = PREFIXES + "<datasets/a> dct:title \"A\" .\n";

    assertThatThrownBy(() -> reader.read(bytes(turtle), "text/turtle", null))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("relative IRI <datasets/a>");
    assertThat(reader.read(bytes(turtle), "text/turtle", BASE).listSubjects().next().getURI())
        .isEqualTo("https://node.example.org/datasets/a");
  }

  @Test
  void turtleNestedTooDeeplyFailsAsAParseProblem() {
    String deep = deepTurtle(100_000);

    assertThatThrownBy(() -> read(deep, "text/turtle"))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("nested too deeply");
  }

  @Test
  void jsonLdNestedTooDeeplyFailsAsAParseProblem() {
    String deep = "{\"http://x.example/p\":".repeat(100_000) + "1" + "}".repeat(100_000);

    assertThatThrownBy(() -> read(deep, "application/ld+json"))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("nested");
  }

  @Test
  void documentsWithoutTriplesReadAsNoDatasets() {
    String prefixOnly = PREFIXES + "# nothing published today\n";
    String contextOnly = "{\"@context\": {\"dct\": \"http://purl.org/dc/terms/\"}}";
    DcatDocumentImport dcat = new DcatDocumentImport();

    assertThat(dcat.read(bytes(prefixOnly), "text/turtle", BASE).records()).isEmpty();
    assertThat(dcat.read(bytes(contextOnly), "application/ld+json", BASE).records()).isEmpty();
  }

  /** A Turtle document whose one statement nests blank nodes {@code depth} levels deep. */
  static String deepTurtle(int depth) {
    return PREFIXES
        + "<https://x.example/a> dct:relation "
        + "[ dct:relation ".repeat(depth)
        + "\"bottom\""
        + " ]".repeat(depth)
        + " .\n";
  }

  private void read(String content, String mediaType) {
    reader.read(bytes(content), mediaType, BASE);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
