package eu.imaginghub.webapp.security.session;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The session the current request presented, once authentication has resumed it. */
@RequestScoped
public class CurrentSession {

  private ActiveSession session;

  public Optional<ActiveSession> get() {
    return Optional.ofNullable(session);
  }

  public void set(ActiveSession session) {
    this.session = session;
  }
}
