package eu.imaginghub.catalogue.problem;

import java.util.List;

/**
 * Whole numbers from query parameters such as {@code page} and {@code size}. Read as text rather
 * than bound by the container, which answers 404 for a number that is no int.
 */
public final class QueryNumbers {

  private QueryNumbers() {}

  /**
   * A number of at least 1, or the fallback when absent; a bad value adds a problem naming the
   * parameter and gives the fallback.
   */
  public static int positive(String value, int fallback, String name, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n < 1) {
        problems.add(new FieldProblem(name, "must be at least 1"));
        return fallback;
      }
      return n;
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem(name, "is not a whole number up to " + Integer.MAX_VALUE));
      return fallback;
    }
  }
}
