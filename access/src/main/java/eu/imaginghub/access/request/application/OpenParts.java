package eu.imaginghub.access.request.application;

import eu.imaginghub.access.request.domain.AccessRequest;
import eu.imaginghub.access.request.domain.AccessRequestRepository;
import eu.imaginghub.access.request.domain.Replay;
import eu.imaginghub.access.request.domain.RequestPart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts waiting for votes across every committee, with the members whose vote is missing in the
 * part's current round: what reminders to committee members are made of.
 */
@ApplicationScoped
@Transactional
public class OpenParts {

  /**
   * A part open for votes.
   *
   * @param waitingSince when its current round began (its submission or resubmission)
   * @param missingVoters the members who may vote and have not, in this round
   */
  public record OpenPart(
      String requestId,
      String partId,
      String title,
      String projectCode,
      String committeeName,
      String requesterSubject,
      Instant waitingSince,
      List<String> missingVoters) {}

  @Inject AccessRequestRepository requests;

  public List<OpenPart> all() {
    List<OpenPart> open = new ArrayList<>();
    for (AccessRequest r : requests.all()) {
      if (r.parts().stream().noneMatch(p -> p.storedState().open())) {
        continue;
      }
      Replay replay = r.replay();
      for (RequestPart p : r.parts()) {
        Replay.PartStatus status = replay.part(p.id());
        if (!status.state().open()) {
          continue;
        }
        List<String> missing = p.voters().stream().filter(v -> status.voteOf(v).isEmpty()).toList();
        if (!missing.isEmpty()) {
          open.add(
              new OpenPart(
                  r.id(),
                  p.id(),
                  r.title(),
                  r.projectCode(),
                  p.committeeName(),
                  r.requesterSubject(),
                  status.roundStartedAt(),
                  missing));
        }
      }
    }
    return open;
  }
}
