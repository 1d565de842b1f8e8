package eu.imaginghub.access.request.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a request's intended use fits a dataset's data-use conditions, both as GA4GH DUO codes:
 * advice for the committee, which decides. The research purposes nest — no restriction, general
 * research, health/medical/biomedical, disease-specific — and a purpose broader than the dataset's
 * permission is a mismatch. Modifiers the request can satisfy by itself (non-commercial use, an
 * ethics approval) are checked; those only a person can judge (a disease, an institution, a
 * collaboration, a geography…) make the verdict "needs review"; obligations the requester accepts
 * with the terms (publication, return of results, moratorium, time limit) are only named.
 */
public final class DuoMatch {

  /** The three answers. */
  public enum Verdict {
    MATCH,
    MISMATCH,
    NEEDS_REVIEW
  }

  /** The verdict and its reason in words. */
  public record Result(Verdict verdict, String reason) {}

  static final String NO_RESTRICTION = "DUO:0000004";
  static final String GENERAL = "DUO:0000042";
  static final String HEALTH = "DUO:0000006";
  static final String DISEASE = "DUO:0000007";
  static final String ANCESTRY = "DUO:0000011";
  static final String NON_COMMERCIAL = "DUO:0000046";
  static final String NOT_FOR_PROFIT = "DUO:0000018";
  static final String ETHICS = "DUO:0000021";

  /** Purposes, broadest first: a use fits a permission at the same rank or narrower. */
  private static final List<String> PURPOSES = List.of(NO_RESTRICTION, GENERAL, HEALTH, DISEASE);

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry(NO_RESTRICTION, "no restriction"),
          Map.entry(GENERAL, "general research use"),
          Map.entry(HEALTH, "health/medical/biomedical research"),
          Map.entry(DISEASE, "disease-specific research"),
          Map.entry(ANCESTRY, "population origins or ancestry research"),
          Map.entry(NON_COMMERCIAL, "non-commercial use only"),
          Map.entry(NOT_FOR_PROFIT, "not-for-profit, non-commercial use only"),
          Map.entry(ETHICS, "ethics approval required"),
          Map.entry("DUO:0000012", "research-specific restrictions"),
          Map.entry("DUO:0000015", "no general methods research"),
          Map.entry("DUO:0000016", "genetic studies only"),
          Map.entry("DUO:0000019", "publication required"),
          Map.entry("DUO:0000020", "collaboration required"),
          Map.entry("DUO:0000022", "geographical restriction"),
          Map.entry("DUO:0000024", "publication moratorium"),
          Map.entry("DUO:0000025", "time limit on use"),
          Map.entry("DUO:0000026", "user-specific restriction"),
          Map.entry("DUO:0000027", "project-specific restriction"),
          Map.entry("DUO:0000028", "institution-specific restriction"),
          Map.entry("DUO:0000029", "return to database or resource"));

  private static final List<String> OBLIGATIONS =
      List.of("DUO:0000019", "DUO:0000024", "DUO:0000025", "DUO:0000029");

  private static final Pattern CODE = Pattern.compile("DUO[_:](\\d{7})$");

  private DuoMatch() {}

  /** "DUO:0000042" from a DUO IRI or CURIE, if it is one. */
  public static Optional<String> code(String iriOrCurie) {
    if (iriOrCurie == null) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(iriOrCurie.strip());
    return m.find() ? Optional.of("DUO:" + m.group(1)) : Optional.empty();
  }

  /**
   * Matches a request's intended use against a dataset's conditions.
   *
   * @param intendedUse the request's DUO codes
   * @param ethicsReferenced whether the request gives an ethics approval reference
   * @param conditions the dataset's DUO codes
   */
  public static Result of(
      List<String> intendedUse, boolean ethicsReferenced, List<String> conditions) {
    List<String> mismatches = new ArrayList<>();
    List<String> reviews = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    purpose(intendedUse, conditions, mismatches, reviews, notes);
    modifiers(intendedUse, ethicsReferenced, conditions, reviews, notes);
    Verdict verdict =
        !mismatches.isEmpty()
            ? Verdict.MISMATCH
            : !reviews.isEmpty() ? Verdict.NEEDS_REVIEW : Verdict.MATCH;
    List<String> sentences = new ArrayList<>(mismatches);
    sentences.addAll(reviews);
    sentences.addAll(notes);
    return new Result(verdict, String.join("; ", sentences) + ".");
  }

  private static void purpose(
      List<String> use,
      List<String> conditions,
      List<String> mismatches,
      List<String> reviews,
      List<String> notes) {
    Optional<String> permission = broadest(conditions);
    Optional<String> purpose = broadest(use);
    if (permission.isEmpty()) {
      reviews.add("the dataset states no DUO research purpose it permits");
      return;
    }
    if (purpose.isEmpty()) {
      reviews.add("the request names no research purpose (e.g. " + HEALTH + ")");
      return;
    }
    int allowed = PURPOSES.indexOf(permission.get());
    int asked = PURPOSES.indexOf(purpose.get());
    if (asked < allowed) {
      mismatches.add(
          "the request's "
              + NAMES.get(purpose.get())
              + " is broader than the dataset's "
              + NAMES.get(permission.get()));
    } else if (permission.get().equals(DISEASE)) {
      reviews.add("the dataset is for disease-specific research: the committee checks the disease");
    } else {
      notes.add(NAMES.get(purpose.get()) + " fits the dataset's " + NAMES.get(permission.get()));
    }
    if (use.contains(ANCESTRY) && allowed > PURPOSES.indexOf(GENERAL)) {
      mismatches.add("population origins or ancestry research is not within the dataset's purpose");
    }
  }

  private static void modifiers(
      List<String> use,
      boolean ethicsReferenced,
      List<String> conditions,
      List<String> reviews,
      List<String> notes) {
    for (String c : conditions) {
      String name = NAMES.getOrDefault(c, c);
      if (c.equals(NON_COMMERCIAL)
          && !use.contains(NON_COMMERCIAL)
          && !use.contains(NOT_FOR_PROFIT)) {
        reviews.add(
            "the dataset is for non-commercial use only and the request does not say its"
                + " use is ("
                + NON_COMMERCIAL
                + ")");
      } else if (c.equals(NOT_FOR_PROFIT) && !use.contains(NOT_FOR_PROFIT)) {
        reviews.add(
            "the dataset is for not-for-profit, non-commercial use only and the request"
                + " does not say its use is ("
                + NOT_FOR_PROFIT
                + ")");
      } else if (c.equals(ETHICS)) {
        if (ethicsReferenced) {
          notes.add("ethics approval required and referenced");
        } else {
          reviews.add("the dataset requires ethics approval and the request references none");
        }
      } else if (OBLIGATIONS.contains(c)) {
        notes.add("obligation accepted with the terms: " + name);
      } else if (!PURPOSES.contains(c)
          && !c.equals(ANCESTRY)
          && !c.equals(NON_COMMERCIAL)
          && !c.equals(NOT_FOR_PROFIT)) {
        reviews.add("the committee checks the condition " + name + " (" + c + ")");
      }
    }
  }

  private static Optional<String> broadest(List<String> codes) {
    return PURPOSES.stream().filter(codes::contains).findFirst();
  }
}
