package eu.imaginghub.catalogue.dataset.api;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.application.DatasetDetails;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.RecordLimits;
import eu.imaginghub.catalogue.dataset.json.DatasetJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonMapper;
import eu.imaginghub.catalogue.export.api.RdfGraph;
import eu.imaginghub.catalogue.export.application.CatalogueExport;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.search.api.SearchParameters;
import eu.imaginghub.catalogue.search.application.DatasetSearch;
import eu.imaginghub.catalogue.search.application.SearchPage;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.vocabulary.application.ConceptLabels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** The dataset catalogue: faceted search, and reading and maintaining single datasets. */
@RequestScoped
@Path("datasets")
public class DatasetsResource {

  // JSON stays the default for clients that accept anything (qs: server-side preference).
  private static final String TURTLE = "text/turtle;qs=0.9";
  private static final String JSON_LD = "application/ld+json;qs=0.9";
  private static final String RDF_XML = "application/rdf+xml;qs=0.9";
  private static final String N_TRIPLES = "application/n-triples;qs=0.9";

  @Inject DatasetCatalogue catalogue;
  @Inject DatasetSearch search;
  @Inject ConceptLabels labels;
  @Inject CurrentViewer viewer;
  @Inject CatalogueExport export;
  @Inject PublicUrl publicUrl;
  @Context HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public SearchPage search(@Context UriInfo uri) {
    return search.search(
        SearchParameters.read(uri.getQueryParameters()), viewer.get(), ReaderLanguages.of(headers));
  }

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
  @Produces(MediaType.APPLICATION_JSON)
  public DatasetJson get(@PathParam("id") String id) {
    return json(catalogue.get(new DatasetId(id), viewer.get()));
  }

  @GET
  @Path("{id}")
  @Produces({TURTLE, JSON_LD, RDF_XML, N_TRIPLES})
  public RdfGraph getRdf(@PathParam("id") String id, @Context UriInfo uri) {
    return new RdfGraph(export.dataset(new DatasetId(id), viewer.get(), publicUrl.of(uri)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response create(DatasetJson body, @Context UriInfo uri) {
    DatasetJson json = requireBody(body);
    if (json.localId() == null || json.localId().isBlank()) {
      throw ProblemException.invalid("localId", "is required");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (!RecordLimits.text("localId", json.localId(), RecordLimits.LOCAL_ID, problems)) {
      throw ProblemException.invalid(problems);
    }
    DatasetDetails created =
        catalogue.create(
            json.node(),
            json.localId(),
            DatasetJsonMapper.status(json),
            DatasetJsonMapper.description(json),
            viewer.get());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().value()).build())
        .entity(json(created))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public DatasetJson update(@PathParam("id") String id, DatasetJson body) {
    DatasetJson json = requireBody(body);
    return json(
        catalogue.update(
            new DatasetId(id),
            DatasetJsonMapper.status(json),
            DatasetJsonMapper.description(json),
            viewer.get()));
  }

  /** Withdraws the dataset: it leaves search and answers 410 from then on, but is kept. */
  @DELETE
  @Path("{id}")
  public Response withdraw(@PathParam("id") String id) {
    catalogue.withdraw(new DatasetId(id), viewer.get());
    return Response.noContent().build();
  }

  private DatasetJson json(DatasetDetails details) {
    return DatasetJsonWriter.write(details, labels, ReaderLanguages.of(headers));
  }

  private static DatasetJson requireBody(DatasetJson body) {
    if (body == null) {
      throw ProblemException.invalid("body", "a JSON dataset is required");
    }
    return body;
  }
}
