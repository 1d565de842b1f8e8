package eu.imaginghub.harvester.provenance.api;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.provenance.application.RecordProvenances;
import eu.imaginghub.harvester.provenance.domain.RecordProvenance;
import eu.imaginghub.harvester.record.api.FindingJson;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** A harvested record's provenance and validation report: JSON, or the SHACL report as Turtle. */
@RequestScoped
@Path("nodes/{node}/datasets/{localId}/provenance")
public class ProvenanceResource {

  /** The provenance of one record. */
  public record ProvenanceJson(
      String node,
      String localId,
      String dataset,
      String source,
      String run,
      Instant fetchedAt,
      String contentHash,
      String mediaType,
      String rawRecord,
      List<FindingJson> warnings,
      boolean shaclReport,
      Instant withdrawnAt) {}

  @Inject RecordProvenances provenances;
  @Inject FindingsJson findings;
  @Inject CurrentViewer viewer;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ProvenanceJson get(@PathParam("node") String node, @PathParam("localId") String id) {
    RecordProvenance p = provenances.get(node, id, viewer.get());
    return new ProvenanceJson(
        p.nodeId(),
        p.localId(),
        p.datasetId(),
        p.source(),
        p.runId(),
        p.fetchedAt(),
        p.contentHash(),
        p.mediaType(),
        p.rawRecord(),
        FindingJson.all(findings.read(p.warningsJson())),
        p.shaclReport().isPresent(),
        p.withdrawnAt().orElse(null));
  }

  /** The SHACL validation report of an RDF record, as Turtle. */
  @GET
  @Produces("text/turtle;qs=0.9")
  public String shaclReport(@PathParam("node") String node, @PathParam("localId") String id) {
    return provenances
        .get(node, id, viewer.get())
        .shaclReport()
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemException.Kind.NOT_FOUND,
                    "Record '" + id + "' was pushed as JSON: it has no SHACL report"));
  }
}
