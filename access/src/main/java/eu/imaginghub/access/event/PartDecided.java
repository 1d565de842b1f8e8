package eu.imaginghub.access.event;

import java.time.Instant;
import java.util.List;

/**
 * A part of a request was decided, by its committee's quorum or by the chair. An approved part
 * becomes entitlements for the project, one per dataset, from {@code decidedAt} to {@code
 * accessEnd}.
 *
 * @param eventId unique id of this event
 * @param requestId the request
 * @param partId the part
 * @param title the request's title
 * @param projectCode the project the entitlements go to
 * @param requesterSubject who asked
 * @param committeeId the deciding committee
 * @param committeeName its name
 * @param outcome approved or rejected
 * @param decidedBy {@code quorum} when the votes decided, else the chair's subject
 * @param comment the reason given, may be null
 * @param datasetIds the datasets of the part
 * @param accessEnd when access granted by an approval ends
 * @param decidedAt when
 */
public record PartDecided(
    String eventId,
    String requestId,
    String partId,
    String title,
    String projectCode,
    String requesterSubject,
    String committeeId,
    String committeeName,
    Outcome outcome,
    String decidedBy,
    String comment,
    List<String> datasetIds,
    Instant accessEnd,
    Instant decidedAt) {

  /** What the committee decided. */
  public enum Outcome {
    APPROVED,
    REJECTED
  }

  public PartDecided {
    datasetIds = List.copyOf(datasetIds);
  }

  public boolean approved() {
    return outcome == Outcome.APPROVED;
  }
}
