package eu.imaginghub.catalogue.export.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.junit.jupiter.api.Test;

class RdfGraphWriterTest {

  private static final Annotation[] NONE = new Annotation[0];

  private final RdfGraphWriter writer = new RdfGraphWriter(Duration.ofSeconds(30));
  private final RdfGraph graph = new RdfGraph(sample());

  @Test
  void writesGraphsInTheFourRdfSyntaxes() {
    for (String type :
        new String[] {
          "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"
        }) {
      assertThat(writer.isWriteable(RdfGraph.class, RdfGraph.class, NONE, mediaType(type)))
          .as(type)
          .isTrue();
    }
  }

  @Test
  void leavesOtherEntitiesAndMediaTypesToOtherWriters() {
    assertThat(writer.isWriteable(String.class, String.class, NONE, mediaType("text/turtle")))
        .isFalse();
    assertThat(writer.isWriteable(RdfGraph.class, RdfGraph.class, NONE, MediaType.TEXT_HTML_TYPE))
        .isFalse();
  }

  @Test
  void writesTheNegotiatedSyntax() {
    assertThat(write(mediaType("application/n-triples")))
        .isEqualTo("<https://hub.example.org/a> <http://purl.org/dc/terms/title> \"A\"@en .\n");
    assertThat(write(mediaType("application/ld+json"))).contains("\"@language\": \"en\"");
  }

  @Test
  void writesTurtleToAClientThatAcceptsAnything() {
    for (String accepted : new String[] {"*/*", "text/turtle"}) {
      MediaType type = accepted.equals("*/*") ? MediaType.WILDCARD_TYPE : mediaType(accepted);
      // read back strictly as Turtle: anything else (N-Triples aside, a subset) fails to parse
      String body = write(type);
      Model read = ModelFactory.createDefaultModel();
      RDFParser.create()
          .fromString(body)
          .lang(Lang.TURTLE)
          .strict(true)
          .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
          .parse(read);

      assertThat(read.isIsomorphicWith(sample())).as(accepted).isTrue();
      // and it is Turtle proper (prefixed names), not the N-Triples any Turtle reader also takes
      assertThatThrownBy(
              () ->
                  RDFParser.create()
                      .fromString(body)
                      .lang(Lang.NTRIPLES)
                      .errorHandler(ErrorHandlerFactory.errorHandlerStrict)
                      .parse(ModelFactory.createDefaultModel()))
          .as(accepted)
          .isInstanceOf(RiotException.class);
      assertThat(read.listStatements().toList())
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.getSubject().getURI()).isEqualTo("https://hub.example.org/a");
                assertThat(t.getPredicate().getURI()).isEqualTo("http://purl.org/dc/terms/title");
                assertThat(t.getLiteral().getLexicalForm()).isEqualTo("A");
                assertThat(t.getLiteral().getLanguage()).isEqualTo("en");
              });
    }
  }

  private String write(MediaType mediaType) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(graph, RdfGraph.class, RdfGraph.class, NONE, mediaType, null, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Built directly: parsing a media type would need a JAX-RS runtime. */
  private static MediaType mediaType(String value) {
    String[] parts = value.split("/");
    return new MediaType(parts[0], parts[1]);
  }

  private static Model sample() {
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefix("dct", "http://purl.org/dc/terms/");
    model
        .createResource("https://hub.example.org/a")
        .addProperty(model.createProperty("http://purl.org/dc/terms/title"), "A", "en");
    return model;
  }
}
