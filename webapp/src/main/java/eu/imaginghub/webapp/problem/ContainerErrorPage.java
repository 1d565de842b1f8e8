package eu.imaginghub.webapp.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the whole web application (see {@code web.xml}): errors the container raises
 * itself, outside the API's exception mapper (an unknown path outside {@code /api}, a malformed
 * {@code Content-Type} or {@code Accept} header, a failure in a filter), leave as problem documents
 * like every other error instead of the container's HTML page. The status is kept; the detail never
 * repeats the container's message, which may name its internals.
 */
@WebServlet(urlPatterns = ContainerErrorPage.PATH, asyncSupported = true)
public class ContainerErrorPage extends HttpServlet {

  static final String PATH = "/problem";

  private static final Logger LOG = Logger.getLogger(ContainerErrorPage.class.getName());

  private final transient Jsonb json = JsonbBuilder.create();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // called directly rather than as the error page: there is nothing here
    int status = code instanceof Integer c ? c : 404;
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Problem problem;
    if (status >= 500 || failure != null) {
      String incident = UUID.randomUUID().toString();
      LOG.log(
          Level.SEVERE,
          "Incident " + incident + " on " + uri + " (status " + status + ")",
          failure instanceof Throwable t ? t : null);
      problem = Problem.internal(uri, incident);
    } else {
      problem = Problem.forStatus(status, uri);
    }
    response.resetBuffer();
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (!"HEAD".equals(request.getMethod())) {
      response.getOutputStream().write(json.toJson(problem).getBytes(StandardCharsets.UTF_8));
    }
  }
}
