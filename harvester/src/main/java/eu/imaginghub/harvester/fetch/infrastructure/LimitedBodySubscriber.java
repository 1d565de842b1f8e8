package eu.imaginghub.harvester.fetch.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Collects a response body up to a size limit: a body declared larger is refused before any of it
 * is read, and one that grows past the limit is cut off there, so no more than the limit is ever
 * held. Counts the chunks received, so the caller can tell a slow body from a stalled one.
 */
final class LimitedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  private static final int INITIAL_BUFFER = 64 * 1024;

  private final long limit;
  private final long declaredLength;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final AtomicLong chunks = new AtomicLong();
  private final ByteArrayOutputStream buffer;
  private volatile Flow.Subscription subscription;
  private long received;

  /**
   * @param declaredLength the Content-Length of the response, or -1 when it sent none
   */
  LimitedBodySubscriber(long limit, long declaredLength) {
    this.limit = limit;
    this.declaredLength = declaredLength;
    long initial = declaredLength >= 0 ? Math.min(declaredLength, limit) : INITIAL_BUFFER;
    this.buffer = new ByteArrayOutputStream((int) Math.min(initial, INITIAL_BUFFER * 16L));
  }

  /**
   * A subscriber for a body nobody reads (of an error or a redirect): it hangs up at once, so an
   * endless body cannot hold the fetch.
   */
  static HttpResponse.BodySubscriber<byte[]> ignoring() {
    return new Ignoring();
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredLength > limit) {
      s.cancel();
      body.completeExceptionally(
          new BodyTooLargeException(
              "the body of " + declaredLength + " bytes exceeds the limit of " + limit + " bytes"));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      int n = item.remaining();
      if (received + n > limit) {
        abort(
            new BodyTooLargeException(
                "the body exceeds the limit of " + limit + " bytes; reading stopped there"));
        return;
      }
      byte[] bytes = new byte[n];
      item.get(bytes);
      buffer.write(bytes, 0, n);
      received += n;
    }
    chunks.incrementAndGet();
  }

  @Override
  public void onError(Throwable throwable) {
    body.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    body.complete(buffer.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  /** How many chunks have arrived so far. */
  long chunks() {
    return chunks.get();
  }

  /** Stops reading: the connection is given up and the body fails with the reason. */
  void abort(IOException reason) {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    body.completeExceptionally(reason);
  }

  private static final class Ignoring implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> none = new CompletableFuture<>();

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.cancel();
      none.complete(new byte[0]);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      // cancelled on subscription: nothing is read
    }

    @Override
    public void onError(Throwable throwable) {
      none.complete(new byte[0]);
    }

    @Override
    public void onComplete() {
      none.complete(new byte[0]);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return none;
    }
  }
}
