package eu.imaginghub.catalogue.dataset.domain;

import eu.imaginghub.catalogue.problem.FieldProblem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The EUCAIM profile's rules for a dataset description. Shape errors (bad URLs, negative counts,
 * inverted ranges) always reject; missing mandatory properties reject only once the dataset leaves
 * draft, so a node can build a record up step by step. Gaps the profile tolerates, such as a health
 * data access body still being appointed, are warnings.
 */
public final class DatasetRules {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<CodedProperty> MANDATORY_CODES =
      Set.of(
          CodedProperty.HEALTH_CATEGORY,
          CodedProperty.TYPE,
          CodedProperty.APPLICABLE_LEGISLATION,
          CodedProperty.BIRTH_SEX,
          CodedProperty.CONDITION,
          CodedProperty.COLLECTION_METHOD,
          CodedProperty.MODALITY,
          CodedProperty.MANUFACTURER,
          CodedProperty.BODY_PART);

  /** Errors reject the description; warnings are reported with it. */
  public record Findings(List<FieldProblem> errors, List<FieldProblem> warnings) {
    public boolean acceptable() {
      return errors.isEmpty();
    }
  }

  private DatasetRules() {}

  public static Findings check(LifecycleStatus status, DatasetDescription d) {
    List<FieldProblem> errors = new ArrayList<>();
    checkShape(d, errors);
    List<FieldProblem> missing = missingMandatory(d);
    if (status != LifecycleStatus.DRAFT) {
      errors.addAll(missing);
    }
    List<FieldProblem> warnings =
        new ArrayList<>(status == LifecycleStatus.DRAFT ? missing : List.of());
    warnings.addAll(tolerated(d));
    return new Findings(List.copyOf(errors), List.copyOf(warnings));
  }

  private static void checkShape(DatasetDescription d, List<FieldProblem> errors) {
    if (d.title() == null || d.title().isBlank()) {
      errors.add(new FieldProblem("title", "is required"));
    }
    RecordLimits.check(d, errors);
    nonNegative("numberOfIndividuals", d.numberOfIndividuals(), errors);
    nonNegative("numberOfStudies", d.numberOfStudies(), errors);
    nonNegative("minTypicalAge", d.minTypicalAge(), errors);
    nonNegative("maxTypicalAge", d.maxTypicalAge(), errors);
    nonNegative("segmentationCount", d.segmentationCount(), errors);
    if (d.minTypicalAge() != null
        && d.maxTypicalAge() != null
        && d.minTypicalAge() > d.maxTypicalAge()) {
      errors.add(new FieldProblem("maxTypicalAge", "is below minTypicalAge"));
    }
    if (d.acquisitionStart() != null
        && d.acquisitionEnd() != null
        && d.acquisitionStart().isAfter(d.acquisitionEnd())) {
      errors.add(new FieldProblem("acquisitionPeriod.end", "is before the start"));
    }
    webAddress("landingPage", d.landingPage(), errors);
    webAddress("licence", d.licence(), errors);
    for (CodedProperty p : CodedProperty.values()) {
      if (p.single() && d.codes(p).size() > 1) {
        errors.add(new FieldProblem(p.field(), "takes a single value"));
      }
    }
    for (AgentRole role : AgentRole.values()) {
      List<Agent> agents = d.agents(role);
      if (role.single() && agents.size() > 1) {
        errors.add(new FieldProblem(role.field(), "takes a single agent"));
      }
      for (int i = 0; i < agents.size(); i++) {
        checkAgent(
            role.single() ? role.field() : role.field() + "[" + i + "]", agents.get(i), errors);
      }
    }
    for (int i = 0; i < d.distributions().size(); i++) {
      checkDistribution("distributions[" + i + "]", d.distributions().get(i), errors);
    }
  }

  private static void checkAgent(String field, Agent agent, List<FieldProblem> errors) {
    // the pattern backtracks on long input: an over-long address is already refused by its limit
    if (agent.email() != null
        && agent.email().length() <= RecordLimits.EMAIL
        && !EMAIL.matcher(agent.email()).matches()) {
      errors.add(new FieldProblem(field + ".email", "is not an e-mail address"));
    }
    webAddress(field + ".url", agent.url(), errors);
  }

  private static void checkDistribution(String field, Distribution d, List<FieldProblem> errors) {
    if (d.accessUrl() == null || d.accessUrl().isBlank()) {
      errors.add(new FieldProblem(field + ".accessUrl", "is required"));
    } else {
      webAddress(field + ".accessUrl", d.accessUrl(), errors);
    }
    webAddress(field + ".downloadUrl", d.downloadUrl(), errors);
  }

  private static List<FieldProblem> missingMandatory(DatasetDescription d) {
    List<FieldProblem> missing = new ArrayList<>();
    required("description", d.description() != null && !d.description().isBlank(), missing);
    required("version", d.version() != null && !d.version().isBlank(), missing);
    required("accessRights", d.accessRights() != null, missing);
    required("numberOfIndividuals", d.numberOfIndividuals() != null, missing);
    required("numberOfStudies", d.numberOfStudies() != null, missing);
    required("keywords", !d.texts(TextProperty.KEYWORD).isEmpty(), missing);
    required("provenance", !d.texts(TextProperty.PROVENANCE).isEmpty(), missing);
    required("distributions", !d.distributions().isEmpty(), missing);
    for (CodedProperty p : CodedProperty.values()) {
      if (MANDATORY_CODES.contains(p)) {
        required(p.field(), !d.codes(p).isEmpty(), missing);
      }
    }
    boolean publisherNamed = d.agents(AgentRole.PUBLISHER).stream().anyMatch(a -> a.name() != null);
    required("publisher", publisherNamed, missing);
    boolean reachable = d.agents(AgentRole.CONTACT_POINT).stream().anyMatch(Agent::isReachable);
    if (!reachable) {
      missing.add(new FieldProblem("contactPoints", "needs at least one e-mail address or page"));
    }
    return missing;
  }

  private static List<FieldProblem> tolerated(DatasetDescription d) {
    List<FieldProblem> warnings = new ArrayList<>();
    if (d.agents(AgentRole.HEALTH_DATA_ACCESS_BODY).isEmpty()) {
      warnings.add(
          new FieldProblem("healthDataAccessBody", "is missing (tolerated during onboarding)"));
    }
    if (d.codes(CodedProperty.INTEROPERABILITY_LEVEL).isEmpty()) {
      warnings.add(new FieldProblem("interoperabilityLevel", "is missing"));
    }
    if (d.minTypicalAge() == null && d.maxTypicalAge() == null) {
      warnings.add(new FieldProblem("minTypicalAge", "no typical age range is given"));
    }
    return warnings;
  }

  private static void required(String field, boolean present, List<FieldProblem> missing) {
    if (!present) {
      missing.add(new FieldProblem(field, "is required"));
    }
  }

  private static void nonNegative(String field, Integer value, List<FieldProblem> errors) {
    if (value != null && value < 0) {
      errors.add(new FieldProblem(field, "must not be negative"));
    }
  }

  /** Web addresses must be absolute http(s) URLs: anything else is unusable to a researcher. */
  private static void webAddress(String field, String value, List<FieldProblem> errors) {
    if (value == null) {
      return;
    }
    try {
      URI uri = URI.create(value);
      String scheme = uri.getScheme();
      if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          || uri.getHost() == null) {
        errors.add(new FieldProblem(field, "is not an absolute http(s) URL"));
      }
    } catch (IllegalArgumentException e) {
      errors.add(new FieldProblem(field, "is not a valid URL"));
    }
  }
}
