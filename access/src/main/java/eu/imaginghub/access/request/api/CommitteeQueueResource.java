package eu.imaginghub.access.request.api;

import eu.imaginghub.access.request.application.RequestReports;
import eu.imaginghub.catalogue.security.CurrentViewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** The parts of requests waiting for the caller's committees. */
@RequestScoped
@Path("committee/queue")
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeQueueResource {

  /** One waiting part: how old it is, whose vote is missing, and the caller's own vote. */
  public record QueueJson(
      String requestId,
      String partId,
      String title,
      String projectCode,
      RequestJson.CommitteeJson committee,
      Instant submittedAt,
      long ageDays,
      List<RequestJson.PersonJson> missingVoters,
      String myVote) {}

  @Inject RequestReports reports;
  @Inject CurrentViewer viewer;

  @GET
  public List<QueueJson> queue() {
    return reports.queue(viewer.get()).stream()
        .map(
            i ->
                new QueueJson(
                    i.request().id(),
                    i.part().id(),
                    i.request().title(),
                    i.request().projectCode(),
                    new RequestJson.CommitteeJson(i.part().committeeId(), i.part().committeeName()),
                    i.submittedAt(),
                    i.ageDays(),
                    i.missingVoters().stream()
                        .map(p -> new RequestJson.PersonJson(p.subject(), p.name()))
                        .toList(),
                    i.myVote()))
        .toList();
  }
}
