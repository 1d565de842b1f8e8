package eu.imaginghub.harvester.provenance.api;

import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.provenance.application.RecordProvenances;
import eu.imaginghub.harvester.record.api.FindingJson;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Every validation warning of a harvested record, one per gap, for whoever may see the dataset. */
@RequestScoped
@Path("nodes/{node}/datasets/{localId}/findings")
public class RecordFindingsResource {

  @Inject RecordProvenances provenances;
  @Inject FindingsJson findings;
  @Inject CurrentViewer viewer;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<FindingJson> get(@PathParam("node") String node, @PathParam("localId") String id) {
    return FindingJson.all(findings.read(provenances.warningsJson(node, id, viewer.get())));
  }
}
