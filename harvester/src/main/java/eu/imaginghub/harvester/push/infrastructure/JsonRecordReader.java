package eu.imaginghub.harvester.push.infrastructure;

import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.DatasetRules;
import eu.imaginghub.catalogue.dataset.domain.LifecycleStatus;
import eu.imaginghub.catalogue.dataset.json.DatasetJson;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonMapper;
import eu.imaginghub.catalogue.dataset.json.DatasetJsonReader;
import eu.imaginghub.catalogue.dataset.json.JsonText;
import eu.imaginghub.catalogue.problem.FieldProblem;
import eu.imaginghub.catalogue.problem.JsonBindingDetail;
import eu.imaginghub.catalogue.problem.ProblemException;
import eu.imaginghub.harvester.fetch.domain.JsonRecord;
import eu.imaginghub.harvester.fetch.infrastructure.HubJsonReader;
import eu.imaginghub.harvester.provenance.domain.ContentHash;
import eu.imaginghub.harvester.provenance.domain.ReceivedRecord;
import eu.imaginghub.harvester.push.domain.PushedRecord;
import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.HarvestStatus;
import eu.imaginghub.harvester.record.infrastructure.FindingsJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one record in the hub's JSON format (the catalogue's dataset JSON) and validates it as a
 * harvested record: without a status it gets the status a harvested DCAT-AP record would get; with
 * one, the catalogue's rules for that status apply. The hash is taken over the JSON as parsed, so
 * white space does not count.
 */
@ApplicationScoped
public class JsonRecordReader {

  @Inject FindingsJson findings;

  /** Reads a record split from a document by {@link HubJsonReader}. */
  public PushedRecord read(JsonRecord record) {
    String raw = record.json();
    String localId = record.localId();
    List<Finding> warnings = new ArrayList<>();
    List<Finding> violations = new ArrayList<>();
    DatasetDescription description = null;
    LifecycleStatus status = null;
    try {
      DatasetJson json = DatasetJsonReader.read(JsonText.parse(raw, "record"));
      description = DatasetJsonMapper.description(json);
      status = status(json, description, localId, warnings, violations);
    } catch (JsonbException e) {
      violations.add(
          Finding.violation(localId, null, "not a dataset record: " + JsonBindingDetail.of(e)));
    } catch (ProblemException e) {
      violations.addAll(findings(localId, e.fields(), true));
    }
    ReceivedRecord received =
        new ReceivedRecord(
            ContentHash.of(raw), PushedRecordReader.JSON, raw, findings.write(warnings), null);
    return new PushedRecord(
        localId, description, violations.isEmpty() ? status : null, received, warnings, violations);
  }

  private static LifecycleStatus status(
      DatasetJson json,
      DatasetDescription d,
      String localId,
      List<Finding> warnings,
      List<Finding> violations) {
    if (json.status() == null) {
      HarvestStatus.Decision decision = HarvestStatus.decide(localId, d);
      warnings.addAll(decision.warnings());
      violations.addAll(decision.violations());
      return decision.status();
    }
    LifecycleStatus status = DatasetJsonMapper.status(json);
    DatasetRules.Findings checked = DatasetRules.check(status, d);
    warnings.addAll(findings(localId, checked.warnings(), false));
    violations.addAll(findings(localId, checked.errors(), true));
    return status;
  }

  private static List<Finding> findings(
      String localId, List<FieldProblem> problems, boolean violation) {
    return problems.stream()
        .map(
            p ->
                violation
                    ? Finding.violation(localId, p.field(), p.field() + " " + p.message())
                    : Finding.warning(localId, p.field(), p.field() + " " + p.message()))
        .toList();
  }
}
