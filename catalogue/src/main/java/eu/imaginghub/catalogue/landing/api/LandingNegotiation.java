package eu.imaginghub.catalogue.landing.api;

import java.util.List;
import java.util.Locale;

/**
 * Picks what a {@code /datasets/{id}} request gets by its {@code Accept} header: the HTML page, a
 * citation or the DCAT-AP record. Each offered type takes the quality of the most specific range
 * naming it; ties go to the first offered (the page), so browsers and {@code *}{@code /*} get HTML.
 */
final class LandingNegotiation {

  static final String HTML = "text/html";

  private LandingNegotiation() {}

  /** The offered media type the client prefers, or {@link #HTML} when it accepts none of them. */
  static String choose(String accept, List<String> offered) {
    if (accept == null || accept.isBlank()) {
      return HTML;
    }
    String best = HTML;
    double bestQuality = 0;
    for (String type : offered) {
      double q = quality(accept, type);
      if (q > bestQuality) {
        best = type;
        bestQuality = q;
      }
    }
    return best;
  }

  /** The quality the header gives a type: that of its most specific matching range, else 0. */
  static double quality(String accept, String type) {
    int bestSpecificity = -1;
    double q = 0;
    String major = type.substring(0, type.indexOf('/'));
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      int specificity =
          name.equals(type) ? 2 : name.equals(major + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        q = qualityParameter(parts);
      }
    }
    return q;
  }

  private static double qualityParameter(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.startsWith("q=")) {
        try {
          return Math.max(0, Math.min(1, Double.parseDouble(p.substring(2))));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
