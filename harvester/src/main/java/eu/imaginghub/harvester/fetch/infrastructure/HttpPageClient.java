package eu.imaginghub.harvester.fetch.infrastructure;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The harvester's one HTTP client. It never follows a redirect on its own: {@link #get} follows
 * them up to the limit and checks the address policy before every request, so no hop can lead to an
 * address the policy refuses. Thread-safe; one instance serves all fetches.
 */
public final class HttpPageClient {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]");

  private final HttpClient client;
  private final AddressPolicy policy;
  private final FetchSettings settings;
  private final Clock clock;

  public HttpPageClient(FetchSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.policy = new AddressPolicy(settings.allowPrivate());
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** The address policy every request is checked against. */
  public AddressPolicy policy() {
    return policy;
  }

  /**
   * Gets a document, following redirects.
   *
   * @param headers request headers (Accept, conditional headers), sent on every hop
   * @return the 2xx response with its body, or the 304 answer
   * @throws FetchException for a refused address, too many redirects, another status, a timeout, a
   *     body over the limit or a network error, naming the URL
   */
  public PageResponse get(URI url, Map<String, String> headers) {
    URI current = url;
    for (int hop = 0; ; hop++) {
      policy.check(current);
      HttpResponse<byte[]> response = send(current, headers);
      int status = response.statusCode();
      if (!REDIRECTS.contains(status)) {
        return page(current, response);
      }
      if (hop >= settings.maxRedirects()) {
        throw new FetchException(
            current.toString(),
            url
                + ": more than "
                + settings.maxRedirects()
                + " redirects (the last from "
                + current
                + ")");
      }
      current = location(current, response.headers());
    }
  }

  private PageResponse page(URI url, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    HttpHeaders h = response.headers();
    if (status != 304 && (status < 200 || status > 299)) {
      throw new FetchException(url.toString(), url + ": HTTP status " + status);
    }
    return new PageResponse(
        url,
        status == 304,
        h.firstValue("Content-Type").orElse(null),
        h.firstValue("ETag").orElse(null),
        h.firstValue("Last-Modified").orElse(null),
        LinkHeaders.next(h.allValues("Link"), url),
        response.body() == null ? new byte[0] : response.body(),
        clock.instant());
  }

  private static URI location(URI from, HttpHeaders headers) {
    String location =
        headers
            .firstValue("Location")
            .orElseThrow(
                () -> new FetchException(from.toString(), from + ": redirect without a Location"));
    try {
      return LinkHeaders.resolve(from, location.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          from.toString(), from + ": redirect to an invalid location " + location, e);
    }
  }

  private HttpResponse<byte[]> send(URI url, Map<String, String> headers) {
    HttpRequest request = request(url, headers);
    AtomicReference<LimitedBodySubscriber> body = new AtomicReference<>();
    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          if (info.statusCode() < 200 || info.statusCode() > 299) {
            return LimitedBodySubscriber.ignoring();
          }
          long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
          LimitedBodySubscriber subscriber =
              new LimitedBodySubscriber(settings.maxBodyBytes(), declared);
          body.set(subscriber);
          return subscriber;
        };
    CompletableFuture<HttpResponse<byte[]>> response = client.sendAsync(request, handler);
    try {
      return await(url, response, body);
    } catch (ExecutionException e) {
      throw failure(url, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.cancel(true);
      throw new FetchException(url.toString(), url + ": interrupted", e);
    }
  }

  private HttpRequest request(URI url, Map<String, String> headers) {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(url).GET().timeout(settings.readTimeout());
    } catch (IllegalArgumentException e) {
      throw new FetchException(url.toString(), url + ": cannot be requested: " + e.getMessage(), e);
    }
    headers.forEach(
        (name, value) -> {
          try {
            request.header(name, value);
          } catch (IllegalArgumentException e) {
            // e.g. a stored validator with a line break: named, not echoed into the message
            throw new FetchException(
                url.toString(), url + ": the value of " + name + " is no valid header value", e);
          }
        });
    return request.build();
  }

  /**
   * Waits for the response while it makes progress: the request's timeout covers the wait for the
   * headers, and the body fails when no chunk of it arrives within the read timeout.
   */
  private HttpResponse<byte[]> await(
      URI url,
      CompletableFuture<HttpResponse<byte[]>> response,
      AtomicReference<LimitedBodySubscriber> body)
      throws ExecutionException, InterruptedException {
    long timeout = settings.readTimeout().toMillis();
    long seen = -1;
    while (true) {
      try {
        return response.get(timeout, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        LimitedBodySubscriber subscriber = body.get();
        long chunks = subscriber == null ? -1 : subscriber.chunks();
        if (chunks == seen) {
          if (subscriber != null) {
            subscriber.abort(new HttpTimeoutException("body stalled"));
          }
          response.cancel(true);
          throw new FetchException(url.toString(), readTimeout(url), e);
        }
        seen = chunks;
      }
    }
  }

  private FetchException failure(URI url, Throwable cause) {
    Throwable c = cause;
    while (c != null && !(c instanceof IOException) && c.getCause() != null) {
      c = c.getCause();
    }
    String u = url.toString();
    if (c instanceof BodyTooLargeException) {
      return new FetchException(u, url + ": " + c.getMessage(), c);
    }
    if (c instanceof HttpConnectTimeoutException) {
      return new FetchException(
          u, url + ": no connection within " + settings.connectTimeout().toMillis() + " ms", c);
    }
    if (c instanceof HttpTimeoutException) {
      return new FetchException(u, readTimeout(url), c);
    }
    if (c instanceof ConnectException) {
      return new FetchException(u, url + ": cannot connect", c);
    }
    // the run report says what kind of failure it was, never the JDK's class names
    return new FetchException(
        u, url + (c instanceof IOException ? ": network error" + reason(c) : ": failed"), c);
  }

  private static String reason(Throwable c) {
    String message = c.getMessage();
    return message == null || CLASS_NAME.matcher(message).find() ? "" : " (" + message + ")";
  }

  private String readTimeout(URI url) {
    return url
        + ": no response within the read timeout of "
        + settings.readTimeout().toMillis()
        + " ms";
  }
}
