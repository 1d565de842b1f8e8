package eu.imaginghub.access.use.api;

import eu.imaginghub.access.use.application.UseQueries;
import eu.imaginghub.access.use.domain.DatasetUse;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The lineage of AI models, from the uses nodes reported. */
@RequestScoped
@Path("models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

  /** A model's versions, each with the datasets it was trained on and the reports saying so. */
  public record LineageJson(
      String modelId, List<VersionJson> versions, List<String> allowedActions) {}

  public record VersionJson(
      String version,
      String sha256,
      List<DatasetJson> datasets,
      List<ReportJson> reports,
      List<String> traceIds) {}

  /** A dataset a version was trained on; title and node absent when the hub does not know it. */
  public record DatasetJson(String id, String title, String nodeId) {}

  public record ReportJson(
      String id,
      String traceId,
      String nodeId,
      String projectCode,
      List<String> datasetIds,
      Instant startedAt,
      Instant endedAt,
      boolean entitled) {}

  @Inject UseQueries queries;
  @Inject CurrentViewer viewer;

  @GET
  @Path("{id}/lineage")
  public LineageJson lineage(@PathParam("id") String id) {
    UseQueries.ModelLineage lineage = queries.lineage(id, viewer.get());
    return new LineageJson(
        lineage.modelId(),
        lineage.versions().stream().map(ModelsResource::version).toList(),
        List.of());
  }

  private static VersionJson version(UseQueries.ModelVersion v) {
    return new VersionJson(
        v.version(),
        v.sha256(),
        v.datasets().stream().map(d -> new DatasetJson(d.id(), d.title(), d.nodeId())).toList(),
        v.reports().stream().map(ModelsResource::report).toList(),
        v.reports().stream().flatMap(r -> r.traceId().stream()).toList());
  }

  private static ReportJson report(DatasetUse r) {
    return new ReportJson(
        r.id(),
        r.traceId().orElse(null),
        r.nodeId().orElse(null),
        r.projectCode(),
        r.datasetIds(),
        r.startedAt().orElse(null),
        r.endedAt().orElse(null),
        r.entitled());
  }
}
