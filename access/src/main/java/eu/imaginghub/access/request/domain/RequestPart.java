package eu.imaginghub.access.request.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One committee's share of a request: its datasets, and the committee as it stood at submission —
 * name, chair, quorum rule and eligible voters — so that the rule cannot shift under a vote. Its
 * state is replayed from the request's timeline; the column only serves queries.
 */
@Entity
@Table(name = "access_request_part")
public class RequestPart {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false)
  private AccessRequest request;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "committee_id", nullable = false, length = 64)
  private String committeeId;

  @Column(name = "committee_name", nullable = false, length = 300)
  private String committeeName;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_kind", nullable = false, length = 20)
  private VotingRule.Kind ruleKind;

  @Column(name = "rule_n", nullable = false)
  private int ruleN;

  @Column(name = "chair_subject", length = 255)
  private String chairSubject;

  @Column(name = "vote_days", nullable = false)
  private int voteDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 30)
  private PartState state;

  @ElementCollection
  @CollectionTable(name = "access_part_voter", joinColumns = @JoinColumn(name = "part_id"))
  @OrderColumn(name = "position")
  @Column(name = "voter_subject", length = 255)
  private List<String> voters = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "access_part_dataset", joinColumns = @JoinColumn(name = "part_id"))
  @OrderColumn(name = "position")
  @Column(name = "dataset_id", length = 64)
  private List<String> datasetIds = new ArrayList<>();

  protected RequestPart() {}

  RequestPart(AccessRequest request, int position, NewPart part) {
    this.id = UUID.randomUUID().toString();
    this.request = request;
    this.position = position;
    this.committeeId = part.committeeId();
    this.committeeName = part.committeeName();
    this.ruleKind = part.rule().kind();
    this.ruleN = part.rule().n();
    this.chairSubject = part.chairSubject();
    this.voteDays = part.voteDays();
    this.voters = new ArrayList<>(part.voters());
    this.datasetIds = new ArrayList<>(part.datasetIds());
    this.state = PartState.SUBMITTED;
  }

  void project(PartState replayed) {
    this.state = replayed;
  }

  public String id() {
    return id;
  }

  public int position() {
    return position;
  }

  public String committeeId() {
    return committeeId;
  }

  public String committeeName() {
    return committeeName;
  }

  public VotingRule rule() {
    return new VotingRule(ruleKind, ruleN);
  }

  /** The chair at submission; null when the chair belongs to the requesting project. */
  public String chairSubject() {
    return chairSubject;
  }

  public int voteDays() {
    return voteDays;
  }

  /** The members who may vote: the committee at submission, members of the project excluded. */
  public List<String> voters() {
    return List.copyOf(voters);
  }

  public List<String> datasetIds() {
    return List.copyOf(datasetIds);
  }

  /** The state as last replayed, for queries; {@link AccessRequest#timeline()} is the truth. */
  public PartState storedState() {
    return state;
  }
}
