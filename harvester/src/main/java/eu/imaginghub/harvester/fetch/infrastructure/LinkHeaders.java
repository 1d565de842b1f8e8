package eu.imaginghub.harvester.fetch.infrastructure;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the {@code rel="next"} targets out of HTTP {@code Link} headers (RFC 8288). */
public final class LinkHeaders {

  private LinkHeaders() {}

  /**
   * The next-page targets of the given header values, resolved against the page's URL; targets that
   * are no valid URI reference are left out.
   */
  public static List<URI> next(List<String> headerValues, URI base) {
    List<URI> result = new ArrayList<>();
    for (String value : headerValues) {
      for (String link : splitLinks(value)) {
        URI target = nextTarget(link, base);
        if (target != null) {
          result.add(target);
        }
      }
    }
    return result;
  }

  private static URI nextTarget(String link, URI base) {
    int open = link.indexOf('<');
    int close = link.indexOf('>', open + 1);
    if (open < 0 || close < 0) {
      return null;
    }
    boolean next = false;
    for (String param : link.substring(close + 1).split(";")) {
      String[] pair = param.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("rel")) {
        String rels = pair[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
        next |= List.of(rels.split("\\s+")).contains("next");
      }
    }
    if (!next) {
      return null;
    }
    try {
      return resolve(base, link.substring(open + 1, close).strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Resolves a URI reference (RFC 3986, section 5.2). {@link URI#resolve} gets a reference of only
   * a query wrong (it drops the last path segment), so that case is handled here.
   *
   * @throws IllegalArgumentException when the reference is no valid URI reference
   */
  static URI resolve(URI base, String reference) {
    if (reference.startsWith("?")) {
      String path =
          base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
      return URI.create(base.getScheme() + "://" + base.getRawAuthority() + path + reference);
    }
    return base.resolve(reference);
  }

  /** Splits a header value at the commas between links, not those inside a URI or a quote. */
  private static List<String> splitLinks(String value) {
    List<String> links = new ArrayList<>();
    boolean inUri = false;
    boolean inQuote = false;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '<' && !inQuote) {
        inUri = true;
      } else if (c == '>' && !inQuote) {
        inUri = false;
      } else if (c == '"' && !inUri) {
        inQuote = !inQuote;
      } else if (c == ',' && !inUri && !inQuote) {
        links.add(value.substring(start, i));
        start = i + 1;
      }
    }
    links.add(value.substring(start));
    return links;
  }
}
