package eu.imaginghub.harvester.fetch.infrastructure;

import eu.imaginghub.harvester.fetch.domain.FetchException;
import eu.imaginghub.harvester.fetch.domain.FetchSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * The harvester's one HTTP client. It never follows a redirect on its own: {@link #get} follows
 * them up to the limit and checks the address policy before every request, so no hop can lead to an
 * address the policy refuses. Each request connects to the very address the policy checked (the
 * host name still goes into the Host header, the TLS server name and the certificate check), so a
 * DNS answer that changes between the check and the connection cannot move it. Thread-safe; one
 * instance serves all fetches.
 */
public final class HttpPageClient {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]");

  /** The client never looks a name up itself: every target carries the address that was checked. */
  private static final DnsResolver NO_LOOKUP =
      new DnsResolver() {
        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
          throw new UnknownHostException(host + " has no checked address");
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
          throw new UnknownHostException(host + " has no checked address");
        }
      };

  private final CloseableHttpClient client;
  private final ExecutorService exchanges;
  private final AddressPolicy policy;
  private final FetchSettings settings;
  private final Clock clock;

  public HttpPageClient(FetchSettings settings, Clock clock) {
    this(settings, clock, new AddressPolicy(settings.allowPrivate()));
  }

  HttpPageClient(FetchSettings settings, Clock clock, AddressPolicy policy) {
    this.settings = settings;
    this.clock = clock;
    this.policy = policy;
    this.client = newClient(settings);
    // the blocking exchange runs on its own thread, so the caller can give up on interruption or a
    // stall and hang up by closing the connection
    this.exchanges =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "harvest-http");
              thread.setDaemon(true);
              return thread;
            });
  }

  private static CloseableHttpClient newClient(FetchSettings settings) {
    Timeout read = Timeout.of(settings.readTimeout());
    ConnectionConfig connection =
        ConnectionConfig.custom()
            .setConnectTimeout(Timeout.of(settings.connectTimeout()))
            .setSocketTimeout(read)
            .build();
    int perRoute = Math.max(5, settings.concurrency());
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(connection)
                .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                .setDnsResolver(NO_LOOKUP)
                .setMaxConnPerRoute(perRoute)
                .setMaxConnTotal(perRoute * 4)
                .build())
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setResponseTimeout(read)
                .setConnectionRequestTimeout(read)
                .build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
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
      InetAddress address = policy.checked(current);
      Answer answer = send(current, address, headers);
      if (!REDIRECTS.contains(answer.status())) {
        return page(current, answer);
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
      current = location(current, answer);
    }
  }

  /** A response as far as it was read: the body only of a 2xx. */
  private record Answer(int status, Header[] headers, byte[] body) {

    String first(String name) {
      return Arrays.stream(headers)
          .filter(h -> h.getName().equalsIgnoreCase(name))
          .map(Header::getValue)
          .findFirst()
          .orElse(null);
    }

    List<String> all(String name) {
      return Arrays.stream(headers)
          .filter(h -> h.getName().equalsIgnoreCase(name))
          .map(Header::getValue)
          .toList();
    }
  }

  private PageResponse page(URI url, Answer answer) {
    int status = answer.status();
    if (status != 304 && (status < 200 || status > 299)) {
      throw new FetchException(url.toString(), url + ": HTTP status " + status);
    }
    return new PageResponse(
        url,
        status == 304,
        answer.first("Content-Type"),
        answer.first("ETag"),
        answer.first("Last-Modified"),
        LinkHeaders.next(answer.all("Link"), url),
        answer.body(),
        clock.instant());
  }

  private static URI location(URI from, Answer answer) {
    String location = answer.first("Location");
    if (location == null) {
      throw new FetchException(from.toString(), from + ": redirect without a Location");
    }
    try {
      return LinkHeaders.resolve(from, location.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException(
          from.toString(), from + ": redirect to an invalid location " + location, e);
    }
  }

  private Answer send(URI url, InetAddress address, Map<String, String> headers) {
    HttpGet request = request(url, headers);
    HttpHost target = target(url, address);
    LimitedBody body = new LimitedBody(settings.maxBodyBytes());
    Future<Answer> answer = exchanges.submit(() -> exchange(target, request, body));
    try {
      return await(url, answer, body, request);
    } catch (ExecutionException e) {
      throw failure(url, e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      request.cancel();
      answer.cancel(true);
      throw new FetchException(url.toString(), url + ": interrupted", e);
    }
  }

  /** The host to connect to: the checked address, under the URL's host name for TLS. */
  private static HttpHost target(URI url, InetAddress address) {
    try {
      return new HttpHost(
          url.getScheme().toLowerCase(Locale.ROOT),
          address,
          AddressPolicy.hostName(url),
          url.getPort());
    } catch (IllegalArgumentException e) {
      throw new FetchException(url.toString(), url + ": cannot be requested: " + e.getMessage(), e);
    }
  }

  private static HttpGet request(URI url, Map<String, String> headers) {
    HttpGet request = new HttpGet(url);
    headers.forEach(
        (name, value) -> {
          if (!isHeaderValue(value)) {
            // e.g. a stored validator with a line break: named, not echoed into the message
            throw new FetchException(
                url.toString(), url + ": the value of " + name + " is no valid header value");
          }
          request.setHeader(name, value);
        });
    return request;
  }

  /** A control character, a line break above all, could smuggle another header into the request. */
  private static boolean isHeaderValue(String value) {
    return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c != 0x7f && c <= 0xff));
  }

  /**
   * Runs one request on an exchange thread and reads the body of a 2xx. Any other response is hung
   * up on unread, as is a body over the limit, so an endless body cannot hold the fetch.
   */
  private Answer exchange(HttpHost target, HttpGet request, LimitedBody body) throws IOException {
    ClassicHttpResponse response = client.executeOpen(target, request, null);
    boolean complete = false;
    try {
      body.started();
      int status = response.getCode();
      boolean success = status >= 200 && status <= 299;
      HttpEntity entity = response.getEntity();
      byte[] bytes =
          success && entity != null
              ? body.read(entity.getContent(), entity.getContentLength())
              : new byte[0];
      complete = success;
      return new Answer(status, response.getHeaders(), bytes);
    } finally {
      if (!complete) {
        // closes the connection rather than reading the rest of the body to reuse it
        request.cancel();
      }
      closeQuietly(response);
    }
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    try {
      response.close();
    } catch (IOException e) {
      // the connection is gone already; there is nothing left to release
    }
  }

  /**
   * Waits for the response while it makes progress: the headers must arrive within the read
   * timeout, and then the body fails when no chunk of it arrives within the read timeout.
   */
  private Answer await(URI url, Future<Answer> answer, LimitedBody body, HttpGet request)
      throws ExecutionException, InterruptedException {
    long timeout = settings.readTimeout().toMillis();
    long seen = -1;
    while (true) {
      try {
        return answer.get(timeout, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long chunks = body.chunks();
        if (chunks == seen) {
          request.cancel();
          answer.cancel(true);
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
    if (c instanceof ConnectTimeoutException) {
      return new FetchException(
          u, url + ": no connection within " + settings.connectTimeout().toMillis() + " ms", c);
    }
    if (c instanceof SocketTimeoutException) {
      return new FetchException(u, readTimeout(url), c);
    }
    if (c instanceof ConnectException) {
      return new FetchException(u, url + ": cannot connect", c);
    }
    // the run report says what kind of failure it was, never the client's class names
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
