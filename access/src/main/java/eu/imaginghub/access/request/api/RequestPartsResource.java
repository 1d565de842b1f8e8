package eu.imaginghub.access.request.api;

import eu.imaginghub.access.request.application.AccessRequests;
import eu.imaginghub.access.request.application.RequestViews;
import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What a committee does on its part of a request: vote, decide, ask for changes. */
@RequestScoped
@Path("requests/{id}/parts/{partId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class RequestPartsResource {

  /** A member's vote: APPROVE, REJECT or ABSTAIN, with a comment. */
  public record VoteBody(String vote, String comment) {}

  /** The chair's decision: APPROVED or REJECTED, with a comment. */
  public record DecisionBody(String outcome, String comment) {}

  /** What the requester should change. */
  public record ChangesBody(String comment) {}

  @Inject AccessRequests requests;
  @Inject RequestViews views;
  @Inject CurrentViewer viewer;

  @POST
  @Path("votes")
  public RequestJson vote(
      @PathParam("id") String id, @PathParam("partId") String partId, VoteBody body) {
    VoteBody b = body == null ? new VoteBody(null, null) : body;
    return json(requests.vote(id, partId, b.vote(), b.comment(), viewer.get()));
  }

  @POST
  @Path("decision")
  public RequestJson decide(
      @PathParam("id") String id, @PathParam("partId") String partId, DecisionBody body) {
    DecisionBody b = body == null ? new DecisionBody(null, null) : body;
    return json(requests.decide(id, partId, b.outcome(), b.comment(), viewer.get()));
  }

  @POST
  @Path("request-changes")
  public RequestJson requestChanges(
      @PathParam("id") String id, @PathParam("partId") String partId, ChangesBody body) {
    ChangesBody b = body == null ? new ChangesBody(null) : body;
    return json(requests.requestChanges(id, partId, b.comment(), viewer.get()));
  }

  private RequestJson json(AccessRequest r) {
    return RequestJson.of(views.after(r, viewer.get()));
  }
}
