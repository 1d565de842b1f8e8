package eu.imaginghub.harvester.record.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.harvester.record.Fixtures;
import eu.imaginghub.harvester.record.domain.RecordParseException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RdfDocumentReaderTest {

  private final RdfDocumentReader reader = new RdfDocumentReader();

  @ParameterizedTest
  @CsvSource({
    "eucaim-complete,rdf",
    "eucaim-complete,jsonld",
    "eucaim-complete,nt",
    "dcat-ap-3-plain,rdf",
    "dcat-ap-3-plain,jsonld",
    "dcat-ap-3-plain,nt",
    "healthdcat-ap,rdf",
    "healthdcat-ap,jsonld",
    "healthdcat-ap,nt"
  })
  void everySyntaxReadsToTheSameGraphAsTurtle(String record, String extension) {
    Model turtle = read(record + ".ttl");
    Model other = read(record + "." + extension);

    assertThat(other.size()).isEqualTo(turtle.size()).isGreaterThan(10);
    assertThat(other.isIsomorphicWith(turtle)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "eucaim-complete.ttl,text/plain,TURTLE",
    "eucaim-complete.rdf,application/octet-stream,RDFXML",
    "eucaim-complete.jsonld,text/plain; charset=utf-8,JSONLD",
    "eucaim-complete.nt,application/octet-stream,TURTLE",
    "eucaim-complete.rdf,application/xml,RDFXML",
    "eucaim-complete.nt,,TURTLE"
  })
  void genericMediaTypesAreResolvedFromTheContent(String name, String type, String lang) {
    byte[] content = Fixtures.bytes(name);

    assertThat(RdfDocumentReader.syntax(type, content).getName())
        .isEqualTo(
            switch (lang) {
              case "TURTLE" -> Lang.TURTLE.getName();
              case "RDFXML" -> Lang.RDFXML.getName();
              default -> Lang.JSONLD.getName();
            });
    assertThat(reader.read(content, type, Fixtures.base(name)).isIsomorphicWith(read(name)))
        .isTrue();
  }

  @Test
  void malformedTurtleReportsLineAndColumn() {
    assertThatThrownBy(() -> read("malformed.ttl"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.line()).isEqualTo(8);
              assertThat(e.column()).isEqualTo(3);
              assertThat(e.getMessage()).contains("dcatx");
            });
  }

  @Test
  void externalEntitiesAreRefusedWithoutReadingTheFile() {
    assertThatThrownBy(() -> read("xxe.rdf"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.getMessage()).contains("DTD").doesNotContain("root:");
              // where the declaration ends, as the XML parser reports it
              assertThat(e.line()).isEqualTo(4);
            });
  }

  @Test
  void entityExpansionBombsAreRefused() {
    assertThatThrownBy(() -> read("billion-laughs.rdf"))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("document type declaration");
  }

  @Test
  void aDoctypeAfterCommentsAndProcessingInstructionsIsStillFound() {
    byte[] sneaky =
        ("\uFEFF<?xml version=\"1.0\"?>\n<!-- a comment -->\n<?pi x?>\n"
                + new String(Fixtures.bytes("xxe.rdf"), StandardCharsets.UTF_8)
                    .replaceFirst("<\\?xml[^>]*>", ""))
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(sneaky, "application/rdf+xml", "https://x.example/"))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("DTD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE"})
  void aDoctypeIsFoundWhateverTheEncoding(String encoding) {
    Charset charset = Charset.forName(encoding);
    byte[] encoded =
        Fixtures.text("internal-entity.rdf")
            .replace("encoding=\"UTF-8\"", "encoding=\"" + encoding + "\"")
            .getBytes(charset);
    byte[] withBom =
        "UTF-16".equals(encoding) ? encoded : prepend(encoded, "\uFEFF".getBytes(charset));

    assertThatThrownBy(() -> reader.read(withBom, "application/rdf+xml", "https://x.example/"))
        .isInstanceOfSatisfying(
            RecordParseException.class,
            e -> {
              assertThat(e.getMessage()).contains("DTD").doesNotContain("Entity title");
              assertThat(e.line()).isEqualTo(3);
            });
  }

  @Test
  void aLowerCaseDoctypeIsNoXmlAtAll() {
    byte[] lower =
        Fixtures.text("internal-entity.rdf")
            .replace("DOCTYPE", "doctype")
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(lower, "application/rdf+xml", "https://x.example/"))
        .isInstanceOfSatisfying(RecordParseException.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  private static byte[] prepend(byte[] content, byte[] prefix) {
    byte[] all = new byte[prefix.length + content.length];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(content, 0, all, prefix.length, content.length);
    return all;
  }

  @Test
  void remoteJsonLdContextsAreNotFetched() {
    byte[] json =
        "{\"@context\": \"https://attacker.example.org/context.jsonld\", \"@id\": \"urn:x\"}"
            .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> reader.read(json, "application/ld+json", "https://x.example/"))
        .isInstanceOf(RecordParseException.class)
        .hasMessageContaining("remote JSON-LD contexts are not loaded");
  }

  @Test
  void nonRdfMediaTypesAreRefused() {
    assertThatThrownBy(() -> reader.read(new byte[] {'<'}, "text/html", "https://x.example/"))
        .isInstanceOf(RecordParseException.class)
        .hasMessage("not an RDF media type: text/html");
  }

  private Model read(String name) {
    return reader.read(Fixtures.bytes(name), Fixtures.mediaType(name), Fixtures.base(name));
  }
}
