package eu.imaginghub.access.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

  private static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");
  private static final Duration AFTER = Duration.ofDays(3);

  private static OpenVote part(String id, int daysWaiting, String... missing) {
    return new OpenVote(
        "r-" + id,
        id,
        "Title " + id,
        "PROJ",
        "DAC",
        "requester",
        NOW.minus(Duration.ofDays(daysWaiting)),
        List.of(missing));
  }

  @Test
  void eachMemberGetsOneDigestNamingEveryPartWaitingLongerThanTheDelayOldestFirst() {
    OpenVote young = part("p1", 1, "ann", "bob");
    OpenVote old = part("p2", 9, "ann");
    OpenVote older = part("p3", 12, "ann", "bob");
    OpenVote exactly = part("p4", 3, "bob");

    Map<String, List<OpenVote>> digests =
        ReminderPlan.digests(List.of(young, old, older, exactly), NOW, AFTER);

    assertThat(digests).containsOnlyKeys("ann", "bob");
    assertThat(digests.get("ann")).containsExactly(older, old);
    assertThat(digests.get("bob")).containsExactly(older, exactly);
  }

  @Test
  void noDigestWithoutAnOldEnoughPartOrAMissingVote() {
    assertThat(ReminderPlan.digests(List.of(part("p1", 2, "ann"), part("p2", 10)), NOW, AFTER))
        .isEmpty();
  }

  @Test
  void aMemberNamedTwiceInOnePartIsRemindedOfItOnce() {
    assertThat(ReminderPlan.digests(List.of(part("p1", 5, "ann", "ann")), NOW, AFTER).get("ann"))
        .hasSize(1);
  }

  @Test
  void onePeriodNamesTheSameEventOnEveryInstanceAndTheNextAnother() {
    Duration week = Duration.ofDays(7);
    String id = ReminderPlan.eventId(NOW, week);
    assertThat(id).startsWith(ReminderPlan.EVENT_PREFIX);
    assertThat(ReminderPlan.eventId(NOW.plusSeconds(1), week)).isEqualTo(id);
    assertThat(ReminderPlan.eventId(NOW.plus(week), week)).isNotEqualTo(id);
  }

  @Test
  void aMemberIsRemindedAtMostOncePerPeriod() {
    Duration week = Duration.ofDays(7);
    assertThat(ReminderPlan.mayRemind(null, NOW, week)).isTrue();
    assertThat(ReminderPlan.mayRemind(NOW.minus(Duration.ofDays(6)), NOW, week)).isFalse();
    assertThat(ReminderPlan.mayRemind(NOW.minus(week), NOW, week)).isTrue();
  }
}
