package eu.imaginghub.access.committee.domain;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A data-access committee: the people who decide requests for the datasets it governs, named one by
 * one or as every dataset of a node. Admins set it up and redefine it as a whole; every change is
 * appended to its history with who made it, when and what it changed.
 */
@Entity
@Table(name = "committee")
public class Committee {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "name", nullable = false, length = CommitteeDefinition.MAX_NAME)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "quorum_kind", nullable = false, length = 20)
  private QuorumKind quorumKind;

  @Column(name = "quorum_n", nullable = false)
  private int quorumN;

  @Column(name = "vote_days", nullable = false)
  private int voteDays;

  @Column(name = "created_by", nullable = false, length = 255)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Two admins redefining it at once: the second gets a conflict, not a lost change. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ElementCollection
  @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "committee_id"))
  @OrderColumn(name = "seat_order")
  private List<Seat> seats = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "committee_dataset", joinColumns = @JoinColumn(name = "committee_id"))
  @Column(name = "dataset_id", nullable = false, length = CommitteeDefinition.MAX_ID)
  private Set<String> datasetIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "committee_node", joinColumns = @JoinColumn(name = "committee_id"))
  @Column(name = "node_id", nullable = false, length = CommitteeDefinition.MAX_ID)
  private Set<String> nodeIds = new HashSet<>();

  @OneToMany(mappedBy = "committee", cascade = CascadeType.PERSIST)
  @OrderBy("seq")
  private List<CommitteeChange> changes = new ArrayList<>();

  protected Committee() {}

  /** Sets a committee up; only admins may (401, 403). */
  public Committee(CommitteeDefinition definition, Viewer actor, Instant now) {
    requireMayManage(actor);
    this.id = UUID.randomUUID().toString();
    this.createdBy = actor.subject();
    this.createdAt = Objects.requireNonNull(now, "now");
    apply(definition);
    record(CommitteeChange.Kind.CREATED, actor.subject(), now, differences(null, definition));
  }

  /**
   * Seeds a committee on the hub's own behalf, with no admin acting (demo data at start).
   *
   * @param actor how the history names the hub, e.g. {@code hub:demo-data}
   */
  public static Committee seeded(CommitteeDefinition definition, String actor, Instant now) {
    Committee c = new Committee();
    c.id = UUID.randomUUID().toString();
    c.createdBy = actor;
    c.createdAt = now;
    c.apply(definition);
    c.record(CommitteeChange.Kind.CREATED, actor, now, differences(null, definition));
    return c;
  }

  /**
   * Replaces the whole definition (admins only); records what changed, and nothing when nothing
   * did.
   */
  public void redefine(CommitteeDefinition definition, Viewer actor, Instant now) {
    requireMayManage(actor);
    List<ChangeItem> items = differences(definition(), definition);
    if (!items.isEmpty()) {
      apply(definition);
      record(CommitteeChange.Kind.UPDATED, actor.subject(), now, items);
    }
  }

  /** Refuses anonymous callers (401) and those who are no admins (403). */
  public static void requireMayManage(Viewer viewer) {
    viewer.requireAdmin("manage data-access committees");
  }

  /** Admins and the committee's members may see it and its history. */
  public boolean maySee(Viewer viewer) {
    return viewer.isAdmin() || isMember(viewer.subject());
  }

  public void requireMaySee(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new ProblemException(
          ProblemException.Kind.UNAUTHENTICATED, "Sign in to see data-access committees");
    }
    if (!maySee(viewer)) {
      throw ProblemException.forbidden("Only admins and the committee's members may see it");
    }
  }

  public boolean isMember(String subject) {
    return subject != null && seats.stream().anyMatch(s -> s.memberSubject().equals(subject));
  }

  public CommitteeDefinition definition() {
    return new CommitteeDefinition(name, quorumKind, quorumN, voteDays, seats, datasetIds, nodeIds);
  }

  private void apply(CommitteeDefinition d) {
    name = d.name();
    quorumKind = d.quorumKind();
    quorumN = d.quorumN();
    voteDays = d.voteDays();
    seats.clear();
    seats.addAll(d.seats());
    datasetIds.clear();
    datasetIds.addAll(d.datasetIds());
    nodeIds.clear();
    nodeIds.addAll(d.nodeIds());
  }

  private void record(
      CommitteeChange.Kind kind, String actor, Instant now, List<ChangeItem> items) {
    changes.add(new CommitteeChange(this, changes.size() + 1, kind, actor, now, items));
  }

  /** What turns the first definition (null: none yet) into the second, field by field. */
  static List<ChangeItem> differences(CommitteeDefinition from, CommitteeDefinition to) {
    List<ChangeItem> items = new ArrayList<>();
    scalar(items, "name", from == null ? null : from.name(), to.name());
    scalar(items, "quorum", from == null ? null : quorum(from), quorum(to));
    scalar(
        items,
        "voteDays",
        from == null ? null : String.valueOf(from.voteDays()),
        String.valueOf(to.voteDays()));
    scalar(items, "chair", from == null ? null : from.chairSubject(), to.chairSubject());
    members(items, from == null ? List.of() : from.seats(), to.seats());
    set(items, "dataset", from == null ? Set.of() : from.datasetIds(), to.datasetIds());
    set(items, "node", from == null ? Set.of() : from.nodeIds(), to.nodeIds());
    return items;
  }

  private static String quorum(CommitteeDefinition d) {
    return d.quorumKind() == QuorumKind.N_OF_M
        ? "N_OF_M(" + d.quorumN() + ")"
        : d.quorumKind().name();
  }

  private static void scalar(List<ChangeItem> items, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      items.add(new ChangeItem(field, before, after));
    }
  }

  private static void members(List<ChangeItem> items, List<Seat> before, List<Seat> after) {
    Map<String, Seat> old =
        before.stream().collect(Collectors.toMap(Seat::memberSubject, Function.identity()));
    Map<String, Seat> now =
        after.stream().collect(Collectors.toMap(Seat::memberSubject, Function.identity()));
    set(items, "member", old.keySet(), now.keySet());
  }

  private static void set(
      List<ChangeItem> items, String field, Set<String> before, Set<String> after) {
    for (String gone : new TreeSet<>(before)) {
      if (!after.contains(gone)) {
        items.add(new ChangeItem(field, gone, null));
      }
    }
    for (String added : new TreeSet<>(after)) {
      if (!before.contains(added)) {
        items.add(new ChangeItem(field, null, added));
      }
    }
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The history, oldest first. */
  public List<CommitteeChange> changes() {
    return List.copyOf(changes);
  }
}
