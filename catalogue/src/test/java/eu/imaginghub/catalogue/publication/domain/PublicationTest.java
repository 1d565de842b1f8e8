package eu.imaginghub.catalogue.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The publication's state machine: steps in order, retries with backoff, failures kept. */
class PublicationTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(4));
  private static final Publication.Target TARGET = new Publication.Target("ds-1", "es-node", 1);
  private static final Deposition DRAFT =
      new Deposition(
          7, "10.5072/zenodo.7", "10.5072/zenodo.6", "http://z/files/b7", false, null, null);

  @Test
  void stepsFollowEachOtherAndTheResultOfEachIsKept() throws Exception {
    Publication p =
        Publication.waiting(TARGET, Publication.Kind.PUBLISH, T0, T0.plus(Duration.ofHours(1)));
    assertThat(p.step()).isEqualTo(Publication.Step.CREATE);
    lease(p, "w1");
    p.depositing("w1", T0);
    p.deposited("w1", DRAFT, T0);
    assertThat(p.step()).isEqualTo(Publication.Step.UPLOAD);
    assertThat(p.depositionId()).contains(7L);
    assertThat(p.reservedDoi()).isEqualTo("10.5072/zenodo.7");
    assertThat(p.bucketUrl()).isEqualTo("http://z/files/b7");
    p.uploaded("w1", T0);
    assertThat(p.step()).isEqualTo(Publication.Step.PUBLISH);
    p.published(
        "w1",
        new Deposition(
            7, "10.5072/zenodo.7", "10.5072/zenodo.6", null, true, "http://z/records/7", null),
        T0);
    assertThat(p.state()).isEqualTo(Publication.State.PUBLISHED);
    assertThat(p.step()).isEqualTo(Publication.Step.DONE);
    assertThat(p.doi()).isEqualTo("10.5072/zenodo.7");
    assertThat(p.recordUrl()).isEqualTo("http://z/records/7");
    assertThat(p.attempts()).isEqualTo(1);
    assertThat(p.leasedBy("w1")).isFalse();
    assertThat(p.hubVersionId()).isEqualTo("imaging-hub:ds-1:v1");
  }

  @Test
  void onlyTheLeaseHolderMovesIt() throws Exception {
    Publication p = Publication.waiting(TARGET, Publication.Kind.PUBLISH, T0, T0);
    lease(p, "w1");
    assertThatThrownBy(() -> p.deposited("w2", DRAFT, T0))
        .isInstanceOf(IllegalStateException.class);
    assertThat(p.depositionId()).isEmpty();
  }

  @Test
  void transientFailuresComeBackAfterADoublingPauseUntilTheDeadline() throws Exception {
    Publication p =
        Publication.waiting(TARGET, Publication.Kind.PUBLISH, T0, T0.plus(Duration.ofMinutes(2)));
    ZenodoProblem unavailable = new ZenodoProblem(503, "Service unavailable", null);
    lease(p, "w1");
    assertThat(p.attemptFailed("w1", unavailable, true, BACKOFF, T0)).isFalse();
    assertThat(p.state()).isEqualTo(Publication.State.RETRYING);
    assertThat(p.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
    lease(p, "w1");
    assertThat(p.attemptFailed("w1", unavailable, true, BACKOFF, T0.plusSeconds(30))).isFalse();
    assertThat(p.nextAttemptAt()).isEqualTo(T0.plusSeconds(90));
    lease(p, "w1");
    // the last attempt is made at the deadline itself
    assertThat(p.attemptFailed("w1", unavailable, true, BACKOFF, T0.plusSeconds(90))).isFalse();
    assertThat(p.nextAttemptAt()).isEqualTo(T0.plusSeconds(120));
    lease(p, "w1");
    assertThat(p.attemptFailed("w1", unavailable, true, BACKOFF, T0.plusSeconds(120))).isTrue();
    assertThat(p.state()).isEqualTo(Publication.State.FAILED);
    assertThat(p.attempts()).isEqualTo(4);
  }

  @Test
  void aValidationErrorFailsAtOnceWithEveryFieldAndCanBeRetried() throws Exception {
    Publication p =
        Publication.waiting(TARGET, Publication.Kind.PUBLISH, T0, T0.plus(Duration.ofDays(1)));
    lease(p, "w1");
    ZenodoProblem refused =
        new ZenodoProblem(
            400,
            "Validation error.",
            List.of(
                new ZenodoProblem.Field("metadata.creators", "Missing data for required field."),
                new ZenodoProblem.Field(
                    "metadata.license", "Required when access right is open.")));
    assertThat(p.attemptFailed("w1", refused, false, BACKOFF, T0)).isTrue();
    assertThat(p.state()).isEqualTo(Publication.State.FAILED);
    assertThat(p.lastError()).contains(refused);
    assertThat(p.lastError().orElseThrow().inWords())
        .isEqualTo(
            "Zenodo answered 400: Validation error.\n"
                + "metadata.creators: Missing data for required field.\n"
                + "metadata.license: Required when access right is open.");

    p.retry(T0.plusSeconds(60), T0.plus(Duration.ofDays(2)));
    assertThat(p.state()).isEqualTo(Publication.State.WAITING);
    assertThat(p.nextAttemptAt()).isEqualTo(T0.plusSeconds(60));
    assertThatThrownBy(() -> p.retry(T0, T0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theBackoffDoublesUpToItsLongestPause() {
    assertThat(BACKOFF.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(BACKOFF.pauseAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(BACKOFF.pauseAfter(10)).isEqualTo(Duration.ofMinutes(4));
  }

  /** What the repository's conditional update does to the row. */
  private static void lease(Publication p, String worker) throws Exception {
    Field owner = Publication.class.getDeclaredField("leaseOwner");
    owner.setAccessible(true);
    owner.set(p, worker);
  }
}
