package eu.imaginghub.access.notification.domain;

import java.time.Instant;
import java.util.List;

/**
 * A part of a request waiting for committee votes, with the members whose vote is missing.
 *
 * @param requestId the request
 * @param partId the part
 * @param title the request's title
 * @param projectCode the project asking
 * @param committeeName the committee deciding the part
 * @param requesterSubject who asked
 * @param waitingSince since when the part waits for votes
 * @param missingVoters the members who may vote and have not
 */
public record OpenVote(
    String requestId,
    String partId,
    String title,
    String projectCode,
    String committeeName,
    String requesterSubject,
    Instant waitingSince,
    List<String> missingVoters) {

  public OpenVote {
    missingVoters = List.copyOf(missingVoters);
  }
}
