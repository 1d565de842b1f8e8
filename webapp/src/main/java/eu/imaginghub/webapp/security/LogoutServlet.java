package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.webapp.problem.ServletProblems;
import eu.imaginghub.webapp.security.session.ActiveSession;
import eu.imaginghub.webapp.security.session.SessionSignIn;
import eu.imaginghub.webapp.security.session.SessionStore;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /auth/logout} ends the hub session the cookie names and clears the cookie (204). Like
 * every change made with the cookie, it needs the session's CSRF token, so no other site can sign
 * the browser out.
 */
@WebServlet(urlPatterns = "/auth/logout", asyncSupported = true)
public class LogoutServlet extends HttpServlet {

  @Inject transient SessionStore store;
  @Inject transient SessionSignIn sessions;

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
    sessions.signOut(request, response);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
