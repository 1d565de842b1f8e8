package eu.imaginghub.webapp.security.oidc;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.webapp.problem.ServletProblems;
import eu.imaginghub.webapp.security.session.SessionSignIn;
import eu.imaginghub.webapp.security.session.SignedInIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The browser's way in through the OpenID provider: {@code GET /auth/login} leaves for it, {@code
 * GET /auth/callback} comes back from it into a hub session (the same session every sign-in
 * starts), then to the hub's start page. Both are 404s while no provider is configured.
 */
@WebServlet(urlPatterns = {"/auth/login", CodeFlow.CALLBACK})
public class SignInServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

  @Inject transient CodeFlow flow;
  @Inject transient SessionSignIn sessions;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      if (!flow.enabled()) {
        throw new ProblemException(
            ProblemException.Kind.NOT_FOUND, "This hub signs nobody in through OpenID Connect");
      }
      if (CodeFlow.CALLBACK.equals(request.getServletPath())) {
        callback(request, response);
      } else {
        redirect(response, flow.begin(request, response));
      }
    } catch (ProblemException refused) {
      LOG.info(() -> "Sign-in refused: " + refused.getMessage());
      ServletProblems.send(request, response, refused);
    } catch (IOException unreachable) {
      LOG.log(Level.WARNING, "The OpenID provider is out of reach", unreachable);
      ServletProblems.send(
          request,
          response,
          new ProblemException(
              ProblemException.Kind.UNAVAILABLE, "The sign-in service cannot be reached"));
    }
  }

  private void callback(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SignedIn signedIn = flow.finish(request, response);
    OidcIdentity who = signedIn.identity();
    sessions.signIn(
        new SignedInIdentity(
            who.subject(),
            who.name(),
            who.email(),
            who.affiliation(),
            who.roles(),
            who.nodes(),
            signedIn.idToken()),
        request,
        response);
    redirect(response, CodeFlow.base(request));
  }

  /** 303: the browser follows with a GET. */
  private static void redirect(HttpServletResponse response, URI target) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", target.toString());
  }
}
