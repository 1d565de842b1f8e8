package eu.imaginghub.harvester.fetch.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a response body up to a size limit: a body declared larger is refused before any of it is
 * read, and one that grows past the limit is cut off there, so no more than the limit is ever held.
 * Counts the chunks received, so a caller on another thread can tell a slow body from a stalled
 * one; the count is -1 until the response's headers have arrived.
 */
final class LimitedBody {

  private static final int INITIAL_BUFFER = 64 * 1024;

  private final long limit;
  private final AtomicLong chunks = new AtomicLong(-1);

  LimitedBody(long limit) {
    this.limit = limit;
  }

  /** Notes that the response's headers have arrived: from now on the body is what progresses. */
  void started() {
    chunks.compareAndSet(-1, 0);
  }

  /** How many chunks have arrived so far, or -1 while the headers are awaited. */
  long chunks() {
    return chunks.get();
  }

  /**
   * Reads the body to its end.
   *
   * @param declaredLength the Content-Length of the response, or -1 when it sent none
   * @throws BodyTooLargeException when the body is declared or turns out larger than the limit
   */
  byte[] read(InputStream in, long declaredLength) throws IOException {
    if (declaredLength > limit) {
      throw new BodyTooLargeException(
          "the body of " + declaredLength + " bytes exceeds the limit of " + limit + " bytes");
    }
    long initial = declaredLength >= 0 ? Math.min(declaredLength, limit) : INITIAL_BUFFER;
    ByteArrayOutputStream buffer =
        new ByteArrayOutputStream((int) Math.min(initial, INITIAL_BUFFER * 16L));
    byte[] chunk = new byte[INITIAL_BUFFER];
    long received = 0;
    for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
      if (received + n > limit) {
        throw new BodyTooLargeException(
            "the body exceeds the limit of " + limit + " bytes; reading stopped there");
      }
      buffer.write(chunk, 0, n);
      received += n;
      chunks.incrementAndGet();
    }
    return buffer.toByteArray();
  }
}
