package eu.imaginghub.access.use.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A use of datasets a node checked before running it, or reported after it ran, with the verdict of
 * the use rules at that time. A reported use is kept whatever the verdict: the use happened, and a
 * report without entitlement is the one most worth keeping. Never changed once recorded.
 */
@Entity
@Table(name = "dataset_use")
public class DatasetUse {

  /** Longest reason kept; the full reason always fits but for pathological revocation texts. */
  static final int MAX_REASON = 4000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  private UseKind kind;

  @Column(name = "node_id", length = 63)
  private String nodeId;

  @Column(name = "asked_by", nullable = false, length = 255)
  private String askedBy;

  @Column(name = "user_given", nullable = false, length = 320)
  private String userGiven;

  @Column(name = "user_subject", length = 255)
  private String userSubject;

  @Column(name = "project_code", nullable = false, length = 64)
  private String projectCode;

  @Column(name = "tool_name", nullable = false, length = 200)
  private String toolName;

  @Column(name = "tool_version", length = 100)
  private String toolVersion;

  @Column(name = "entitled", nullable = false)
  private boolean entitled;

  @Column(name = "reason_codes", length = 500)
  private String reasonCodes;

  @Column(name = "reason", nullable = false, length = MAX_REASON)
  private String reason;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "model_id", length = 200)
  private String modelId;

  @Column(name = "model_version", length = 100)
  private String modelVersion;

  @Column(name = "model_sha256", length = 64)
  private String modelSha256;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "trace_id", length = 36)
  private String traceId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dataset_use_dataset", joinColumns = @JoinColumn(name = "use_id"))
  @OrderColumn(name = "seq")
  private List<UsedDataset> datasets = new ArrayList<>();

  protected DatasetUse() {}

  /**
   * Records what a node said and what the rules decided.
   *
   * @param nodeId the node the use runs at; null when no dataset named is known and the caller is
   *     no node
   * @param askedBy who asked: the node token's subject, or the operator's
   * @param userSubject the person as the hub knows them; null when unknown
   */
  public DatasetUse(
      UseRequest request,
      String nodeId,
      String askedBy,
      String userSubject,
      String projectCode,
      UseVerdict verdict,
      Instant now) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(verdict, "verdict");
    this.id = UUID.randomUUID().toString();
    this.kind = request.isReport() ? UseKind.REPORT : UseKind.CHECK;
    this.nodeId = nodeId;
    this.askedBy = Objects.requireNonNull(askedBy, "asked by");
    this.userGiven = request.user();
    this.userSubject = userSubject;
    this.projectCode = Objects.requireNonNull(projectCode, "project");
    this.toolName = request.tool().name();
    this.toolVersion = request.tool().version();
    this.entitled = verdict.allowed();
    this.reasonCodes = verdict.allowed() ? null : verdict.codes();
    String text = verdict.reason(projectCode);
    this.reason = text.length() > MAX_REASON ? text.substring(0, MAX_REASON - 1) + "…" : text;
    this.startedAt = request.startedAt();
    this.endedAt = request.endedAt();
    request
        .trainedModel()
        .ifPresent(
            m -> {
              this.modelId = m.id();
              this.modelVersion = m.version();
              this.modelSha256 = m.sha256();
            });
    this.recordedAt = Objects.requireNonNull(now, "now");
    for (String datasetId : request.datasetIds()) {
      datasets.add(new UsedDataset(datasetId, verdict.entitlements().get(datasetId)));
    }
  }

  /** Links the use to the trace that records it; done once, in the transaction recording both. */
  public void tracedAs(String traceId) {
    if (this.traceId != null) {
      throw new IllegalStateException("use " + id + " is traced already");
    }
    this.traceId = Objects.requireNonNull(traceId, "trace id");
  }

  public String id() {
    return id;
  }

  public UseKind kind() {
    return kind;
  }

  public Optional<String> nodeId() {
    return Optional.ofNullable(nodeId);
  }

  public String askedBy() {
    return askedBy;
  }

  public String userGiven() {
    return userGiven;
  }

  public Optional<String> userSubject() {
    return Optional.ofNullable(userSubject);
  }

  public String projectCode() {
    return projectCode;
  }

  public Tool tool() {
    return new Tool(toolName, toolVersion);
  }

  /** For a check: whether it was allowed; for a report: whether the use was entitled. */
  public boolean entitled() {
    return entitled;
  }

  /** The codes of the reasons it was not, separated by spaces; empty when it was. */
  public String reasonCodes() {
    return reasonCodes == null ? "" : reasonCodes;
  }

  public String reason() {
    return reason;
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<TrainedModel> model() {
    return modelId == null
        ? Optional.empty()
        : Optional.of(new TrainedModel(modelId, modelVersion, modelSha256));
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  public List<UsedDataset> datasets() {
    return List.copyOf(datasets);
  }

  public List<String> datasetIds() {
    return datasets.stream().map(UsedDataset::datasetId).toList();
  }

  public List<String> entitlementIds() {
    return datasets.stream().flatMap(d -> d.entitlementId().stream()).distinct().toList();
  }
}
