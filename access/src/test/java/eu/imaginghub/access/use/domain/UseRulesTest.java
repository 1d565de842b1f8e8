package eu.imaginghub.access.use.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UseRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
  private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
  private static final Instant NEXT_YEAR = NOW.plus(Duration.ofDays(365));
  private static final String PROJECT = "LUNG-AI";

  private static Grant active(String id) {
    return new Grant(id, YEAR_AGO, NEXT_YEAR, null, null);
  }

  private static DatasetFacts dataset(String id, Grant... grants) {
    return new DatasetFacts(id, true, List.of(grants));
  }

  private static UseVerdict check(Standing standing, DatasetFacts... datasets) {
    return UseRules.decide(standing, PROJECT, List.of(datasets), NOW, NOW);
  }

  @Test
  void aMemberWithAnActiveEntitlementPerDatasetIsAllowedAndToldWhichOnes() {
    UseVerdict verdict =
        check(Standing.MEMBER, dataset("d1", active("e1")), dataset("d2", active("e2")));

    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.findings()).isEmpty();
    assertThat(verdict.entitlements())
        .containsExactly(java.util.Map.entry("d1", "e1"), java.util.Map.entry("d2", "e2"));
    assertThat(verdict.reason(PROJECT))
        .isEqualTo("Project LUNG-AI holds an active entitlement to every dataset named");
    assertThat(verdict.codes()).isEmpty();
  }

  @Test
  void anUnknownUserIsDenied() {
    UseVerdict verdict = check(Standing.UNKNOWN_USER, dataset("d1", active("e1")));

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.findings())
        .extracting(Finding::code, Finding::datasetId)
        .containsExactly(tuple(Finding.Code.UNKNOWN_USER, null));
    assertThat(verdict.reason(PROJECT)).startsWith("The user is unknown");
  }

  @Test
  void someoneOutsideTheProjectOrInAClosedOneIsDenied() {
    assertThat(check(Standing.NOT_A_MEMBER, dataset("d1", active("e1"))).reason(PROJECT))
        .isEqualTo("The user is not a member of project LUNG-AI");
    assertThat(check(Standing.PROJECT_CLOSED, dataset("d1", active("e1"))).codes())
        .isEqualTo("PROJECT_CLOSED");
  }

  @Test
  void aDatasetNeverGrantedIsNamed() {
    UseVerdict verdict = check(Standing.MEMBER, dataset("d1", active("e1")), dataset("d2"));

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.entitlements()).containsOnlyKeys("d1");
    assertThat(verdict.reason(PROJECT))
        .isEqualTo("No active entitlement of project LUNG-AI to dataset d2: none was ever granted");
    assertThat(verdict.codes()).isEqualTo("NEVER_GRANTED");
  }

  @Test
  void anExpiredEntitlementSaysWhenItEnded() {
    Grant expired = new Grant("e1", YEAR_AGO, Instant.parse("2026-11-30T00:00:00Z"), null, null);

    UseVerdict verdict = check(Standing.MEMBER, dataset("d1", expired));

    assertThat(verdict.findings())
        .extracting(Finding::code, Finding::text)
        .containsExactly(
            tuple(
                Finding.Code.ENTITLEMENT_EXPIRED,
                "No active entitlement of project LUNG-AI to dataset d1: expired on 2026-11-30"));
  }

  @Test
  void anEntitlementEndsAtItsEndInstantExactly() {
    Grant endingNow = new Grant("e1", YEAR_AGO, NOW, null, null);

    assertThat(check(Standing.MEMBER, dataset("d1", endingNow)).codes())
        .isEqualTo("ENTITLEMENT_EXPIRED");
    assertThat(
            UseRules.decide(
                    Standing.MEMBER,
                    PROJECT,
                    List.of(dataset("d1", endingNow)),
                    NOW.minusSeconds(1),
                    NOW.minusSeconds(1))
                .allowed())
        .isTrue();
  }

  @Test
  void aRevokedEntitlementSaysWhenAndWhyAndWinsOverAnExpiredOne() {
    Grant revoked =
        new Grant(
            "e2", YEAR_AGO, NEXT_YEAR, Instant.parse("2026-12-01T09:00:00Z"), "consent withdrawn");
    Grant expired = new Grant("e1", YEAR_AGO, YEAR_AGO.plus(Duration.ofDays(30)), null, null);

    UseVerdict verdict = check(Standing.MEMBER, dataset("d1", expired, revoked));

    assertThat(verdict.reason(PROJECT))
        .isEqualTo(
            "No active entitlement of project LUNG-AI to dataset d1: revoked on 2026-12-01"
                + " (consent withdrawn)");
    assertThat(verdict.codes()).isEqualTo("ENTITLEMENT_REVOKED");
  }

  @Test
  void anInvalidatedDatasetIsDeniedForItsInvalidationRatherThanTheRevocationItCaused() {
    Grant revoked =
        new Grant(
            "e1", YEAR_AGO, NEXT_YEAR, NOW.minusSeconds(60), "dataset invalidated: bad labels");

    UseVerdict verdict =
        check(Standing.MEMBER, new DatasetFacts("d1", true, true, List.of(revoked)));

    assertThat(verdict.allowed()).isFalse();
    assertThat(verdict.codes()).isEqualTo("DATASET_INVALIDATED");
    assertThat(verdict.reason(PROJECT))
        .isEqualTo("Dataset d1 was invalidated by its node and may not be used");
  }

  @Test
  void aUseReportedOverAPeriodBeforeTheInvalidationStaysEntitled() {
    Instant invalidatedAt = NOW.plusSeconds(3600);
    Grant revoked = new Grant("e1", YEAR_AGO, NEXT_YEAR, invalidatedAt, "dataset invalidated: x");

    UseVerdict verdict =
        UseRules.decide(
            Standing.MEMBER,
            PROJECT,
            List.of(new DatasetFacts("d1", true, true, List.of(revoked))),
            NOW.minusSeconds(600),
            NOW);

    assertThat(verdict.allowed()).isTrue();
    assertThat(verdict.entitlements()).containsEntry("d1", "e1");
  }

  @Test
  void aRevocationAfterTheUseDoesNotDenyIt() {
    Grant revokedLater = new Grant("e1", YEAR_AGO, NEXT_YEAR, NOW.plusSeconds(3600), "late");

    assertThat(check(Standing.MEMBER, dataset("d1", revokedLater)).allowed()).isTrue();
  }

  @Test
  void aReportedUseNeedsOneEntitlementOverItsWholeRun() {
    Instant end = Instant.parse("2026-12-20T00:00:00Z");
    Grant endsMidway = new Grant("e1", YEAR_AGO, end, null, null);

    UseVerdict across =
        UseRules.decide(
            Standing.MEMBER, PROJECT, List.of(dataset("d1", endsMidway)), NOW, end.plusSeconds(60));
    UseVerdict within =
        UseRules.decide(
            Standing.MEMBER,
            PROJECT,
            List.of(dataset("d1", endsMidway)),
            NOW,
            end.minusSeconds(60));

    assertThat(across.codes()).isEqualTo("ENTITLEMENT_EXPIRED");
    assertThat(within.entitlements()).containsEntry("d1", "e1");
  }

  @Test
  void anEntitlementNotStartedYetSaysFromWhen() {
    Grant later = new Grant("e1", NOW.plus(Duration.ofDays(2)), NEXT_YEAR, null, null);

    UseVerdict verdict = check(Standing.MEMBER, dataset("d1", later));

    assertThat(verdict.codes()).isEqualTo("NOT_YET_VALID");
    assertThat(verdict.reason(PROJECT)).endsWith("it starts only on 2026-12-08");
  }

  @Test
  void everyReasonIsGivenInOrderNotOnlyTheFirst() {
    UseVerdict verdict = check(Standing.NOT_A_MEMBER, DatasetFacts.unknown("nope"), dataset("d2"));

    assertThat(verdict.findings())
        .extracting(Finding::code, Finding::datasetId)
        .containsExactly(
            tuple(Finding.Code.NOT_A_MEMBER, null),
            tuple(Finding.Code.DATASET_UNKNOWN, "nope"),
            tuple(Finding.Code.NEVER_GRANTED, "d2"));
    assertThat(verdict.reason(PROJECT))
        .isEqualTo(
            "The user is not a member of project LUNG-AI; Dataset nope is unknown to the hub;"
                + " No active entitlement of project LUNG-AI to dataset d2: none was ever granted");
    assertThat(verdict.codes()).isEqualTo("NOT_A_MEMBER DATASET_UNKNOWN NEVER_GRANTED");
  }

  @Test
  void aUseCannotEndBeforeItStarts() {
    assertThatThrownBy(
            () -> UseRules.decide(Standing.MEMBER, PROJECT, List.of(), NOW, NOW.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
