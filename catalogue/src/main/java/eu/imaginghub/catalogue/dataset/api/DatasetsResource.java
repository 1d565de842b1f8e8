package eu.imaginghub.catalogue.dataset.api;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.application.DatasetDetails;
import eu.imaginghub.catalogue.dataset.application.DatasetLifecycle;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.RecordLimits;
import eu.imaginghub.catalogue.dataset.json.DatasetJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonMapper;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
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

/**
 * Reading and maintaining single datasets as JSON. Searching the collection and the RDF forms share
 * its path, in the search and export features' resources.
 */
@RequestScoped
@Path("datasets")
public class DatasetsResource {

  @Inject DatasetCatalogue catalogue;
  @Inject DatasetLifecycle lifecycle;
  @Inject DatasetAnswers answers;
  @Inject CurrentViewer viewer;
  @Context HttpHeaders headers;

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public DatasetJson get(@PathParam("id") String id) {
    return json(catalogue.get(new DatasetId(id), viewer.get()));
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
            json.status() == null ? null : DatasetJsonMapper.status(json),
            DatasetJsonMapper.description(json),
            viewer.get()));
  }

  /**
   * Withdraws a dataset never published nor used: it leaves search and answers 410 from then on,
   * but is kept. Others are invalidated instead (409).
   */
  @DELETE
  @Path("{id}")
  public Response withdraw(@PathParam("id") String id) {
    lifecycle.delete(new DatasetId(id), viewer.get());
    return Response.noContent().build();
  }

  private DatasetJson json(DatasetDetails details) {
    return answers.json(details, viewer.get(), ReaderLanguages.of(headers));
  }

  private static DatasetJson requireBody(DatasetJson body) {
    if (body == null) {
      throw ProblemException.invalid("body", "a JSON dataset is required");
    }
    return body;
  }
}
