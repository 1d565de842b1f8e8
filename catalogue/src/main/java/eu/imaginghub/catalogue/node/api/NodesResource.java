package eu.imaginghub.catalogue.node.api;

import eu.imaginghub.catalogue.node.domain.Node;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeRepository;
import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

  @Inject NodeRepository nodes;

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
}
