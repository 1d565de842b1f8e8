package eu.imaginghub.access.request.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.catalogue.problem.WritableText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a requester writes: title, lay and scientific purpose, intended use as DUO codes, ethics
 * approval reference and the day access should end. Built only through {@link #of}, which names
 * every bad field at once.
 */
public record RequestContent(
    String title,
    String layPurpose,
    String scientificPurpose,
    List<String> intendedUse,
    String ethicsReference,
    LocalDate accessEnd) {

  static final int MAX_TITLE = 300;
  static final int MAX_PURPOSE = 4000;
  static final int MAX_REFERENCE = 300;
  static final int MAX_CODES = 20;
  private static final Pattern DUO = Pattern.compile("DUO:\\d{7}");

  /**
   * Checks and normalises what was sent.
   *
   * @param today the day the request is written; access must end after it
   * @throws ProblemException 400 naming every bad field
   */
  public static RequestContent of(
      String title,
      String layPurpose,
      String scientificPurpose,
      List<String> intendedUse,
      String ethicsReference,
      String accessEnd,
      LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    String t = required("title", title, MAX_TITLE, problems);
    String lay = required("layPurpose", layPurpose, MAX_PURPOSE, problems);
    String sci = required("scientificPurpose", scientificPurpose, MAX_PURPOSE, problems);
    String ethics = ethicsReference == null || ethicsReference.isBlank() ? null : ethicsReference;
    WritableText.check("ethicsReference", ethics, MAX_REFERENCE, problems);
    List<String> codes = codes(intendedUse, problems);
    LocalDate end = end(accessEnd, today, problems);
    if (!problems.isEmpty()) {
      throw ProblemException.invalid(problems);
    }
    return new RequestContent(t, lay, sci, codes, ethics == null ? null : ethics.strip(), end);
  }

  private static String required(String field, String value, int max, List<FieldProblem> problems) {
    String v = value == null ? "" : value.strip();
    if (v.isEmpty()) {
      problems.add(new FieldProblem(field, "is required"));
      return null;
    }
    WritableText.check(field, v, max, problems);
    return v;
  }

  private static List<String> codes(List<String> intendedUse, List<FieldProblem> problems) {
    if (intendedUse == null || intendedUse.isEmpty()) {
      problems.add(
          new FieldProblem("intendedUse", "names at least one DUO code, e.g. DUO:0000042"));
      return List.of();
    }
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    for (String code : intendedUse) {
      String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
      if (!DUO.matcher(c).matches()) {
        problems.add(new FieldProblem("intendedUse", "is not a DUO code (DUO:0000000): " + code));
        return List.of();
      }
      codes.add(c);
    }
    if (codes.size() > MAX_CODES) {
      problems.add(new FieldProblem("intendedUse", "names at most " + MAX_CODES + " codes"));
    }
    return List.copyOf(codes);
  }

  private static LocalDate end(String accessEnd, LocalDate today, List<FieldProblem> problems) {
    if (accessEnd == null || accessEnd.isBlank()) {
      problems.add(new FieldProblem("accessEnd", "is required (a day, e.g. 2027-12-31)"));
      return null;
    }
    try {
      LocalDate end = LocalDate.parse(accessEnd.strip());
      if (!end.isAfter(today)) {
        problems.add(new FieldProblem("accessEnd", "must be after today"));
      } else if (end.isAfter(today.plusYears(10))) {
        problems.add(new FieldProblem("accessEnd", "must be within ten years"));
      }
      return end;
    } catch (java.time.format.DateTimeParseException e) {
      problems.add(new FieldProblem("accessEnd", "is not a day (e.g. 2027-12-31)"));
      return null;
    }
  }
}
