package eu.imaginghub.harvester.record.domain;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetRules;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The status a harvested record is stored with. A node publishes what it harvests out, so the
 * record must be searchable: a record complete under the EUCAIM profile is {@code PUBLISHED} (for
 * everyone); a plain DCAT-AP or HealthDCAT-AP record, lacking only properties the profile makes
 * mandatory, is {@code RELEASED} (for signed-in users) with the gaps as warnings. {@code DRAFT} is
 * never used: drafts are hidden from search, and the node did not mean to hide the record. Shape
 * errors (bad URLs, negative counts, two values where one is allowed) reject the record.
 */
public final class HarvestStatus {

  /** The status to store with (null when rejected), and the rule findings. */
  public record Decision(LifecycleStatus status, List<Finding> warnings, List<Finding> violations) {
    public Decision {
      warnings = List.copyOf(warnings);
      violations = List.copyOf(violations);
    }
  }

  private HarvestStatus() {}

  public static Decision decide(String focus, DatasetDescription description) {
    DatasetRules.Findings strict = DatasetRules.check(LifecycleStatus.PUBLISHED, description);
    if (strict.acceptable()) {
      return new Decision(
          LifecycleStatus.PUBLISHED,
          findings(focus, strict.warnings(), Severity.WARNING),
          List.of());
    }
    DatasetRules.Findings lenient = DatasetRules.check(LifecycleStatus.DRAFT, description);
    List<Finding> violations = findings(focus, lenient.errors(), Severity.VIOLATION);
    List<Finding> warnings = findings(focus, lenient.warnings(), Severity.WARNING);
    return new Decision(
        violations.isEmpty() ? LifecycleStatus.RELEASED : null, warnings, violations);
  }

  private static List<Finding> findings(
      String focus, List<FieldProblem> problems, Severity severity) {
    List<Finding> result = new ArrayList<>();
    for (FieldProblem p : problems) {
      result.add(new Finding(severity, focus, p.field(), p.field() + " " + p.message()));
    }
    return result;
  }
}
