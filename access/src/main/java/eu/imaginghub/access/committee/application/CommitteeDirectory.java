package eu.imaginghub.access.committee.application;

import eu.imaginghub.access.committee.domain.Committee;
import eu.imaginghub.access.committee.domain.CommitteeDefinition;
import eu.imaginghub.access.committee.domain.CommitteeRepository;
import eu.imaginghub.access.committee.domain.Seat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Which committee decides on what, and who sits on which: what requests, entitlements, uses and
 * notifications ask of committees. Reads only; admins change committees through {@link Committees}.
 */
@ApplicationScoped
@Transactional
public class CommitteeDirectory {

  @Inject CommitteeRepository committees;

  /**
   * The committee governing a dataset: the one naming the dataset, else the one naming its node.
   *
   * @param nodeId the node holding the dataset; may be null when unknown
   */
  public Optional<CommitteeView> governing(String datasetId, String nodeId) {
    Optional<Committee> named =
        datasetId == null ? Optional.empty() : committees.namingDataset(datasetId);
    if (named.isPresent()) {
      return named.map(CommitteeDirectory::view);
    }
    return nodeId == null
        ? Optional.empty()
        : committees.namingNode(nodeId).map(CommitteeDirectory::view);
  }

  public Optional<CommitteeView> find(String committeeId) {
    return committeeId == null
        ? Optional.empty()
        : committees.find(committeeId).map(CommitteeDirectory::view);
  }

  /** The committees this person sits on, chair included, by name. */
  public List<CommitteeView> ofMember(String subject) {
    return subject == null
        ? List.of()
        : committees.ofMember(subject).stream().map(CommitteeDirectory::view).toList();
  }

  static CommitteeView view(Committee c) {
    CommitteeDefinition d = c.definition();
    return new CommitteeView(
        c.id(),
        d.name(),
        new QuorumRule(QuorumRule.Kind.valueOf(d.quorumKind().name()), d.quorumN()),
        d.voteDays(),
        d.chairSubject(),
        d.seats().stream().map(Seat::memberSubject).toList(),
        d.datasetIds(),
        d.nodeIds());
  }
}
