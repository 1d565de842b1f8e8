package eu.imaginghub.access.notification.domain;

import java.util.List;

/** Port to the requests: the parts waiting for votes, with the members whose vote is missing. */
public interface OpenVotes {

  List<OpenVote> open();
}
