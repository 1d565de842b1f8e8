package eu.imaginghub.webapp.http;

import eu.imaginghub.webapp.security.session.SessionCookie;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Sets the security headers on every answer, before anything is written, so that error answers
 * carry them too.
 *
 * <p>The UI loads only its own scripts and style sheets (no inline code, no {@code eval}), so the
 * policy allows nothing but the hub's origin. API answers are {@code no-store} unless they are
 * anonymous reads of the public catalogue: anything else may carry a secret (a new node token) or
 * what only the signed-in person may see.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  /** Anonymous reads whose answers are public anyway: searches, datasets, nodes, schemas. */
  private static final Pattern PUBLIC_READ =
      Pattern.compile("/api/(datasets(/[^/]+)?|nodes(/[^/]+)?|schemas/[^/]+)/?");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if ((isApi(request) && !isPublicRead(request)) || isSignIn(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static boolean isSignIn(HttpServletRequest request) {
    return path(request).startsWith("/auth/");
  }

  static boolean isPublicRead(HttpServletRequest request) {
    String method = request.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method))
        && request.getHeader("Authorization") == null
        && !hasSessionCookie(request)
        && PUBLIC_READ.matcher(path(request)).matches();
  }

  /** A signed-in person's search may show drafts: no shared cache may keep it. */
  private static boolean hasSessionCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies != null
        && Arrays.stream(cookies).anyMatch(c -> SessionCookie.NAME.equals(c.getName()));
  }

  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return uri.substring(Math.min(context.length(), uri.length()));
  }
}
