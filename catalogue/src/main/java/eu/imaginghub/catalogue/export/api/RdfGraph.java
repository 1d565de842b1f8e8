package eu.imaginghub.catalogue.export.api;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * An RDF graph returned by a resource method; {@link RdfGraphWriter} serialises it in the syntax
 * the client negotiated.
 */
public record RdfGraph(Model model) {

  public RdfGraph {
    Objects.requireNonNull(model, "model");
  }
}
