package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.ACCESS_RIGHTS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DESCRIPTION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.END_DATE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAS_STRUCTURED_DATA;
import static eu.imaginghub.catalogue.spi.DcatApTerms.IDENTIFIER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.ISSUED;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LABEL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LANDING_PAGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MAX_TYPICAL_AGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MIN_TYPICAL_AGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MODIFIED;
import static eu.imaginghub.catalogue.spi.DcatApTerms.RECORDS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.SEGMENTATIONS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.START_DATE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TEMPORAL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TITLE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.UNIQUE_INDIVIDUALS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.VERSION;

import eu.imaginghub.catalogue.dataset.domain.AccessRights;
import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.harvester.record.domain.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Maps a dataset of the EUCAIM DCAT-AP v2.0 profile (or plain DCAT-AP 3 / HealthDCAT-AP) onto the
 * catalogue's description. Only the profile's own properties are read: an unlisted property never
 * stands in for a missing one. Values that cannot be read as their property requires (a count that
 * is no integer, a date that is no date) are violations; what the model has no field for stays in
 * the raw record. See {@code harvester/MAPPING.md}.
 */
public final class DcatRecordMapper {

  /** The description (null when the dataset has no title to map) and what mapping found. */
  public record Mapping(
      DatasetDescription description, String identifier, List<Finding> findings) {}

  public Mapping map(Resource dataset) {
    Reading r = new Reading(dataset);
    DistributionReader.Result distributions = DistributionReader.read(dataset);
    Map<CodedProperty, List<Concept>> codes = codes(dataset, distributions.dataUse());
    LocalDate[] period = r.period();
    DatasetDescription description =
        new DatasetDescription(
            RdfTerms.displayText(dataset, TITLE),
            RdfTerms.displayText(dataset, DESCRIPTION),
            r.single(VERSION, n -> n.isLiteral() ? n.asLiteral().getLexicalForm().strip() : null),
            r.single(ACCESS_RIGHTS, DcatRecordMapper::accessRights),
            distributions.licence(),
            RdfTerms.link(dataset, LANDING_PAGE),
            r.single(UNIQUE_INDIVIDUALS, RdfTerms::count),
            r.single(RECORDS, RdfTerms::count),
            r.single(MIN_TYPICAL_AGE, RdfTerms::count),
            r.single(MAX_TYPICAL_AGE, RdfTerms::count),
            r.single(SEGMENTATIONS, RdfTerms::count),
            r.single(HAS_STRUCTURED_DATA, RdfTerms::bool),
            period[0],
            period[1],
            r.single(ISSUED, RdfTerms::recordDate),
            r.single(MODIFIED, RdfTerms::recordDate),
            codes,
            texts(dataset),
            AgentReader.agents(dataset),
            distributions.distributions(),
            RecordTexts.translations(dataset),
            RecordTexts.identifiers(dataset));
    if (description.title() == null) {
      r.findings.add(
          Finding.violation(RdfTerms.focus(dataset), TITLE.getURI(), "the dataset has no title"));
    }
    String identifier = RdfTerms.link(dataset, IDENTIFIER);
    return new Mapping(description.title() == null ? null : description, identifier, r.findings);
  }

  private static AccessRights accessRights(RDFNode node) {
    String value =
        node.isURIResource() ? node.asResource().getURI() : node.asLiteral().getLexicalForm();
    try {
      return AccessRights.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("is not an EU access-right value: " + value);
    }
  }

  private static Map<CodedProperty, List<Concept>> codes(Resource dataset, List<Concept> dataUse) {
    Map<CodedProperty, List<Concept>> codes = new EnumMap<>(CodedProperty.class);
    for (CodedProperty p : CodedProperty.values()) {
      List<Concept> concepts = new ArrayList<>();
      for (Resource iri : RdfTerms.iris(dataset, ResourceFactory.createProperty(p.predicate()))) {
        try {
          concepts.add(new Concept(iri.getURI(), RdfTerms.label(iri)));
        } catch (IllegalArgumentException e) {
          // a relative or malformed IRI is no code; it stays in the raw record
        }
      }
      codes.put(p, concepts);
    }
    List<Concept> terms = new ArrayList<>(codes.get(CodedProperty.DATA_USE));
    dataUse.stream().filter(c -> !terms.contains(c)).forEach(terms::add);
    terms.sort(java.util.Comparator.comparing(Concept::iri));
    codes.put(CodedProperty.DATA_USE, terms);
    return codes;
  }

  /** Keywords and coverage as texts; provenance as statements with a label (or bare text). */
  private static Map<TextProperty, List<String>> texts(Resource dataset) {
    Map<TextProperty, List<String>> texts = new EnumMap<>(TextProperty.class);
    for (TextProperty p : TextProperty.values()) {
      Property predicate = ResourceFactory.createProperty(p.predicate());
      List<String> values = new ArrayList<>(RdfTerms.displayTexts(dataset, predicate));
      for (Resource statement : RdfTerms.resources(dataset, predicate)) {
        String label = RdfTerms.displayText(statement, LABEL);
        if (label != null) {
          values.add(label);
        }
      }
      values.sort(null);
      texts.put(p, values);
    }
    return texts;
  }

  /** Reads values of one dataset, collecting a violation for each unreadable one. */
  private static final class Reading {
    private final Resource dataset;
    private final List<Finding> findings = new ArrayList<>();

    Reading(Resource dataset) {
      this.dataset = dataset;
    }

    /** The value of a single-valued property; more than one is reported, the first kept. */
    <T> T single(Property predicate, Function<RDFNode, T> reader) {
      List<RDFNode> values = RdfTerms.values(dataset, predicate);
      if (values.isEmpty()) {
        return null;
      }
      if (values.size() > 1) {
        violation(predicate, "takes a single value, found " + values.size());
      }
      try {
        return reader.apply(values.get(0));
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        violation(predicate, e.getMessage());
        return null;
      }
    }

    /** The acquisition period: the earliest start and latest end over all periods given. */
    LocalDate[] period() {
      LocalDate start = null;
      LocalDate end = null;
      for (Resource p : RdfTerms.resources(dataset, TEMPORAL)) {
        start = earliest(start, bound(p, START_DATE, false));
        LocalDate e = bound(p, END_DATE, true);
        end = end == null || e != null && e.isAfter(end) ? (e != null ? e : end) : end;
      }
      return new LocalDate[] {start, end};
    }

    private LocalDate bound(Resource period, Property predicate, boolean isEnd) {
      for (RDFNode node : RdfTerms.values(period, predicate)) {
        try {
          return RdfTerms.date(node, isEnd);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          violation(predicate, e.getMessage());
        }
      }
      return null;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
      return a == null || b != null && b.isBefore(a) ? (b != null ? b : a) : a;
    }

    private void violation(Property predicate, String message) {
      findings.add(Finding.violation(RdfTerms.focus(dataset), predicate.getURI(), message));
    }
  }
}
