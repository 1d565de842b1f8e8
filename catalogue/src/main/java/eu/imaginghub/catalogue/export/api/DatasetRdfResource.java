package eu.imaginghub.catalogue.export.api;

import eu.imaginghub.catalogue.dataset.application.PublicUrl;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.export.application.CatalogueExport;
import eu.imaginghub.catalogue.search.api.SearchParameters;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

/**
 * The datasets as DCAT-AP RDF, by content negotiation on the dataset collection's own URLs. It
 * shares the path {@code datasets} with their JSON resources; the container joins resources of one
 * path into one, so the client's Accept header picks between them.
 */
@RequestScoped
@Path("datasets")
public class DatasetRdfResource {

  // JSON stays the default for clients that accept anything (qs: server-side preference).
  private static final String TURTLE = "text/turtle;qs=0.9";
  private static final String JSON_LD = "application/ld+json;qs=0.9";
  private static final String RDF_XML = "application/rdf+xml;qs=0.9";
  private static final String N_TRIPLES = "application/n-triples;qs=0.9";

  @Inject CurrentViewer viewer;
  @Inject CatalogueExport export;
  @Inject PublicUrl publicUrl;

  /** The search results as a page of the DCAT-AP catalogue, with Hydra paging links. */
  @GET
  @Produces({TURTLE, JSON_LD, RDF_XML, N_TRIPLES})
  public RdfGraph cataloguePage(@Context UriInfo uri) {
    return new RdfGraph(
        export.page(
            SearchParameters.read(uri.getQueryParameters()),
            viewer.get(),
            publicUrl.of(uri),
            page -> uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString()));
  }

  @GET
  @Path("{id}")
  @Produces({TURTLE, JSON_LD, RDF_XML, N_TRIPLES})
  public RdfGraph getRdf(@PathParam("id") String id, @Context UriInfo uri) {
    return new RdfGraph(export.dataset(new DatasetId(id), viewer.get(), publicUrl.of(uri)));
  }
}
