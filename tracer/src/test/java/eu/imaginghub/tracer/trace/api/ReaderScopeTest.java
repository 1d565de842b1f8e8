package eu.imaginghub.tracer.trace.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.tracer.trace.application.TraceReadGrants;
import eu.imaginghub.tracer.trace.domain.Trace;
import eu.imaginghub.tracer.trace.domain.TraceAction;
import eu.imaginghub.tracer.trace.domain.TraceEntry;
import eu.imaginghub.tracer.trace.domain.TraceFilter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ReaderScopeTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  private static final UnaryOperator<String> PSEUDONYM = subject -> "p-" + subject;

  /** What a committee grants: its member reads the traces of dataset d1. */
  private static final TraceReadGrants COMMITTEE =
      subject -> subject.equals("member") ? Set.of("d1") : Set.of();

  private static final TraceReadGrants PROJECT =
      subject -> subject.equals("member") ? Set.of("d3") : Set.of();

  private static final TraceFilter REQUESTED =
      new TraceFilter("d1", TraceAction.CREATE_DATASET, "p-someone", null, null, 2, 10);

  private static Trace trace(String userPseudonym, String... datasets) {
    return new Trace(
        TraceEntry.of(
            "catalogue", "x", TraceAction.CREATE_DATASET, List.of(datasets), Map.of(), List.of()),
        userPseudonym,
        NOW);
  }

  @Test
  void adminsReadEveryTraceAndChooseWhose() {
    ReaderScope admin = ReaderScope.of(true, "admin", PSEUDONYM, List.of(COMMITTEE));

    assertThat(admin.mayRead(trace("p-other", "d9"))).isTrue();
    assertThat(admin.narrow(REQUESTED)).isEqualTo(REQUESTED);
  }

  @Test
  void withoutGrantsOthersReadTheirOwnTracesOnly() {
    ReaderScope alone = ReaderScope.of(false, "member", PSEUDONYM, List.of());

    assertThat(alone.mayRead(trace("p-member", "d9"))).isTrue();
    assertThat(alone.mayRead(trace("p-other", "d1"))).isFalse();
    TraceFilter narrowed = alone.narrow(REQUESTED);
    assertThat(narrowed.user()).isEqualTo("p-member");
    assertThat(narrowed.alsoDatasets()).isEmpty();
  }

  @Test
  void aGrantedMemberReadsAnyonesTracesOfTheGrantedDatasets() {
    ReaderScope member = ReaderScope.of(false, "member", PSEUDONYM, List.of(COMMITTEE, PROJECT));

    assertThat(member.mayRead(trace("p-other", "d2", "d1"))).isTrue();
    assertThat(member.mayRead(trace("p-other", "d3"))).isTrue();
    assertThat(member.mayRead(trace("p-other", "d2"))).isFalse();
    assertThat(member.mayRead(trace("p-member"))).isTrue();
    TraceFilter narrowed = member.narrow(REQUESTED);
    assertThat(narrowed.user()).as("never someone else's pseudonym").isEqualTo("p-member");
    assertThat(narrowed.alsoDatasets()).containsExactlyInAnyOrder("d1", "d3");
    assertThat(narrowed.dataset()).isEqualTo("d1");
    assertThat(narrowed.page()).isEqualTo(2);
    assertThat(narrowed.size()).isEqualTo(10);
  }

  @Test
  void aNonMemberIsGrantedNothing() {
    ReaderScope outsider = ReaderScope.of(false, "outsider", PSEUDONYM, List.of(COMMITTEE));

    assertThat(outsider.mayRead(trace("p-other", "d1"))).isFalse();
    assertThat(outsider.narrow(REQUESTED).alsoDatasets()).isEmpty();
  }
}
