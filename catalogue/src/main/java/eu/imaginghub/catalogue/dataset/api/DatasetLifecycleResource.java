package eu.imaginghub.catalogue.dataset.api;

import eu.imaginghub.catalogue.dataset.application.DatasetDetails;
import eu.imaginghub.catalogue.dataset.application.DatasetLifecycle;
import eu.imaginghub.catalogue.dataset.application.DatasetVersions;
import eu.imaginghub.catalogue.dataset.application.LifecycleEventView;
import eu.imaginghub.catalogue.dataset.application.VersionView;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.json.DatasetJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonMapper;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonReader;
import eu.imaginghub.catalogue.dataset.json.JsonText;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/**
 * A dataset's lifecycle (sharing the collection's root path, as the single dataset and search
 * resources do): release, publish, invalidate, its versions and its history. The body of a step is
 * {@code {"reason": "..."}}, optional except to invalidate.
 */
@RequestScoped
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetLifecycleResource {

  @Inject DatasetLifecycle lifecycle;
  @Inject DatasetVersions versions;
  @Inject DatasetAnswers answers;
  @Inject CurrentViewer viewer;
  @Context HttpHeaders headers;

  /** A step's optional reason. */
  public record ReasonJson(String reason) {}

  @POST
  @Path("{id}/release")
  @Consumes(MediaType.APPLICATION_JSON)
  public DatasetJson release(@PathParam("id") String id, ReasonJson body) {
    return json(lifecycle.release(new DatasetId(id), reason(body), viewer.get()));
  }

  @POST
  @Path("{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  public DatasetJson publish(@PathParam("id") String id, ReasonJson body) {
    return json(lifecycle.publish(new DatasetId(id), reason(body), viewer.get()));
  }

  @POST
  @Path("{id}/invalidate")
  @Consumes(MediaType.APPLICATION_JSON)
  public DatasetJson invalidate(@PathParam("id") String id, ReasonJson body) {
    return json(lifecycle.invalidate(new DatasetId(id), reason(body), viewer.get()));
  }

  @GET
  @Path("{id}/lifecycle")
  public List<LifecycleEventView> history(@PathParam("id") String id) {
    return lifecycle.history(new DatasetId(id), viewer.get());
  }

  @GET
  @Path("{id}/versions")
  public List<VersionJson> versions(@PathParam("id") String id) {
    return versions.versions(new DatasetId(id), viewer.get()).stream()
        .map(v -> VersionJson.of(id, v))
        .toList();
  }

  @GET
  @Path("{id}/versions/{n}")
  public DatasetJson version(@PathParam("id") String id, @PathParam("n") int n) {
    return answers.json(
        versions.version(new DatasetId(id), n, viewer.get()), ReaderLanguages.of(headers));
  }

  /** Makes {@code {"reason", "record": {…as for PUT…}}} the published dataset's next version. */
  @POST
  @Path("{id}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response newVersion(@PathParam("id") String id, String body, @Context UriInfo uri) {
    JsonValue parsed = JsonText.parse(body == null ? "" : body, "body");
    if (!(parsed instanceof JsonObject object) || !object.containsKey("record")) {
      throw ProblemException.invalid("record", "is required: the new version's dataset record");
    }
    DatasetJson record = DatasetJsonReader.read(object.get("record"));
    String reason = object.get("reason") instanceof JsonString s ? s.getString() : null;
    DatasetDetails next =
        lifecycle.newVersion(
            new DatasetId(id), DatasetJsonMapper.description(record), reason, viewer.get());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(next.version())).build())
        .entity(json(next))
        .build();
  }

  /** One version in the list of a dataset's versions, with where to read it. */
  public record VersionJson(
      int version,
      boolean current,
      Instant createdAt,
      Instant supersededAt,
      String doi,
      String url,
      String page) {

    static VersionJson of(String id, VersionView v) {
      return new VersionJson(
          v.version(),
          v.current(),
          v.createdAt(),
          v.supersededAt(),
          v.doi(),
          "/api/datasets/" + id + "/versions/" + v.version(),
          "/datasets/" + id + "/versions/" + v.version());
    }
  }

  private DatasetJson json(DatasetDetails details) {
    return answers.json(details, viewer.get(), ReaderLanguages.of(headers));
  }

  private static String reason(ReasonJson body) {
    return body == null ? null : body.reason();
  }
}
