package eu.imaginghub.harvester.push.api;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.harvester.push.application.DatasetPush;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.push.infrastructure.PushedRecordReader;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The push API of a node: its operators (or its API token) upsert one record, upsert many, withdraw
 * one, or send the complete set (full sync). Records are the hub's JSON format, NDJSON, or RDF.
 */
@RequestScoped
@Path("nodes/{node}/datasets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
public class NodeDatasetsResource {

  @Inject DatasetPush push;
  @Inject PushedRecordReader reader;
  @Inject CurrentViewer viewer;

  private final int maxRecords = HarvesterSettings.current().pushMaxRecords();

  /** Upserts one record; a refused record is a problem and changes nothing. */
  @PUT
  @Path("{localId}")
  public PushReportJson upsertOne(
      @PathParam("node") String node,
      @PathParam("localId") String localId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      byte[] body) {
    List<PushedRecord> records = read(node, type, body);
    if (records.size() != 1) {
      throw ProblemException.invalid("body", "holds " + records.size() + " records, not one");
    }
    PushedRecord record = records.get(0);
    if (record.localId() == null) {
      record = record.identified(localId);
    } else if (!record.localId().equals(localId)) {
      throw ProblemException.invalid(
          "localId",
          "is '" + record.localId() + "' in the record but '" + localId + "' in the URL");
    }
    if (!record.accepted()) {
      throw ProblemException.invalid(
          record.violations().stream()
              .map(v -> new FieldProblem(v.path() == null ? "record" : v.path(), v.message()))
              .toList());
    }
    return PushReportJson.of(push.push(node, List.of(record), false, viewer.get()));
  }

  /** Upserts many records; each refused record is reported, the others go in. */
  @POST
  public PushReportJson upsertMany(
      @PathParam("node") String node,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      byte[] body) {
    return PushReportJson.of(push.push(node, read(node, type, body), false, viewer.get()));
  }

  /** Full sync: upserts the records and withdraws the node's datasets the body does not list. */
  @PUT
  public PushReportJson fullSync(
      @PathParam("node") String node,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
      byte[] body) {
    return PushReportJson.of(push.push(node, read(node, type, body), true, viewer.get()));
  }

  @DELETE
  @Path("{localId}")
  public PushReportJson withdraw(
      @PathParam("node") String node, @PathParam("localId") String localId) {
    return PushReportJson.of(push.withdraw(node, localId, viewer.get()));
  }

  private List<PushedRecord> read(String node, String type, byte[] body) {
    viewer.get().requireOperator(node);
    if (body == null || body.length == 0) {
      throw ProblemException.invalid("body", "is empty");
    }
    List<PushedRecord> records = reader.read(body, type);
    if (records.size() > maxRecords) {
      throw new ProblemException(
          ProblemException.Kind.PAYLOAD_TOO_LARGE,
          "A push holds at most "
              + maxRecords
              + " records ("
              + HarvesterSettings.PUSH_MAX_RECORDS.key()
              + "), this one "
              + records.size());
    }
    return records;
  }
}
