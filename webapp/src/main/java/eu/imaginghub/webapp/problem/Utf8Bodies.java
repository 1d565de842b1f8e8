package eu.imaginghub.webapp.problem;

import eu.imaginghub.catalogue.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Refuses request bodies in UTF-8 formats (JSON, NDJSON, Turtle, N-Triples, or any body declaring
 * {@code charset=utf-8}) that hold a byte sequence which is no UTF-8, with a 400, as they stream.
 * Decoders otherwise put U+FFFD in its place, and the stored text would silently differ from what
 * was sent. XML declares its own encoding and is left to the XML parser.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 90)
@ApplicationScoped
public class Utf8Bodies implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.hasEntity() && isUtf8(request.getMediaType())) {
      request.setEntityStream(new Checked(request.getEntityStream()));
    }
  }

  static boolean isUtf8(MediaType type) {
    if (type == null) {
      return false;
    }
    String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (charset != null) {
      return charset.equalsIgnoreCase("utf-8");
    }
    String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
    return subtype.equals("json")
        || subtype.endsWith("+json")
        || subtype.equals("x-ndjson")
        || subtype.equals("turtle")
        || subtype.equals("n-triples");
  }

  private static ProblemException invalid() {
    return ProblemException.invalid("body", "is not valid UTF-8");
  }

  /** Checks bytes as they are read, keeping only the state of the character being read. */
  private static final class Checked extends FilterInputStream {
    private final Utf8Check check = new Utf8Check();

    Checked(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        end();
      } else if (!check.accept(b)) {
        throw invalid();
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n < 0) {
        end();
      }
      for (int i = 0; i < n; i++) {
        if (!check.accept(buffer[offset + i] & 0xFF)) {
          throw invalid();
        }
      }
      return n;
    }

    private void end() {
      if (!check.complete()) {
        throw invalid();
      }
    }
  }
}
