package eu.imaginghub.access.use.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a person may use datasets for a project over a period: they must be a member of
 * the open project, and for each dataset the project must hold one entitlement in force over the
 * whole period (a check asks about an instant: the period is that instant); no entitlement covers a
 * use after the dataset's invalidation, which revoked them all. Every reason against the use is
 * reported, not only the first, so that a node can tell the person everything to fix.
 */
public final class UseRules {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private UseRules() {}

  public static UseVerdict decide(
      Standing standing,
      String projectCode,
      List<DatasetFacts> datasets,
      Instant from,
      Instant to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a use cannot end before it starts");
    }
    List<Finding> findings = new ArrayList<>();
    standingFinding(standing, projectCode).ifPresent(findings::add);
    Map<String, String> entitlements = new LinkedHashMap<>();
    for (DatasetFacts d : datasets) {
      if (!d.known()) {
        findings.add(
            new Finding(
                Finding.Code.DATASET_UNKNOWN,
                d.datasetId(),
                "Dataset " + d.datasetId() + " is unknown to the hub"));
        continue;
      }
      Optional<Grant> covering = d.grants().stream().filter(g -> g.covers(from, to)).findFirst();
      if (covering.isPresent()) {
        entitlements.put(d.datasetId(), covering.get().id());
      } else if (d.invalidated()) {
        // its entitlements were revoked with the invalidation: the invalidation is the reason
        findings.add(
            new Finding(
                Finding.Code.DATASET_INVALIDATED,
                d.datasetId(),
                "Dataset " + d.datasetId() + " was invalidated by its node and may not be used"));
      } else {
        findings.add(missingEntitlement(projectCode, d, from, to));
      }
    }
    return new UseVerdict(findings, entitlements);
  }

  private static Optional<Finding> standingFinding(Standing standing, String projectCode) {
    return switch (standing) {
      case MEMBER -> Optional.empty();
      case UNKNOWN_USER ->
          Optional.of(
              new Finding(
                  Finding.Code.UNKNOWN_USER,
                  null,
                  "The user is unknown: nobody with this subject or e-mail address has signed in"
                      + " to the hub"));
      case NOT_A_MEMBER ->
          Optional.of(
              new Finding(
                  Finding.Code.NOT_A_MEMBER,
                  null,
                  "The user is not a member of project " + projectCode));
      case PROJECT_CLOSED ->
          Optional.of(
              new Finding(
                  Finding.Code.PROJECT_CLOSED, null, "Project " + projectCode + " is closed"));
    };
  }

  /**
   * Why no entitlement covers the period, naming the most telling one: a revocation before an
   * expiry before one not yet started; without any, that none was ever granted.
   */
  private static Finding missingEntitlement(
      String projectCode, DatasetFacts d, Instant from, Instant to) {
    String prefix =
        "No active entitlement of project " + projectCode + " to dataset " + d.datasetId() + ": ";
    Optional<Grant> revoked =
        latest(d.grants().stream().filter(g -> g.revokedBy(to)).toList(), Grant::revokedAt);
    if (revoked.isPresent()) {
      Grant g = revoked.get();
      String why =
          g.revokeReason() == null || g.revokeReason().isBlank()
              ? ""
              : " (" + g.revokeReason().strip() + ")";
      return new Finding(
          Finding.Code.ENTITLEMENT_REVOKED,
          d.datasetId(),
          prefix + "revoked on " + DAY.format(g.revokedAt()) + why);
    }
    Optional<Grant> expired =
        latest(d.grants().stream().filter(g -> g.endedBy(to)).toList(), Grant::end);
    if (expired.isPresent()) {
      return new Finding(
          Finding.Code.ENTITLEMENT_EXPIRED,
          d.datasetId(),
          prefix + "expired on " + DAY.format(expired.get().end()));
    }
    Optional<Grant> later =
        d.grants().stream()
            .filter(g -> g.start().isAfter(from))
            .min(Comparator.comparing(Grant::start));
    if (later.isPresent()) {
      return new Finding(
          Finding.Code.NOT_YET_VALID,
          d.datasetId(),
          prefix + "it starts only on " + DAY.format(later.get().start()));
    }
    return new Finding(Finding.Code.NEVER_GRANTED, d.datasetId(), prefix + "none was ever granted");
  }

  private static Optional<Grant> latest(
      List<Grant> grants, java.util.function.Function<Grant, Instant> by) {
    return grants.stream().max(Comparator.comparing(by));
  }
}
