package eu.imaginghub.harvester.token.api;

import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.token.application.NodeTokens;
import eu.imaginghub.harvester.token.domain.NodeToken;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;

/** A node's API tokens, managed by admins and the node's operators. Secrets are shown once. */
@RequestScoped
@Path("nodes/{node}/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class NodeTokensResource {

  /** What to issue a token for. */
  public record NewTokenJson(String label) {}

  /** A token as listed: never its secret. */
  public record TokenJson(
      String id,
      String node,
      String label,
      String createdBy,
      Instant createdAt,
      Instant revokedAt) {
    static TokenJson of(NodeToken t) {
      return new TokenJson(
          t.id(), t.nodeId(), t.label(), t.createdBy(), t.createdAt(), t.revokedAt().orElse(null));
    }
  }

  /** A token just issued, with the secret to send as {@code Authorization: Bearer <token>}. */
  public record IssuedTokenJson(
      String id, String node, String label, String createdBy, Instant createdAt, String token) {}

  @Inject NodeTokens tokens;
  @Inject CurrentViewer viewer;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response issue(@PathParam("node") String node, NewTokenJson body, @Context UriInfo uri) {
    NodeToken.Issued issued = tokens.issue(node, body == null ? null : body.label(), viewer.get());
    NodeToken t = issued.token();
    return Response.created(uri.getAbsolutePathBuilder().path(t.id()).build())
        .entity(
            new IssuedTokenJson(
                t.id(), t.nodeId(), t.label(), t.createdBy(), t.createdAt(), issued.secret()))
        .build();
  }

  @GET
  public List<TokenJson> list(@PathParam("node") String node) {
    return tokens.list(node, viewer.get()).stream().map(TokenJson::of).toList();
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("node") String node, @PathParam("id") String id) {
    tokens.revoke(node, id, viewer.get());
    return Response.noContent().build();
  }
}
