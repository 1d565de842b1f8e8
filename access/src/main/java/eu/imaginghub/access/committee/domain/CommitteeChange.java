package eu.imaginghub.access.committee.domain;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One change of a committee: who made it, when, and what it changed. Never changed or deleted. */
@Entity
@Table(name = "committee_change")
public class CommitteeChange {

  /** Whether the committee was set up or redefined. */
  public enum Kind {
    CREATED,
    UPDATED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "committee_id", nullable = false)
  private Committee committee;

  /** Position in the committee's history, from 1: times may tie, the order may not. */
  @Column(name = "seq", nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private Kind kind;

  @Column(name = "actor", nullable = false, length = 255)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @ElementCollection
  @CollectionTable(name = "committee_change_item", joinColumns = @JoinColumn(name = "change_id"))
  @OrderColumn(name = "item_order")
  private List<ChangeItem> items = new ArrayList<>();

  protected CommitteeChange() {}

  CommitteeChange(
      Committee committee, int seq, Kind kind, String actor, Instant now, List<ChangeItem> items) {
    this.id = UUID.randomUUID().toString();
    this.committee = committee;
    this.seq = seq;
    this.kind = kind;
    this.actor = actor;
    this.occurredAt = now;
    this.items.addAll(items);
  }

  public int seq() {
    return seq;
  }

  public Kind kind() {
    return kind;
  }

  public String actor() {
    return actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public List<ChangeItem> items() {
    return List.copyOf(items);
  }
}
