package eu.imaginghub.access.request.api;

import eu.imaginghub.access.request.application.AccessRequests;
import eu.imaginghub.access.request.application.RequestInput;
import eu.imaginghub.access.request.application.RequestReports;
import eu.imaginghub.access.request.application.RequestViews;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Access requests: drafting, submitting, withdrawing and commenting, and reading them. */
@RequestScoped
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class RequestsResource {

  /** A comment, on the whole request or on one part. */
  public record CommentBody(String text, String partId) {}

  @Inject AccessRequests requests;
  @Inject RequestViews views;
  @Inject RequestReports reports;
  @Inject CurrentViewer viewer;

  @GET
  public List<RequestJson.SummaryJson> list() {
    return views.list(viewer.get()).stream().map(RequestJson::summary).toList();
  }

  /** The requests as CSV, for committee members (their parts) and admins (all). */
  @GET
  @Path("export")
  @Produces("text/csv")
  public Response export() {
    return Response.ok(reports.csv(viewer.get()), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"access-requests.csv\"")
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(RequestInput body, @Context UriInfo uri) {
    AccessRequest r = requests.create(body, viewer.get());
    return Response.created(uri.getAbsolutePathBuilder().path(r.id()).build())
        .entity(json(r))
        .build();
  }

  @GET
  @Path("{id}")
  public RequestJson get(@PathParam("id") String id) {
    return RequestJson.of(views.get(id, viewer.get()));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestJson update(@PathParam("id") String id, RequestInput body) {
    return json(requests.update(id, body, viewer.get()));
  }

  @POST
  @Path("{id}/submit")
  public RequestJson submit(@PathParam("id") String id) {
    return json(requests.submit(id, viewer.get()));
  }

  @POST
  @Path("{id}/withdraw")
  public RequestJson withdraw(@PathParam("id") String id) {
    return json(requests.withdraw(id, viewer.get()));
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestJson comment(@PathParam("id") String id, CommentBody body) {
    CommentBody b = body == null ? new CommentBody(null, null) : body;
    return json(requests.comment(id, b.partId(), b.text(), viewer.get()));
  }

  private RequestJson json(AccessRequest r) {
    return RequestJson.of(views.after(r, viewer.get()));
  }
}
