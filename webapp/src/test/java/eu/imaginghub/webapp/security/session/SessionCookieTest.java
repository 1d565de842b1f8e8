package eu.imaginghub.webapp.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

  @Test
  void aCookieForPlainHttpIsHttpOnlyAndSameSiteLaxOnTheWholeSite() {
    assertThat(SessionCookie.issue("abc", false))
        .isEqualTo("hub_session=abc; Path=/; HttpOnly; SameSite=Lax");
  }

  @Test
  void aCookieForHttpsIsSecureToo() {
    assertThat(SessionCookie.issue("abc", true))
        .isEqualTo("hub_session=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
  }

  @Test
  void clearingExpiresTheCookieAtOnceWithTheSameAttributes() {
    assertThat(SessionCookie.clear(true))
        .isEqualTo("hub_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure");
  }
}
