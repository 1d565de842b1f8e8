package eu.imaginghub.webapp.security;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.security.CurrentViewer;
import eu.imaginghub.catalogue.security.Viewer;
import eu.imaginghub.webapp.problem.ServletProblems;
import eu.imaginghub.webapp.security.session.ActiveSession;
import eu.imaginghub.webapp.security.session.SessionStore;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Works out who reads a server-rendered page outside the API (the dataset landing pages), as {@link
 * AuthenticationFilter} does for the API, so that the same visibility rules apply: a session cookie
 * or a bearer token, else nobody. The pages only read, so no CSRF token is asked for.
 */
@WebFilter(urlPatterns = "/datasets/*", asyncSupported = true)
public class PageViewerFilter extends HttpFilter {

  @Inject transient CurrentViewer current;
  @Inject transient CallerCredentials credentials;
  @Inject transient SessionStore sessions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      current.set(viewer(request));
    } catch (ProblemException refused) {
      ServletProblems.send(request, response, refused);
      return;
    }
    chain.doFilter(request, response);
  }

  private Viewer viewer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && !header.isBlank()) {
      return credentials.bearer(header);
    }
    return sessions.resume(request).map(ActiveSession::viewer).orElse(Viewer.anonymous());
  }
}
