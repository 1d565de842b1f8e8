package eu.imaginghub.access.operator.api;

import eu.imaginghub.access.operator.application.NodeOperators;
import eu.imaginghub.access.operator.domain.OperatorBinding;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Admins bind people to the nodes they operate, where the identity provider does not. */
@RequestScoped
@Path("admin/node-operators")
@Produces(MediaType.APPLICATION_JSON)
public class NodeOperatorsResource {

  /** A binding, with who made and who ended it when. */
  public record BindingJson(
      String subject,
      String node,
      boolean active,
      String boundBy,
      Instant boundAt,
      String unboundBy,
      Instant unboundAt) {
    static BindingJson of(OperatorBinding b) {
      return new BindingJson(
          b.subject(),
          b.nodeId(),
          b.active(),
          b.boundBy(),
          b.boundAt(),
          b.unboundBy().orElse(null),
          b.unboundAt().orElse(null));
    }
  }

  @Inject NodeOperators operators;
  @Inject CurrentViewer viewer;

  /** Every binding, ended ones included, oldest first. */
  @GET
  public List<BindingJson> all() {
    return operators.list(null, viewer.get()).stream().map(BindingJson::of).toList();
  }

  /** One person's bindings, ended ones included. */
  @GET
  @Path("{subject}")
  public List<BindingJson> of(@PathParam("subject") String subject) {
    return operators.list(subject, viewer.get()).stream().map(BindingJson::of).toList();
  }

  /** Binds: 201 when new, 200 when the binding held already. */
  @PUT
  @Path("{subject}/{node}")
  public Response bind(@PathParam("subject") String subject, @PathParam("node") String node) {
    NodeOperators.Bound bound = operators.bind(subject, node, viewer.get());
    return Response.status(bound.created() ? 201 : 200)
        .entity(BindingJson.of(bound.binding()))
        .build();
  }

  @DELETE
  @Path("{subject}/{node}")
  public Response unbind(@PathParam("subject") String subject, @PathParam("node") String node) {
    operators.unbind(subject, node, viewer.get());
    return Response.noContent().build();
  }
}
