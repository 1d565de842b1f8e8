package eu.imaginghub.webapp.security.session;

import eu.imaginghub.webapp.config.HubSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sessions in the database, looked up by the hash of the id a cookie presents. Writes go through
 * bulk statements, so that a session ended by one request (or hub instance) while another uses it
 * is simply gone rather than a conflict.
 */
@ApplicationScoped
@Transactional
public class SessionStore {

  private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());

  @Inject EntityManager em;
  @Inject Clock clock;

  private final Duration idleTimeout = HubSettings.current().sessionIdleTimeout();
  private final Duration absoluteTimeout = HubSettings.current().sessionAbsoluteTimeout();

  /** Stores a new session for {@code who}; returns its id, which only the cookie keeps. */
  String start(SignedInIdentity who) {
    Instant now = clock.instant();
    purgeEnded(now);
    String id = SessionSecrets.random();
    HubSession session =
        new HubSession(who, SessionSecrets.hash(id), SessionSecrets.random(), now, absoluteTimeout);
    em.persist(session);
    LOG.info(() -> "Session started for " + who.subject());
    return id;
  }

  /** The live session the request's cookie names, if any. */
  public Optional<ActiveSession> resume(HttpServletRequest request) {
    return SessionCookie.read(request).flatMap(this::resume);
  }

  /** The live session with this id, recording that it was seen; an ended one is removed. */
  Optional<ActiveSession> resume(String id) {
    Instant now = clock.instant();
    HubSession session = em.find(HubSession.class, SessionSecrets.hash(id));
    if (session == null) {
      return Optional.empty();
    }
    if (!session.liveAt(now, idleTimeout)) {
      delete(session.idHash());
      return Optional.empty();
    }
    if (session.dueForTouchAt(now)) {
      em.createQuery("update HubSession s set s.lastSeenAt = :now where s.idHash = :hash")
          .setParameter("now", now)
          .setParameter("hash", session.idHash())
          .executeUpdate();
    }
    return Optional.of(session.active());
  }

  /** Ends the session with this id, if it exists; returns its id token hint. */
  Optional<String> end(String id) {
    HubSession session = em.find(HubSession.class, SessionSecrets.hash(id));
    if (session == null) {
      return Optional.empty();
    }
    delete(session.idHash());
    return Optional.ofNullable(session.idTokenHint());
  }

  private void delete(String idHash) {
    em.createQuery("delete from HubSession s where s.idHash = :hash")
        .setParameter("hash", idHash)
        .executeUpdate();
  }

  /** Sessions nobody can resume any more need not wait for their cookie to come back. */
  private void purgeEnded(Instant now) {
    em.createQuery("delete from HubSession s where s.expiresAt <= :now or s.lastSeenAt <= :idle")
        .setParameter("now", now)
        .setParameter("idle", now.minus(idleTimeout))
        .executeUpdate();
  }
}
