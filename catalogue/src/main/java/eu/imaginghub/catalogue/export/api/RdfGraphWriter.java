package eu.imaginghub.catalogue.export.api;

import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.catalogue.export.infrastructure.BudgetedOutput;
import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Optional;

/**
 * Writes an {@link RdfGraph} as Turtle, JSON-LD, RDF/XML or N-Triples, within a time budget ({@code
 * catalogue.export.time-budget-ms}) and only while the client still reads.
 */
@Provider
@Produces({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
public class RdfGraphWriter implements MessageBodyWriter<RdfGraph> {

  /** The budget, or null to read it from the configuration when writing. */
  private final Duration budget;

  public RdfGraphWriter() {
    this(null);
  }

  RdfGraphWriter(Duration budget) {
    this.budget = budget;
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return RdfGraph.class.isAssignableFrom(type) && syntax(mediaType).isPresent();
  }

  @Override
  public void writeTo(
      RdfGraph graph,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream) {
    RdfSyntax syntax = syntax(mediaType).orElse(RdfSyntax.TURTLE);
    syntax.write(graph.model(), new BudgetedOutput(entityStream, budget(), System::nanoTime));
  }

  private Duration budget() {
    if (budget != null) {
      return budget;
    }
    return CatalogueSettings.current().exportTimeBudget();
  }

  /** A client accepting anything gets Turtle, the first type the resource methods declare. */
  static Optional<RdfSyntax> syntax(MediaType mediaType) {
    if (mediaType == null || mediaType.isWildcardType()) {
      return Optional.of(RdfSyntax.TURTLE);
    }
    return RdfSyntax.forMediaType(mediaType.getType() + "/" + mediaType.getSubtype());
  }
}
