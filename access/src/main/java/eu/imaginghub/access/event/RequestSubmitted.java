package eu.imaginghub.access.event;

import java.time.Instant;
import java.util.List;

/**
 * A researcher submitted (or, after changes were requested, resubmitted) an access request: each
 * part goes to the committee governing its datasets.
 *
 * @param eventId unique id of this event (the request timeline's event id)
 * @param requestId the request
 * @param title the request's title
 * @param projectCode the project access is asked for
 * @param requesterSubject who submitted it
 * @param resubmission whether it answers a request for changes
 * @param parts the parts the submission sent to a committee
 * @param submittedAt when
 */
public record RequestSubmitted(
    String eventId,
    String requestId,
    String title,
    String projectCode,
    String requesterSubject,
    boolean resubmission,
    List<Part> parts,
    Instant submittedAt) {

  public RequestSubmitted {
    parts = List.copyOf(parts);
  }

  /**
   * One committee's share of a request.
   *
   * @param partId the part
   * @param committeeId the committee deciding it
   * @param committeeName its name
   * @param voterSubjects the members who may vote on it (members of the requesting project
   *     excluded)
   * @param datasetIds the datasets it asks for
   */
  public record Part(
      String partId,
      String committeeId,
      String committeeName,
      List<String> voterSubjects,
      List<String> datasetIds) {

    public Part {
      voterSubjects = List.copyOf(voterSubjects);
      datasetIds = List.copyOf(datasetIds);
    }
  }
}
