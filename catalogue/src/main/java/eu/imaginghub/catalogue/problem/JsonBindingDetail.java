package eu.imaginghub.catalogue.problem;

import jakarta.json.bind.JsonbException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell a caller whose JSON could not be bound. JSON-B's own messages name Java classes and
 * its internal errors ("Internal error: null"), so only the JSON property it names, if any, is
 * passed on.
 */
public final class JsonBindingDetail {

  private static final Pattern PROPERTY = Pattern.compile("property '?([A-Za-z0-9_@$-]{1,64})'?");

  private JsonBindingDetail() {}

  /** A sentence saying the JSON is not the expected document, naming the bad property if known. */
  public static String of(JsonbException failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      String message = t.getMessage();
      Matcher m = message == null ? null : PROPERTY.matcher(message);
      if (m != null && m.find()) {
        return "not the JSON document expected here (property '" + m.group(1) + "')";
      }
    }
    return "not the JSON document expected here";
  }
}
