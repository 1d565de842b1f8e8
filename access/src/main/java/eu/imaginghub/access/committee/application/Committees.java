package eu.imaginghub.access.committee.application;

import eu.imaginghub.access.committee.domain.Committee;
import eu.imaginghub.access.committee.domain.CommitteeChange;
import eu.imaginghub.access.committee.domain.CommitteeDefinition;
import eu.imaginghub.access.committee.domain.CommitteeRepository;
import eu.imaginghub.access.committee.domain.QuorumKind;
import eu.imaginghub.access.committee.domain.Seat;
import eu.imaginghub.access.user.application.UserDirectory;
import eu.imaginghub.access.user.application.UserProfile;
import eu.imaginghub.catalogue.node.domain.NodeId;
import eu.imaginghub.catalogue.node.domain.NodeLookup;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sets up and redefines data-access committees (admins), and shows them to admins and their
 * members. Members are named by e-mail address: only someone the hub has seen can sit on one. A
 * dataset or node is governed by one committee at most, so that who decides is never in doubt.
 */
@ApplicationScoped
@Transactional
public class Committees {

  private static final Logger LOG = Logger.getLogger(Committees.class.getName());

  @Inject CommitteeRepository committees;
  @Inject UserDirectory users;
  @Inject NodeLookup nodes;
  @Inject Clock clock;

  public Committee create(CommitteeInput input, Viewer viewer) {
    Committee.requireMayManage(viewer);
    CommitteeDefinition definition = definition(input);
    requireFree(definition, null);
    Committee committee = new Committee(definition, viewer, clock.instant());
    committees.add(committee);
    storeClaims(definition);
    LOG.info(() -> "Committee " + committee.id() + " set up by " + viewer.subject());
    return committee;
  }

  public Committee redefine(String id, CommitteeInput input, Viewer viewer) {
    Committee.requireMayManage(viewer);
    Committee committee = find(id);
    CommitteeDefinition definition = definition(input);
    requireFree(definition, committee);
    committee.redefine(definition, viewer, clock.instant());
    storeClaims(definition);
    LOG.info(() -> "Committee " + id + " redefined by " + viewer.subject());
    return committee;
  }

  /** Admins see every committee; everyone else those they sit on. */
  public List<Committee> visibleTo(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see data-access committees");
    }
    return viewer.isAdmin() ? committees.all() : committees.ofMember(viewer.subject());
  }

  public Committee get(String id, Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see data-access committees");
    }
    Committee committee = find(id);
    committee.requireMaySee(viewer);
    return committee;
  }

  public List<CommitteeChange> changes(String id, Viewer viewer) {
    return get(id, viewer).changes();
  }

  private Committee find(String id) {
    return committees.find(id).orElseThrow(() -> ProblemException.notFound("committee", id));
  }

  /** Refuses (409) a name, dataset or node another committee already has. */
  private void requireFree(CommitteeDefinition d, Committee self) {
    Optional<Committee> named = committees.named(d.name());
    if (named.isPresent() && named.get() != self) {
      throw conflict("A committee named '" + d.name() + "' exists already");
    }
    for (String dataset : d.datasetIds()) {
      Optional<Committee> other = committees.namingDataset(dataset);
      if (other.isPresent() && other.get() != self) {
        throw conflict("Dataset " + dataset + " is governed by '" + other.get().name() + "'");
      }
    }
    for (String node : d.nodeIds()) {
      Optional<Committee> other = committees.namingNode(node);
      if (other.isPresent() && other.get() != self) {
        throw conflict("Node " + node + " is governed by '" + other.get().name() + "'");
      }
    }
  }

  /** Refuses (409) a claim another committee made at the same instant, which the check missed. */
  private void storeClaims(CommitteeDefinition d) {
    if (!committees.storeClaims()) {
      throw conflict(
          "Another committee took the name '"
              + d.name()
              + "' or one of its datasets or nodes at the same time");
    }
  }

  private static ProblemException conflict(String detail) {
    return new ProblemException(ProblemException.Kind.CONFLICT, detail);
  }

  /** The definition the input describes; every bad field at once (400), people looked up. */
  CommitteeDefinition definition(CommitteeInput input) {
    if (input == null) {
      throw ProblemException.invalid("name", "is required");
    }
    List<FieldProblem> problems = new ArrayList<>();
    QuorumKind kind = kind(input.quorum(), problems);
    List<Seat> seats = seats(input.members(), problems);
    requireKnownNodes(input.nodeIds(), problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    int n = input.quorum().n() == null ? 0 : input.quorum().n();
    return new CommitteeDefinition(
        input.name(),
        kind,
        n,
        input.voteDays() == null ? 0 : input.voteDays(),
        seats,
        input.datasetIds() == null ? null : new LinkedHashSet<>(input.datasetIds()),
        input.nodeIds() == null ? null : new LinkedHashSet<>(input.nodeIds()));
  }

  private static QuorumKind kind(CommitteeInput.Quorum quorum, List<FieldProblem> problems) {
    try {
      return QuorumKind.valueOf(quorum == null ? "" : String.valueOf(quorum.kind()));
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem("quorum.kind", "is one of MAJORITY, UNANIMOUS, N_OF_M"));
      return null;
    }
  }

  /**
   * Nodes must be the federation's: a typo would govern nothing. Dataset ids are taken as given, so
   * that a committee can be named before its node publishes a dataset.
   */
  private void requireKnownNodes(List<String> nodeIds, List<FieldProblem> problems) {
    if (nodeIds == null) {
      return;
    }
    for (String id : nodeIds) {
      String node = id == null ? "" : id.strip();
      if (!node.isEmpty() && (!NodeId.isValid(node) || nodes.find(new NodeId(node)).isEmpty())) {
        problems.add(new FieldProblem("nodeIds", "names no node of the federation: " + node));
      }
    }
  }

  private List<Seat> seats(List<CommitteeInput.Member> members, List<FieldProblem> problems) {
    List<Seat> seats = new ArrayList<>();
    if (members == null) {
      return seats;
    }
    for (int i = 0; i < members.size(); i++) {
      CommitteeInput.Member m = members.get(i);
      String field = "members[" + i + "].email";
      if (m == null || m.email() == null || m.email().isBlank()) {
        problems.add(new FieldProblem(field, "is required"));
        continue;
      }
      Optional<UserProfile> person = users.byEmail(m.email().strip());
      if (person.isEmpty()) {
        problems.add(
            new FieldProblem(
                field,
                "names nobody who has signed in to the hub; people join committees after their"
                    + " first sign-in"));
      } else {
        seats.add(new Seat(person.get().subject(), Boolean.TRUE.equals(m.chair())));
      }
    }
    return seats;
  }
}
