package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.webapp.problem.ServletProblems;
import eu.imaginghub.webapp.security.oidc.CodeFlow;
import eu.imaginghub.webapp.security.session.ActiveSession;
import eu.imaginghub.webapp.security.session.SessionSignIn;
import eu.imaginghub.webapp.security.session.SessionStore;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code POST /auth/logout} ends the hub session the cookie names and clears the cookie (204; with
 * an OpenID provider 200 and {@code logoutUrl}, its end-session page with the session's ID token as
 * hint, where the UI sends the browser to end the provider's session too). Like every change made
 * with the cookie, it needs the session's CSRF token, so no other site can sign the browser out.
 */
@WebServlet(urlPatterns = "/auth/logout", asyncSupported = true)
public class LogoutServlet extends HttpServlet {

  @Inject transient SessionStore store;
  @Inject transient SessionSignIn sessions;
  @Inject transient CodeFlow flow;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ActiveSession> session = store.resume(request);
    if (session.isPresent()
        && !session
            .get()
            .allows(request.getMethod(), request.getHeader(AuthenticationFilter.CSRF_HEADER))) {
      ServletProblems.send(
          request,
          response,
          ProblemException.forbidden(
              "Signing out needs the session's CSRF token in the "
                  + AuthenticationFilter.CSRF_HEADER
                  + " header"));
      return;
    }
    Optional<String> idTokenHint = sessions.signOut(request, response);
    if (!flow.enabled()) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      return;
    }
    // the provider's session ends on its own page: the UI sends the browser there
    String logoutUrl = flow.logout(idTokenHint, request).toString();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getOutputStream()
        .write(
            Json.createObjectBuilder()
                .add("logoutUrl", logoutUrl)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }
}
