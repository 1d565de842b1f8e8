package eu.imaginghub.access.entitlement.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.WritableText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's right to use one dataset, granted by a committee's approval of a part of an access
 * request. It runs from the decision to the access end the request named and ends by itself then;
 * the deciding committee's chair or an admin may revoke it before, with a reason. Its status is
 * derived from the clock ({@link EntitlementStatus}), so no background job has to run for it to
 * end.
 */
@Entity
@Table(name = "entitlement")
public class Entitlement {

  public static final int MAX_REASON = 2000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "project_code", nullable = false, length = 32)
  private String projectCode;

  @Column(name = "dataset_id", nullable = false, length = 255)
  private String datasetId;

  @Column(name = "request_id", nullable = false, length = 64)
  private String requestId;

  @Column(name = "part_id", nullable = false, length = 64)
  private String partId;

  @Column(name = "committee_id", length = 64)
  private String committeeId;

  /** {@code quorum} when the votes decided, else the chair's subject. */
  @Column(name = "decided_by", nullable = false, length = 255)
  private String decidedBy;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 255)
  private String revokedBy;

  @Column(name = "revoke_reason", length = MAX_REASON)
  private String revokeReason;

  /** Written only by the expiry round's conditional updates, which also raise the version. */
  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "expiry_recorded_at")
  private Instant expiryRecordedAt;

  /** A revocation racing another, or the expiry round, loses instead of overwriting it. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Entitlement() {}

  /** What an approval grants: the decision and the dataset. */
  public record Grant(
      String projectCode,
      String datasetId,
      String requestId,
      String partId,
      String committeeId,
      String decidedBy,
      Instant start,
      Instant end) {

    public Grant {
      Objects.requireNonNull(projectCode, "projectCode");
      Objects.requireNonNull(datasetId, "datasetId");
      Objects.requireNonNull(requestId, "requestId");
      Objects.requireNonNull(partId, "partId");
      Objects.requireNonNull(decidedBy, "decidedBy");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "an entitlement's end is required");
    }
  }

  public Entitlement(Grant grant) {
    this.id = UUID.randomUUID().toString();
    this.projectCode = grant.projectCode();
    this.datasetId = grant.datasetId();
    this.requestId = grant.requestId();
    this.partId = grant.partId();
    this.committeeId = grant.committeeId();
    this.decidedBy = grant.decidedBy();
    this.startsAt = grant.start();
    this.endsAt = grant.end();
  }

  public EntitlementStatus status(Instant now) {
    return EntitlementStatus.of(endsAt, revokedAt, now);
  }

  /**
   * Ends the entitlement now.
   *
   * @throws ProblemException 400 without a reason, 409 when it has ended already (revoked or
   *     expired)
   */
  public void revoke(String actorSubject, String reason, Instant now) {
    String r = reason == null ? "" : reason.strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (r.isEmpty()) {
      problems.add(new FieldProblem("reason", "is required"));
    } else {
      WritableText.check("reason", r, MAX_REASON, problems);
    }
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    EntitlementStatus status = status(now);
    if (status != EntitlementStatus.ACTIVE) {
      throw new ProblemException(
          ProblemException.Kind.CONFLICT,
          "Entitlement " + id + " is " + status.name().toLowerCase() + " already");
    }
    this.revokedAt = Objects.requireNonNull(now, "now");
    this.revokedBy = Objects.requireNonNull(actorSubject, "actorSubject");
    this.revokeReason = r;
  }

  public String id() {
    return id;
  }

  public String projectCode() {
    return projectCode;
  }

  public String datasetId() {
    return datasetId;
  }

  public String requestId() {
    return requestId;
  }

  public String partId() {
    return partId;
  }

  public Optional<String> committeeId() {
    return Optional.ofNullable(committeeId);
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant start() {
    return startsAt;
  }

  public Instant end() {
    return endsAt;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  public Optional<String> revokeReason() {
    return Optional.ofNullable(revokeReason);
  }
}
