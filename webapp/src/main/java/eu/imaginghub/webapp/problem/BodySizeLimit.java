package eu.imaginghub.webapp.problem;

import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over the configured size with 413: at once when the length is declared,
 * and as soon as the limit is crossed when the body is streamed.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@ApplicationScoped
public class BodySizeLimit implements ContainerRequestFilter {

  private final long limit = HubSettings.current().maxBodyBytes();

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > limit) {
      throw tooLarge();
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }
  }

  private ProblemException tooLarge() {
    return new ProblemException(
        ProblemException.Kind.PAYLOAD_TOO_LARGE,
        "Request bodies are limited to " + limit + " bytes (hub.http.max-body-bytes)");
  }

  private final class Limited extends FilterInputStream {
    private final long max;
    private long read;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw tooLarge();
      }
    }
  }
}
