package eu.imaginghub.webapp.security.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cookie that carries a session id. {@code HttpOnly}: no script reads it; {@code SameSite=Lax}:
 * browsers leave it off cross-site subrequests and form posts; {@code Secure} when the hub is
 * reached over HTTPS; no expiry, so it ends with the browser at the latest.
 */
public final class SessionCookie {

  public static final String NAME = "hub_session";

  private SessionCookie() {}

  /** The well-formed session id the request carries, if any. */
  static Optional<String> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> NAME.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(SessionSecrets::wellFormed)
        .findFirst();
  }

  /** The {@code Set-Cookie} value that hands the id to the browser. */
  static String issue(String id, boolean secure) {
    return NAME + "=" + id + attributes(secure);
  }

  /** The {@code Set-Cookie} value that makes the browser forget the id. */
  static String clear(boolean secure) {
    return NAME + "=; Max-Age=0" + attributes(secure);
  }

  private static String attributes(boolean secure) {
    return "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
  }
}
