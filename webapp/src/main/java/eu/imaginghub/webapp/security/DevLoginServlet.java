package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.webapp.config.HubSettings;
import eu.imaginghub.webapp.problem.ServletProblems;
import eu.imaginghub.webapp.security.session.SessionSignIn;
import eu.imaginghub.webapp.security.session.SignedInIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * DEVELOPMENT ONLY: {@code POST /auth/dev-login} with {@code user} and {@code password} (form
 * fields or a JSON object) signs a demo user in to a hub session, the same session any other
 * sign-in starts. Answers 204 and the session cookie; 401 for a wrong password, 429 while {@link
 * LoginThrottle} pauses the user name or address; 404 unless {@code hub.login.mode=dev}.
 */
@WebServlet(urlPatterns = "/auth/dev-login", asyncSupported = true)
public class DevLoginServlet extends HttpServlet {

  @Inject transient LoginThrottle throttle;
  @Inject transient SessionSignIn sessions;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      if (!DevUsers.MODE.equals(HubSettings.current().loginMode())) {
        throw new ProblemException(
            ProblemException.Kind.NOT_FOUND, "The development login is off on this hub");
      }
      // a page of another site must not sign the browser in to an account of its choosing
      if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
        throw ProblemException.forbidden("Signing in from another site is refused");
      }
      LoginForm form = LoginForm.read(request);
      requireFilled(form);
      String address = request.getRemoteAddr();
      throttle.check(form.user(), address);
      SignedInIdentity who = DevUsers.authenticate(form.user(), form.password()).orElse(null);
      if (who == null) {
        throttle.failed(form.user(), address);
        throw new ProblemException(
            ProblemException.Kind.UNAUTHENTICATED, "Unknown user or wrong password");
      }
      throttle.succeeded(form.user(), address);
      sessions.signIn(who, request, response);
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } catch (ProblemException refused) {
      ServletProblems.send(request, response, refused);
    }
  }

  private static void requireFilled(LoginForm form) {
    List<FieldProblem> missing = new ArrayList<>();
    if (form.user() == null || form.user().isEmpty()) {
      missing.add(new FieldProblem("user", "is required"));
    }
    if (form.password() == null) {
      missing.add(new FieldProblem("password", "is required"));
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(missing);
    }
  }
}
