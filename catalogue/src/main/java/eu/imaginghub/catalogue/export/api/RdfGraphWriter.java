package eu.imaginghub.catalogue.export.api;

import eu.imaginghub.catalogue.export.infrastructure.RdfSyntax;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Optional;

/** Writes an {@link RdfGraph} as Turtle, JSON-LD, RDF/XML or N-Triples. */
@Provider
@Produces({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
public class RdfGraphWriter implements MessageBodyWriter<RdfGraph> {

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
    syntax.write(graph.model(), entityStream);
  }

  /** A client accepting anything gets Turtle, the first type the resource methods declare. */
  static Optional<RdfSyntax> syntax(MediaType mediaType) {
    if (mediaType == null || mediaType.isWildcardType()) {
      return Optional.of(RdfSyntax.TURTLE);
    }
    return RdfSyntax.forMediaType(mediaType.getType() + "/" + mediaType.getSubtype());
  }
}
