package eu.imaginghub.catalogue.dataset.domain;

import eu.imaginghub.catalogue.node.domain.Node;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A dataset held at a federated node, as the hub knows it. The aggregate root of the catalogue: its
 * description is replaced as a whole (as a node republishes it), never field by field.
 */
@Entity
@Table(name = "dataset")
public class Dataset {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "node_id", nullable = false)
  private Node node;

  @Column(name = "local_id", nullable = false, length = 500)
  private String localId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private LifecycleStatus status;

  @Embedded private DescriptionFields fields;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Embedded private LifecycleState lifecycle;

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  @ElementCollection
  @CollectionTable(name = "dataset_code", joinColumns = @JoinColumn(name = "dataset_id"))
  @OrderColumn(name = "position")
  private List<CodedValue> codes = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "dataset_text", joinColumns = @JoinColumn(name = "dataset_id"))
  @OrderColumn(name = "position")
  private List<TextValue> texts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "dataset_agent", joinColumns = @JoinColumn(name = "dataset_id"))
  @OrderColumn(name = "position")
  private List<DatasetAgent> agents = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "dataset_distribution", joinColumns = @JoinColumn(name = "dataset_id"))
  @OrderColumn(name = "position")
  private List<Distribution> distributions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "dataset_language_text", joinColumns = @JoinColumn(name = "dataset_id"))
  @OrderColumn(name = "position")
  private List<LanguageText> languageTexts = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "dataset_identifier", joinColumns = @JoinColumn(name = "dataset_id"))
  @OrderColumn(name = "position")
  private List<IdentifierValue> identifiers = new ArrayList<>();

  protected Dataset() {}

  public Dataset(
      Node node,
      String localId,
      LifecycleStatus status,
      DatasetDescription description,
      Instant now) {
    this.node = Objects.requireNonNull(node, "node");
    if (localId == null || localId.isBlank()) {
      throw new IllegalArgumentException("a dataset needs the node's local id");
    }
    this.localId = localId.strip();
    this.id = DatasetId.of(node.id().value(), this.localId).value();
    this.createdAt = Objects.requireNonNull(now, "now");
    this.lifecycle = LifecycleState.first(now);
    revise(status, description, now);
  }

  /** Replaces the whole description, as the node republished it. */
  public void revise(LifecycleStatus newStatus, DatasetDescription d, Instant now) {
    ensureNotWithdrawn();
    this.status = Objects.requireNonNull(newStatus, "status");
    lifecycle.reached(status);
    this.fields = DescriptionFields.of(d);
    codes.clear();
    d.codes().forEach((p, values) -> values.forEach(c -> codes.add(new CodedValue(p, c))));
    texts.clear();
    d.texts().forEach((p, values) -> values.forEach(t -> texts.add(new TextValue(p, t))));
    agents.clear();
    d.agents().forEach((r, values) -> values.forEach(a -> agents.add(new DatasetAgent(r, a))));
    distributions.clear();
    distributions.addAll(d.distributions());
    languageTexts.clear();
    languageTexts.addAll(LanguageText.rows(d.translations()));
    identifiers.clear();
    d.identifiers().forEach(i -> identifiers.add(new IdentifierValue(i)));
    this.updatedAt = asStored(now);
  }

  /** Moves the dataset to the status a legal transition leads to (not invalidation). */
  public void move(LifecycleTransition transition, Instant now) {
    if (transition == LifecycleTransition.INVALIDATE) {
      throw new IllegalArgumentException("an invalidation needs its reason and actor");
    }
    this.status = transition.apply(status);
    lifecycle.reached(status);
    this.updatedAt = asStored(now);
  }

  /** Invalidates the dataset for good, keeping who did it and why. */
  public void invalidate(String bySubject, String byName, String reason, Instant now) {
    this.status = LifecycleTransition.INVALIDATE.apply(status);
    lifecycle.invalidated(now, bySubject, byName, reason);
    this.updatedAt = asStored(now);
  }

  /** Replaces the description of a published dataset by its next version. */
  public void nextVersion(DatasetDescription d, Instant now) {
    LifecycleTransition.NEW_VERSION.apply(status);
    revise(status, d, now);
    lifecycle.nextVersion(asStored(now));
  }

  /** Takes the dataset out of the catalogue; it stays as a tombstone, never deleted. */
  public void withdraw(Instant now) {
    ensureNotWithdrawn();
    this.withdrawnAt = now;
    this.updatedAt = asStored(now);
  }

  /**
   * The time as the database keeps it (microseconds), so that the copy in the search index, made
   * from this object, equals what is read back from the database when the two are compared.
   */
  private static Instant asStored(Instant time) {
    return time.truncatedTo(ChronoUnit.MICROS);
  }

  /** Brings a withdrawn dataset back, as its node published it again. */
  public void restore(LifecycleStatus newStatus, DatasetDescription d, Instant now) {
    if (withdrawnAt == null) {
      throw new IllegalStateException("dataset " + id + " is not withdrawn");
    }
    this.withdrawnAt = null;
    revise(newStatus, d, now);
  }

  private void ensureNotWithdrawn() {
    if (withdrawnAt != null) {
      throw new IllegalStateException("dataset " + id + " was withdrawn");
    }
  }

  public DatasetDescription description() {
    return fields.with(
        grouped(CodedProperty.class, codes, CodedValue::property, CodedValue::concept),
        grouped(TextProperty.class, texts, TextValue::property, TextValue::value),
        grouped(AgentRole.class, agents, DatasetAgent::role, DatasetAgent::agent),
        List.copyOf(distributions),
        LanguageText.translations(languageTexts),
        identifiers.stream().map(IdentifierValue::identifier).toList());
  }

  /** Every language of the title, description and keywords. */
  public Translations translations() {
    return LanguageText.translations(languageTexts);
  }

  private static <K extends Enum<K>, R, V> Map<K, List<V>> grouped(
      Class<K> keys, List<R> rows, Function<R, K> key, Function<R, V> value) {
    Map<K, List<V>> map = new EnumMap<>(keys);
    rows.forEach(
        r -> map.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(value.apply(r)));
    return map;
  }

  public List<Concept> codes(CodedProperty property) {
    return codes.stream().filter(c -> c.property() == property).map(CodedValue::concept).toList();
  }

  public List<String> texts(TextProperty property) {
    return texts.stream().filter(t -> t.property() == property).map(TextValue::value).toList();
  }

  public List<AgeGroup> ageGroups() {
    return AgeGroup.overlapping(fields.minTypicalAge(), fields.maxTypicalAge());
  }

  public Optional<CohortSize> cohortSize() {
    return Optional.ofNullable(fields.numberOfIndividuals()).map(CohortSize::of);
  }

  public boolean hasSegmentations() {
    return (fields.segmentationCount() != null && fields.segmentationCount() > 0)
        || !codes(CodedProperty.SEGMENTATION_LABEL).isEmpty();
  }

  /** Whether someone who may not see unreleased work can see this dataset. */
  public boolean isPublic() {
    return withdrawnAt == null && status.isPublic();
  }

  public DatasetId id() {
    return new DatasetId(id);
  }

  public Node node() {
    return node;
  }

  public String localId() {
    return localId;
  }

  public LifecycleStatus status() {
    return status;
  }

  public String title() {
    return fields.title();
  }

  public Integer numberOfIndividuals() {
    return fields.numberOfIndividuals();
  }

  public Integer numberOfStudies() {
    return fields.numberOfStudies();
  }

  public Integer minTypicalAge() {
    return fields.minTypicalAge();
  }

  public Integer maxTypicalAge() {
    return fields.maxTypicalAge();
  }

  /** The free-text description (the whole description record is {@link #description()}). */
  public String descriptionText() {
    return fields.description();
  }

  public AccessRights accessRights() {
    return fields.accessRights();
  }

  public LocalDate issued() {
    return fields.issued();
  }

  public Optional<String> doi() {
    return lifecycle.doi();
  }

  public LifecycleState lifecycle() {
    return lifecycle;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }

  public long revision() {
    return revision;
  }
}
