package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.LABEL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PREF_LABEL;

import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * Tolerant readers of RDF values. Results are deterministic whatever the statement order: the model
 * has none, so multiple values are sorted before one is chosen.
 */
final class RdfTerms {

  private static final Comparator<Literal> BY_LEXICAL =
      Comparator.comparing(Literal::getLexicalForm).thenComparing(Literal::getLanguage);

  private static final Pattern DIGITS = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}(Z|[+-]\\d{2}:\\d{2})?");

  private RdfTerms() {}

  static List<RDFNode> values(Resource subject, Property predicate) {
    List<RDFNode> values = subject.listProperties(predicate).mapWith(s -> s.getObject()).toList();
    values.sort(Comparator.comparing(RdfTerms::sortKey));
    return values;
  }

  static String sortKey(RDFNode node) {
    if (node.isURIResource()) {
      return "1" + node.asResource().getURI();
    }
    return node.isLiteral() ? "2" + node.asLiteral().getLexicalForm() : "3" + node;
  }

  /** The literals to show: English ones, else untagged ones, else those of the first language. */
  static List<String> displayTexts(Resource subject, Property predicate) {
    List<Literal> literals = new ArrayList<>();
    for (RDFNode node : values(subject, predicate)) {
      if (node.isLiteral()) {
        literals.add(node.asLiteral());
      }
    }
    literals.sort(BY_LEXICAL);
    List<String> english = inLanguage(literals, true);
    if (!english.isEmpty()) {
      return english;
    }
    List<String> untagged = inLanguage(literals, false);
    if (!untagged.isEmpty() || literals.isEmpty()) {
      return untagged;
    }
    String first = literals.stream().map(Literal::getLanguage).sorted().findFirst().orElse("");
    return literals.stream()
        .filter(l -> l.getLanguage().equals(first))
        .map(l -> l.getLexicalForm().strip())
        .toList();
  }

  private static List<String> inLanguage(List<Literal> literals, boolean english) {
    List<String> texts = new ArrayList<>();
    for (Literal l : literals) {
      String lang = l.getLanguage().toLowerCase(Locale.ROOT);
      boolean matches = english ? lang.equals("en") || lang.startsWith("en-") : lang.isEmpty();
      if (matches && !l.getLexicalForm().isBlank()) {
        texts.add(l.getLexicalForm().strip());
      }
    }
    return texts;
  }

  /** The one text to show, or null. */
  static String displayText(Resource subject, Property predicate) {
    List<String> texts = displayTexts(subject, predicate);
    return texts.isEmpty() ? null : texts.get(0);
  }

  /** The label a record gives a coded value: skos:prefLabel, else rdfs:label. */
  static String label(Resource concept) {
    String pref = displayText(concept, PREF_LABEL);
    return pref != null ? pref : displayText(concept, LABEL);
  }

  /** IRIs among the values (blank nodes and literals are skipped). */
  static List<Resource> iris(Resource subject, Property predicate) {
    List<Resource> iris = new ArrayList<>();
    for (RDFNode node : values(subject, predicate)) {
      if (node.isURIResource()) {
        iris.add(node.asResource());
      }
    }
    return iris;
  }

  /** Resources (IRIs or blank nodes) among the values. */
  static List<Resource> resources(Resource subject, Property predicate) {
    List<Resource> resources = new ArrayList<>();
    for (RDFNode node : values(subject, predicate)) {
      if (node.isResource()) {
        resources.add(node.asResource());
      }
    }
    return resources;
  }

  /** An IRI value, or a literal holding one, as a string; null when absent. */
  static String link(Resource subject, Property predicate) {
    for (RDFNode node : values(subject, predicate)) {
      if (node.isURIResource()) {
        return node.asResource().getURI();
      }
      if (node.isLiteral() && !node.asLiteral().getLexicalForm().isBlank()) {
        return node.asLiteral().getLexicalForm().strip();
      }
    }
    return null;
  }

  /**
   * A date from xsd:date, xsd:dateTime, xsd:gYear, xsd:gYearMonth or a plain literal of those
   * forms. A year or month stands for its first day, or its last when it ends a period.
   *
   * @throws IllegalArgumentException when the value is no such date
   */
  static LocalDate date(RDFNode node, boolean end) {
    if (!node.isLiteral()) {
      throw new IllegalArgumentException("is not a literal");
    }
    String text = node.asLiteral().getLexicalForm().strip();
    if (DATE.matcher(text).matches()) {
      return LocalDate.parse(text.substring(0, 10));
    }
    if (YEAR_MONTH.matcher(text).matches()) {
      YearMonth month = YearMonth.parse(text.substring(0, 7));
      return end ? month.atEndOfMonth() : month.atDay(1);
    }
    if (YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text.substring(0, 4));
      return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
    throw new IllegalArgumentException("is not a date: " + text);
  }

  /**
   * A date as precise as given: xsd:date, xsd:dateTime, xsd:gYear, xsd:gYearMonth or a plain
   * literal of those forms.
   *
   * @throws IllegalArgumentException when the value is no such date
   */
  static RecordDate recordDate(RDFNode node) {
    if (!node.isLiteral()) {
      throw new IllegalArgumentException("is not a literal");
    }
    return RecordDate.parse(node.asLiteral().getLexicalForm());
  }

  /**
   * A non-negative integer count.
   *
   * @throws IllegalArgumentException when the value is no integer in range
   */
  static Integer count(RDFNode node) {
    if (!node.isLiteral()) {
      throw new IllegalArgumentException("is not a literal");
    }
    String text = node.asLiteral().getLexicalForm().strip();
    try {
      return Integer.valueOf(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      if (DIGITS.matcher(text).matches()) {
        throw new IllegalArgumentException(
            "is out of range: counts are whole numbers up to " + Integer.MAX_VALUE);
      }
      throw new IllegalArgumentException("is not an integer: " + text);
    }
  }

  static Boolean bool(RDFNode node) {
    String text = node.isLiteral() ? node.asLiteral().getLexicalForm().strip() : "";
    if (text.equals("true") || text.equals("1")) {
      return Boolean.TRUE;
    }
    if (text.equals("false") || text.equals("0")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("is not a boolean: " + text);
  }

  /** An e-mail address from a literal or a {@code mailto:} IRI, without scheme and query. */
  static String email(RDFNode node) {
    String text =
        node.isURIResource()
            ? node.asResource().getURI()
            : node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    if (text == null || text.isBlank()) {
      return null;
    }
    String address = text.strip();
    if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
      address = address.substring(7);
    }
    int query = address.indexOf('?');
    return query >= 0 ? address.substring(0, query) : address;
  }

  static String focus(Resource resource) {
    return resource.isAnon() ? "_:" + resource.getId().getLabelString() : resource.getURI();
  }
}
