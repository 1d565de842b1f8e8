package eu.imaginghub.access.entitlement.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** All entitlements, ended ones included. Lists are ordered by end, then id. */
public interface EntitlementRepository {

  void add(Entitlement entitlement);

  Optional<Entitlement> find(String id);

  List<Entitlement> all();

  /** Those of these projects or decided by these committees. */
  List<Entitlement> ofProjectsOrCommittees(
      Collection<String> projectCodes, Collection<String> committeeIds);

  /** Active at {@code at}: started, not ended, not revoked by then. */
  List<Entitlement> activeOfProject(String projectCode, Instant at);

  /** Those to this dataset neither ended nor revoked at {@code at}, locked until the end. */
  List<Entitlement> unendedOfDataset(String datasetId, Instant at);

  Optional<Entitlement> activeFor(String projectCode, String datasetId, Instant at);

  /** Not revoked, not ended at {@code now}, ending before {@code until}, holders not yet warned. */
  List<String> dueForWarning(Instant now, Instant until, int limit);

  /** Ended by {@code now}, never revoked, expiry not yet recorded. */
  List<String> dueForExpiry(Instant now, int limit);

  /**
   * Claims the warning of one entitlement: true for exactly one caller across every hub instance
   * sharing the database.
   */
  boolean claimWarning(String id, Instant now);

  /** Claims recording the expiry of one entitlement, as {@link #claimWarning} does. */
  boolean claimExpiry(String id, Instant now);
}
