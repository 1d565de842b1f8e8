package eu.imaginghub.webapp.problem;

import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers a failure the caller can act on from a servlet outside the API (the sign-in endpoints)
 * with the same problem document and headers as {@link ProblemMapper} gives inside it.
 */
public final class ServletProblems {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ServletProblems() {}

  public static void send(
      HttpServletRequest request, HttpServletResponse response, ProblemException known)
      throws IOException {
    Problem problem = Problem.of(known, request.getRequestURI());
    response.resetBuffer();
    response.setStatus(problem.status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (problem.status() == 401) {
      response.setHeader("WWW-Authenticate", Problem.WWW_AUTHENTICATE);
    }
    if (known instanceof RetryLaterException later) {
      response.setHeader("Retry-After", Long.toString(later.retryAfter().toSeconds()));
    }
    response.getOutputStream().write(JSON.toJson(problem).getBytes(StandardCharsets.UTF_8));
  }
}
