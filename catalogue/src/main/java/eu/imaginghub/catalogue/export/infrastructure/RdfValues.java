package eu.imaginghub.catalogue.export.infrastructure;

import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.RecordDate;
import eu.imaginghub.catalogue.dataset.domain.Translations;
import eu.imaginghub.catalogue.spi.DcatApTerms;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * Null-tolerant statement builders: the description of a draft or a legacy record may lack any
 * optional value, and an absent value must leave no trace in the graph.
 */
final class RdfValues {

  /** Free text of the hub is English: the profile asks for an English title and description. */
  static final String LANGUAGE = "en";

  private static final String XSD = XSDDatatype.XSD + "#";

  private RdfValues() {}

  static void text(Resource subject, Property predicate, String text) {
    if (text != null && !text.isBlank()) {
      subject.addProperty(predicate, text.strip(), LANGUAGE);
    }
  }

  /** Text in a language; {@link Translations#UNTAGGED} text is written without a tag. */
  static void text(Resource subject, Property predicate, String text, String language) {
    if (Translations.UNTAGGED.equals(language)) {
      plain(subject, predicate, text);
    } else if (text != null && !text.isBlank()) {
      subject.addProperty(predicate, text.strip(), language);
    }
  }

  static void plain(Resource subject, Property predicate, String text) {
    if (text != null && !text.isBlank()) {
      subject.addProperty(predicate, text.strip());
    }
  }

  /** Adds a link, skipping values that are not absolute IRIs rather than writing broken RDF. */
  static void link(Resource subject, Property predicate, String iri) {
    if (Concept.isIri(iri)) {
      subject.addProperty(predicate, subject.getModel().createResource(iri));
    }
  }

  /** Adds a link and types its target, for ranges a validator checks by class. */
  static void typedLink(Resource subject, Property predicate, String iri, Resource type) {
    if (Concept.isIri(iri)) {
      subject.addProperty(predicate, subject.getModel().createResource(iri, type));
    }
  }

  /** Links a coded value and carries its label, so harvesters need not resolve the ontology. */
  static void concept(Resource subject, Property predicate, Concept concept) {
    Resource value = subject.getModel().createResource(concept.iri());
    subject.addProperty(predicate, value);
    if (concept.label() != null) {
      value.addProperty(DcatApTerms.PREF_LABEL, concept.label(), LANGUAGE);
    }
  }

  static void count(Resource subject, Property predicate, Integer count) {
    if (count != null) {
      count(subject, predicate, count.longValue());
    }
  }

  static void count(Resource subject, Property predicate, long count) {
    subject.addLiteral(
        predicate,
        subject
            .getModel()
            .createTypedLiteral(Long.toString(count), XSDDatatype.XSDnonNegativeInteger));
  }

  /** A date with the datatype of its precision: xsd:gYear, gYearMonth, date or dateTime. */
  static void date(Resource subject, Property predicate, RecordDate date) {
    if (date != null) {
      subject.addLiteral(
          predicate,
          subject.getModel().createTypedLiteral(date.text(), XSD + date.precision().xsdType()));
    }
  }

  static void date(Resource subject, Property predicate, LocalDate date) {
    if (date != null) {
      subject.addLiteral(
          predicate, subject.getModel().createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
    }
  }

  static void bool(Resource subject, Property predicate, Boolean value) {
    if (value != null) {
      subject.addLiteral(
          predicate,
          subject.getModel().createTypedLiteral(value.toString(), XSDDatatype.XSDboolean));
    }
  }

  static void anyUri(Resource subject, Property predicate, String iri) {
    subject.addLiteral(
        predicate, subject.getModel().createTypedLiteral(iri, XSDDatatype.XSDanyURI));
  }
}
