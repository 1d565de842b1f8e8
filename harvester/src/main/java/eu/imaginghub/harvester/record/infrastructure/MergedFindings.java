package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.ACCESS_RIGHTS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CONTACT_POINT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CREATOR;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CUSTODIAN;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DESCRIPTION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DISTRIBUTION_LINK;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAS_STRUCTURED_DATA;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HDAB;
import static eu.imaginghub.catalogue.spi.DcatApTerms.ISSUED;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LANDING_PAGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LICENSE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MAX_TYPICAL_AGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MIN_TYPICAL_AGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MODIFIED;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PUBLISHER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.RECORDS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.SEGMENTATIONS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TEMPORAL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TITLE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.UNIQUE_INDIVIDUALS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.VERSION;

import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.harvester.record.domain.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.rdf.model.Property;

/**
 * One finding per gap. The profile's shapes and the catalogue's rules often see the same gap (the
 * shapes say "requires access rights (dct:accessRights)", the rules "accessRights is required");
 * findings about the same resource and property are one: a violation wins over a warning, and the
 * first said (the shapes' wording) is kept. Rule findings name catalogue fields, so those are
 * turned into the property they stand for first.
 */
public final class MergedFindings {

  /** The merged findings: violations, then warnings about gaps no violation already names. */
  public record Merged(List<Finding> violations, List<Finding> warnings) {}

  private static final Map<String, String> FIELD_PREDICATES = fieldPredicates();

  private MergedFindings() {}

  public static Merged merge(List<Finding> violations, List<Finding> warnings) {
    Map<String, Finding> kept = new LinkedHashMap<>();
    violations.forEach(f -> kept.putIfAbsent(key(f), canonical(f)));
    int violationCount = kept.size();
    warnings.forEach(f -> kept.putIfAbsent(key(f), canonical(f)));
    List<Finding> all = new ArrayList<>(kept.values());
    return new Merged(
        List.copyOf(all.subList(0, violationCount)),
        List.copyOf(all.subList(violationCount, all.size())));
  }

  /** The property a finding's path stands for: an IRI, or the catalogue field name as given. */
  public static String predicate(String path) {
    return path == null ? null : FIELD_PREDICATES.getOrDefault(path, path);
  }

  private static String key(Finding f) {
    // a finding about the resource as a whole is only the same as one saying the same thing
    String about = f.path() == null ? "message:" + f.message() : predicate(f.path());
    return Objects.toString(f.focus()) + "\n" + about;
  }

  private static Finding canonical(Finding f) {
    return new Finding(f.severity(), f.focus(), predicate(f.path()), f.message());
  }

  private static Map<String, String> fieldPredicates() {
    Map<String, String> map = new HashMap<>();
    for (CodedProperty p : CodedProperty.values()) {
      map.put(p.field(), p.predicate());
    }
    for (TextProperty p : TextProperty.values()) {
      map.put(p.field(), p.predicate());
    }
    Map<String, Property> fields =
        Map.ofEntries(
            Map.entry("title", TITLE),
            Map.entry("description", DESCRIPTION),
            Map.entry("version", VERSION),
            Map.entry("accessRights", ACCESS_RIGHTS),
            Map.entry("licence", LICENSE),
            Map.entry("landingPage", LANDING_PAGE),
            Map.entry("numberOfIndividuals", UNIQUE_INDIVIDUALS),
            Map.entry("numberOfStudies", RECORDS),
            Map.entry("minTypicalAge", MIN_TYPICAL_AGE),
            Map.entry("maxTypicalAge", MAX_TYPICAL_AGE),
            Map.entry("segmentationCount", SEGMENTATIONS),
            Map.entry("hasStructuredData", HAS_STRUCTURED_DATA),
            Map.entry("acquisitionPeriod", TEMPORAL),
            Map.entry("issued", ISSUED),
            Map.entry("modified", MODIFIED),
            Map.entry("publisher", PUBLISHER),
            Map.entry("contactPoints", CONTACT_POINT),
            Map.entry("custodian", CUSTODIAN),
            Map.entry("healthDataAccessBody", HDAB),
            Map.entry("creators", CREATOR),
            Map.entry("distributions", DISTRIBUTION_LINK));
    fields.forEach((field, property) -> map.put(field, property.getURI()));
    return Map.copyOf(map);
  }
}
