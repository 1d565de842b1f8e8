package eu.imaginghub.access.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whom to remind of which open votes: one digest per member, naming every part that has waited for
 * their vote longer than the reminder delay, and at most one digest per member in each period.
 */
public final class ReminderPlan {

  /** The event-id prefix of reminder digests: one event per period, one mail per member in it. */
  public static final String EVENT_PREFIX = "reminder-";

  private ReminderPlan() {}

  /**
   * The parts each member should be reminded of, oldest first, by member: only parts waiting since
   * before {@code now - after}.
   */
  public static Map<String, List<OpenVote>> digests(
      List<OpenVote> open, Instant now, Duration after) {
    Instant cutoff = now.minus(after);
    Map<String, List<OpenVote>> byMember = new TreeMap<>();
    open.stream()
        .filter(v -> !v.waitingSince().isAfter(cutoff))
        .sorted(Comparator.comparing(OpenVote::waitingSince).thenComparing(OpenVote::partId))
        .forEach(
            v ->
                v.missingVoters().stream()
                    .distinct()
                    .forEach(m -> byMember.computeIfAbsent(m, k -> new ArrayList<>()).add(v)));
    return byMember;
  }

  /**
   * The event id of the digests of the period {@code now} falls in: periods are {@code every} long,
   * counted from the epoch, so every hub instance names the same period the same.
   */
  public static String eventId(Instant now, Duration every) {
    return EVENT_PREFIX + Math.floorDiv(now.getEpochSecond(), every.getSeconds());
  }

  /** Whether a member whose last digest was at {@code last} may get another at {@code now}. */
  public static boolean mayRemind(Instant last, Instant now, Duration every) {
    return last == null || !last.plus(every).isAfter(now);
  }
}
