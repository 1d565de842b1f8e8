package eu.imaginghub.catalogue.search.api;

import eu.imaginghub.catalogue.dataset.api.ReaderLanguages;
import eu.imaginghub.catalogue.search.application.DatasetSearch;
import eu.imaginghub.catalogue.search.application.SearchPage;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Faceted search of the dataset collection, as JSON. It shares the path {@code datasets} with the
 * dataset's own resource and its RDF forms; the container joins resources of one path into one.
 */
@RequestScoped
@Path("datasets")
public class DatasetSearchResource {

  @Inject DatasetSearch search;
  @Inject CurrentViewer viewer;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public SearchPage search(@Context UriInfo uri) {
    return search.search(
        SearchParameters.read(uri.getQueryParameters()), viewer.get(), ReaderLanguages.of(headers));
  }
}
