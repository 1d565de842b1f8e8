package eu.imaginghub.catalogue.node.api;

import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeRepository;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;

/** The federation's nodes. */
@RequestScoped
@Path("nodes")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class NodesResource {

  /** A node as the API shows it. */
  public record NodeJson(
      String id,
      String name,
      String country,
      String countryName,
      String organisation,
      String contactEmail,
      String baseUrl) {

    static NodeJson of(Node n) {
      return new NodeJson(
          n.id().value(),
          n.name(),
          n.country(),
          n.countryName(),
          n.organisation(),
          n.contactEmail(),
          n.baseUrl());
    }
  }

  /** What an admin sends to register a node. */
  public record NewNodeJson(
      String id,
      String name,
      String country,
      String organisation,
      String contactEmail,
      String baseUrl) {}

  @Inject NodeRepository nodes;
  @Inject CurrentViewer viewer;
  @Inject Clock clock;

  @GET
  public List<NodeJson> list() {
    return nodes.all().stream().map(NodeJson::of).toList();
  }

  @GET
  @Path("{id}")
  public NodeJson get(@PathParam("id") String id) {
    if (!NodeId.isValid(id)) {
      throw ProblemException.notFound("node", id);
    }
    return nodes
        .find(new NodeId(id))
        .map(NodeJson::of)
        .orElseThrow(() -> ProblemException.notFound("node", id));
  }

  /** Registers a node of the federation; only admins may, and an existing id is a conflict. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(NewNodeJson body, @Context UriInfo uri) {
    viewer.get().requireAdmin("register nodes");
    if (body == null || !NodeId.isValid(body.id())) {
      throw ProblemException.invalid("id", "is 2-63 lower-case letters, digits or dashes");
    }
    if (nodes.find(new NodeId(body.id())).isPresent()) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT, "Node '" + body.id() + "' exists already");
    }
    Node node;
    try {
      node =
          new Node(
              new NodeId(body.id()),
              body.name(),
              body.country(),
              body.organisation(),
              body.contactEmail(),
              body.baseUrl(),
              clock.instant());
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("node", e.getMessage());
    }
    nodes.add(node);
    return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build())
        .entity(NodeJson.of(node))
        .build();
  }
}
