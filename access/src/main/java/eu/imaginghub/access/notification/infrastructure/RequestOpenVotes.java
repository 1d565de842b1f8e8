package eu.imaginghub.access.notification.infrastructure;

import eu.imaginghub.access.notification.domain.OpenVote;
import eu.imaginghub.access.notification.domain.OpenVotes;
import eu.imaginghub.access.request.application.OpenParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The open votes as the requests keep them. */
@ApplicationScoped
public class RequestOpenVotes implements OpenVotes {

  @Inject OpenParts parts;

  @Override
  public List<OpenVote> open() {
    return parts.all().stream()
        .map(
            p ->
                new OpenVote(
                    p.requestId(),
                    p.partId(),
                    p.title(),
                    p.projectCode(),
                    p.committeeName(),
                    p.requesterSubject(),
                    p.waitingSince(),
                    p.missingVoters()))
        .toList();
  }
}
