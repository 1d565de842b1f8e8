package eu.imaginghub.harvester.record.application;

import eu.imaginghub.harvester.record.domain.Finding;
import eu.imaginghub.harvester.record.domain.HarvestStatus;
import eu.imaginghub.harvester.record.domain.HarvestedDocument;
import eu.imaginghub.harvester.record.domain.HarvestedRecord;
import eu.imaginghub.harvester.record.domain.LocalIds;
import eu.imaginghub.harvester.record.domain.ProfileReport;
import eu.imaginghub.harvester.record.infrastructure.CatalogueDocument;
import eu.imaginghub.harvester.record.infrastructure.DcatRecordMapper;
import eu.imaginghub.harvester.record.infrastructure.MergedFindings;
import eu.imaginghub.harvester.record.infrastructure.ProfileValidator;
import eu.imaginghub.harvester.record.infrastructure.RdfDocumentReader;
import eu.imaginghub.harvester.record.infrastructure.RecordGraph;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;

/**
 * Reads a fetched DCAT-AP document into harvested records: parse, find the datasets and paging
 * links, then per dataset cut out its record graph, map it, validate it and decide its status.
 * Stateless and thread-safe; the profile's shapes are compiled once per instance.
 */
@ApplicationScoped
public class DcatDocumentImport {

  private static final String IDENTIFIER = "http://purl.org/dc/terms/identifier";

  private final RdfDocumentReader reader = new RdfDocumentReader();
  private final DcatRecordMapper mapper = new DcatRecordMapper();
  private final ProfileValidator validator = new ProfileValidator();

  /**
   * Reads one fetched document.
   *
   * @throws eu.imaginghub.harvester.record.domain.RecordParseException when it is no readable RDF
   */
  public HarvestedDocument read(byte[] content, String mediaType, String baseUri) {
    return read(content, mediaType, baseUri, Map.of());
  }

  /**
   * Reads one fetched document, leaving records the hub already holds unmapped.
   *
   * @param known content hash to local id of the records the hub holds from this source: a record
   *     with one of these hashes is the same record, so it is neither mapped nor validated again
   */
  public HarvestedDocument read(
      byte[] content, String mediaType, String baseUri, Map<String, String> known) {
    return read(reader.read(content, mediaType, baseUri), known);
  }

  /** Reads the records of an already parsed document. */
  public HarvestedDocument read(Model model) {
    return read(model, Map.of());
  }

  private HarvestedDocument read(Model model, Map<String, String> known) {
    CatalogueDocument document = CatalogueDocument.of(model);
    List<HarvestedRecord> records = new ArrayList<>();
    for (Resource dataset : document.datasets()) {
      records.add(record(dataset, known));
    }
    List<Finding> findings = new ArrayList<>(document.notHarvested());
    records = rejectDuplicateIds(records, findings);
    return new HarvestedDocument(records, document.nextPages(), document.listedOnly(), findings);
  }

  /** One dataset of a parsed document as a harvested record. */
  public HarvestedRecord record(Resource dataset) {
    return record(dataset, Map.of());
  }

  private HarvestedRecord record(Resource dataset, Map<String, String> known) {
    RecordGraph graph = RecordGraph.of(dataset);
    Model model = graph.model();
    Resource subject = graph.dataset(model);
    String focus = subject.isAnon() ? null : subject.getURI();
    String knownId = known.get(graph.contentHash());
    if (knownId != null) {
      return HarvestedRecord.unchanged(
          knownId, focus, graph.canonicalNTriples(), graph.contentHash());
    }
    DcatRecordMapper.Mapping mapping = mapper.map(subject);
    ProfileReport report = validator.validate(model, subject);
    List<Finding> warnings = new ArrayList<>(report.warnings());
    List<Finding> violations = new ArrayList<>(report.violations());
    mapping.findings().forEach(f -> (f.isViolation() ? violations : warnings).add(f));
    String localId = localId(mapping.identifier(), focus, warnings, violations);
    HarvestStatus.Decision decision = null;
    if (mapping.description() != null) {
      decision = HarvestStatus.decide(focus, mapping.description());
      warnings.addAll(decision.warnings());
      violations.addAll(decision.violations());
    }
    boolean accepted = violations.isEmpty() && localId != null && decision != null;
    MergedFindings.Merged merged = MergedFindings.merge(violations, warnings);
    return new HarvestedRecord(
        localId,
        focus,
        mapping.description(),
        accepted ? decision.status() : null,
        graph.canonicalNTriples(),
        graph.contentHash(),
        merged.warnings(),
        merged.violations(),
        report,
        false);
  }

  /**
   * The local id comes from {@code dct:identifier}; plain DCAT-AP makes that optional, so a dataset
   * without one falls back to its own IRI, with a warning. A blank-node dataset without an
   * identifier has no stable id and is rejected.
   */
  private static String localId(
      String identifier, String focus, List<Finding> warnings, List<Finding> violations) {
    Optional<String> fromIdentifier = LocalIds.fromIdentifier(identifier);
    if (fromIdentifier.isPresent()) {
      return fromIdentifier.get();
    }
    if (identifier != null) {
      violations.add(
          Finding.violation(
              focus, IDENTIFIER, "no local id can be derived from identifier " + identifier));
      return null;
    }
    Optional<String> fromSubject = LocalIds.fromIdentifier(focus);
    if (fromSubject.isPresent()) {
      warnings.add(
          Finding.warning(focus, IDENTIFIER, "no identifier: the local id is taken from the IRI"));
      return fromSubject.get();
    }
    violations.add(Finding.violation(focus, IDENTIFIER, "no identifier to derive a local id"));
    return null;
  }

  /** Two records claiming one local id are both refused: which one the node meant is unknown. */
  private static List<HarvestedRecord> rejectDuplicateIds(
      List<HarvestedRecord> records, List<Finding> findings) {
    Map<String, Integer> counts = new HashMap<>();
    records.forEach(r -> counts.merge(String.valueOf(r.localId()), 1, Integer::sum));
    List<HarvestedRecord> result = new ArrayList<>();
    for (HarvestedRecord r : records) {
      if (r.localId() == null || counts.get(r.localId()) < 2) {
        result.add(r);
        continue;
      }
      Finding duplicate =
          Finding.violation(
              r.subject(), IDENTIFIER, "local id " + r.localId() + " is used by another record");
      findings.add(duplicate);
      List<Finding> violations = new ArrayList<>(r.violations());
      violations.add(duplicate);
      result.add(
          new HarvestedRecord(
              r.localId(),
              r.subject(),
              r.description(),
              null,
              r.rawRecord(),
              r.contentHash(),
              r.warnings(),
              violations,
              r.validation(),
              false));
    }
    return result;
  }
}
