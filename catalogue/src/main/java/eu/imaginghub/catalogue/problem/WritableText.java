package eu.imaginghub.catalogue.problem;

import java.util.List;

/**
 * The check every stored text passes, a dataset's as a node's: within its column and free of
 * characters no XML answer could carry. It lives here, beside {@link FieldProblem}, so that the
 * dataset and node features share it without depending on each other.
 */
public final class WritableText {

  private WritableText() {}

  /**
   * Checks one string: its length, then its characters.
   *
   * @return whether it is acceptable
   */
  public static boolean check(String field, String value, int max, List<FieldProblem> errors) {
    if (value == null) {
      return true;
    }
    if (value.length() > max) {
      errors.add(new FieldProblem(field, "is longer than " + max + " characters"));
      return false;
    }
    int bad = firstUnwritable(value);
    if (bad >= 0) {
      errors.add(
          new FieldProblem(
              field, "contains the control character " + String.format("U+%04X", bad)));
      return false;
    }
    return true;
  }

  /**
   * The first character XML 1.0 cannot carry (so no RDF/XML answer could hold it), or -1. Tab, line
   * feed and carriage return are text; the other C0 controls, lone surrogates and U+FFFE/U+FFFF are
   * not.
   */
  static int firstUnwritable(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
        return c;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return c;
      }
    }
    return -1;
  }
}
