package eu.imaginghub.webapp.security;

import eu.imaginghub.webapp.problem.RetryLaterException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Slows down password guessing on the development login. After {@link #FREE_FAILURES} wrong
 * passwords for one user name, or from one client address, further tries are refused (429 with
 * {@code Retry-After}) for a pause that doubles with every further failure, up to a cap: a user
 * name at most {@link #MAX_USER_PAUSE}, an address at most {@link #MAX_ADDRESS_PAUSE}. Tries during
 * a pause are refused without checking the password and do not lengthen it, so nobody can lock a
 * user out for longer than the cap after their last counted failure; a success, or {@link #FORGET}
 * without failure, clears the count. Nothing sleeps on the request thread.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  static final Duration MAX_USER_PAUSE = Duration.ofMinutes(5);
  static final Duration MAX_ADDRESS_PAUSE = Duration.ofMinutes(15);
  static final Duration FORGET = Duration.ofMinutes(30);

  /** Past this many tracked keys, forgotten ones are dropped before a new one is added. */
  private static final int MAX_TRACKED = 10_000;

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  private record Failures(int count, Instant last, Instant lockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private Clock clock;

  protected LoginThrottle() {
    // for the container's proxy
  }

  @Inject
  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * Refuses the try while the user name or the address is paused.
   *
   * @throws RetryLaterException saying how long to wait
   */
  public void check(String user, String address) {
    Instant now = clock.instant();
    Instant until = later(lockedUntil(userKey(user), now), lockedUntil(addressKey(address), now));
    if (until != null) {
      throw new RetryLaterException(
          "Too many wrong passwords for this user or from this address; try again later",
          Duration.between(now, until));
    }
  }

  /** Counts a wrong password against the user name and the address, and logs it. */
  public void failed(String user, String address) {
    Instant now = clock.instant();
    int byUser = count(userKey(user), now, MAX_USER_PAUSE);
    int byAddress = count(addressKey(address), now, MAX_ADDRESS_PAUSE);
    LOG.warning(
        () ->
            "Wrong password on the development login for user '"
                + printable(user)
                + "' from "
                + printable(address)
                + " ("
                + byUser
                + " for the user, "
                + byAddress
                + " from the address)");
  }

  /** A right password clears the user's and the address's failures. */
  public void succeeded(String user, String address) {
    failures.remove(userKey(user));
    failures.remove(addressKey(address));
  }

  private Instant lockedUntil(String key, Instant now) {
    Failures f = failures.get(key);
    return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)
        ? f.lockedUntil()
        : null;
  }

  private int count(String key, Instant now, Duration maxPause) {
    if (failures.size() >= MAX_TRACKED) {
      failures.values().removeIf(f -> forgotten(f, now));
    }
    Failures next =
        failures.compute(
            key,
            (k, f) -> {
              int count = f == null || forgotten(f, now) ? 1 : f.count() + 1;
              return new Failures(count, now, pauseEnd(count, now, maxPause));
            });
    return next.count();
  }

  private static Instant pauseEnd(int count, Instant now, Duration maxPause) {
    if (count < FREE_FAILURES) {
      return null;
    }
    int doublings = Math.min(count - FREE_FAILURES, 30);
    Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
    return now.plus(pause.compareTo(maxPause) > 0 ? maxPause : pause);
  }

  private static boolean forgotten(Failures f, Instant now) {
    return f.last().plus(FORGET).isBefore(now);
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static String userKey(String user) {
    return "user:" + user;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  /** User names come from the caller: no line breaks or control characters reach the log. */
  private static String printable(String text) {
    String bounded = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return bounded.replaceAll("\\p{Cntrl}", "?");
  }
}
