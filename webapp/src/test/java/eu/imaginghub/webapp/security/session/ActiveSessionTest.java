package eu.imaginghub.webapp.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.catalogue.security.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActiveSessionTest {

  private final ActiveSession session =
      new ActiveSession(Viewer.anonymous(), null, null, "the-csrf-token");

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void readsNeedNoCsrfToken(String method) {
    assertThat(session.allows(method, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void changesNeedTheSessionsCsrfToken(String method) {
    assertThat(session.allows(method, null)).isFalse();
    assertThat(session.allows(method, "")).isFalse();
    assertThat(session.allows(method, "another-token")).isFalse();
    assertThat(session.allows(method, "the-csrf-token")).isTrue();
  }

  @Test
  void anUnknownMethodCountsAsAChange() {
    assertThat(session.allows("PROPFIND", null)).isFalse();
  }
}
