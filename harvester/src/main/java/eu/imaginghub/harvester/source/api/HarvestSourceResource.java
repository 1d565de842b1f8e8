package eu.imaginghub.harvester.source.api;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.source.application.HarvestSources;
import eu.imaginghub.harvester.source.domain.HarvestSource;
import eu.imaginghub.harvester.source.domain.SourceFormat;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;

/** A node's harvest source: admins set it; admins and the node's operators read it. */
@RequestScoped
@Path("nodes/{node}/harvest-source")
@Produces(MediaType.APPLICATION_JSON)
public class HarvestSourceResource {

  /** A source as the API shows and takes it. */
  public record SourceJson(
      String node,
      String url,
      String format,
      Integer intervalMinutes,
      Boolean enabled,
      String etag,
      String lastModified,
      Instant updatedAt) {

    static SourceJson of(HarvestSource s) {
      return new SourceJson(
          s.nodeId(),
          s.url(),
          s.format().name().toLowerCase(Locale.ROOT),
          s.intervalMinutes(),
          s.enabled(),
          s.etag().orElse(null),
          s.lastModified().orElse(null),
          s.updatedAt());
    }
  }

  @Inject HarvestSources sources;
  @Inject CurrentViewer viewer;

  @GET
  public SourceJson get(@PathParam("node") String node) {
    return SourceJson.of(sources.get(node, viewer.get()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public SourceJson put(@PathParam("node") String node, SourceJson body) {
    // who may comes before what is wrong: a stranger learns nothing from the validation
    viewer.get().requireOperator(node);
    if (body == null || body.url() == null || body.url().isBlank()) {
      throw ProblemException.invalid("url", "is required");
    }
    return SourceJson.of(
        sources.configure(
            node,
            body.url().strip(),
            format(body.format()),
            body.intervalMinutes() == null ? 1440 : body.intervalMinutes(),
            body.enabled() == null || body.enabled(),
            viewer.get()));
  }

  private static SourceFormat format(String value) {
    if (value == null || value.isBlank()) {
      return SourceFormat.AUTO;
    }
    try {
      return SourceFormat.valueOf(value.strip().toUpperCase(Locale.ROOT).replace("-", ""));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(
          "format", "is one of auto, turtle, rdfxml, jsonld, ntriples, not " + value);
    }
  }
}
