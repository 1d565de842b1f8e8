package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.DESCRIPTION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.IDENTIFIER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.NOTATION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.OTHER_IDENTIFIER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.SCHEMA_AGENCY;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TITLE;

import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.dataset.domain.Translations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads what a record says in words and names beyond the one language shown by default: title,
 * description and keywords in every language, and every identifier. Languages are sorted by tag,
 * texts by their words, so the result does not depend on statement order.
 */
final class RecordTexts {

  private static final Property KEYWORD =
      ResourceFactory.createProperty(TextProperty.KEYWORD.predicate());

  private RecordTexts() {}

  static Translations translations(Resource dataset) {
    Map<String, String> titles = new LinkedHashMap<>();
    byLanguage(dataset, TITLE).forEach((lang, texts) -> titles.put(lang, texts.get(0)));
    Map<String, String> descriptions = new LinkedHashMap<>();
    byLanguage(dataset, DESCRIPTION).forEach((lang, texts) -> descriptions.put(lang, texts.get(0)));
    return new Translations(titles, descriptions, byLanguage(dataset, KEYWORD));
  }

  /** The non-blank literal values by language tag ("und" for none), each list sorted. */
  private static Map<String, List<String>> byLanguage(Resource subject, Property predicate) {
    Map<String, List<String>> texts = new TreeMap<>();
    for (RDFNode node : RdfTerms.values(subject, predicate)) {
      if (node.isLiteral() && !node.asLiteral().getLexicalForm().isBlank()) {
        Literal literal = node.asLiteral();
        texts
            .computeIfAbsent(Translations.tag(literal.getLanguage()), k -> new ArrayList<>())
            .add(literal.getLexicalForm().strip());
      }
    }
    texts.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    return texts;
  }

  /** Every dct:identifier, then every adms:identifier that has a notation. */
  static List<Identifier> identifiers(Resource dataset) {
    List<Identifier> identifiers = new ArrayList<>();
    String own = RdfTerms.link(dataset, IDENTIFIER);
    for (RDFNode node : RdfTerms.values(dataset, IDENTIFIER)) {
      String value = text(node);
      if (value != null && !value.equals(own)) {
        identifiers.add(new Identifier(value, null, Identifier.Kind.IDENTIFIER));
      }
    }
    if (own != null) {
      identifiers.add(0, new Identifier(own, null, Identifier.Kind.IDENTIFIER));
    }
    for (Resource other : RdfTerms.resources(dataset, OTHER_IDENTIFIER)) {
      for (RDFNode notation : RdfTerms.values(other, NOTATION)) {
        if (notation.isLiteral() && !notation.asLiteral().getLexicalForm().isBlank()) {
          identifiers.add(
              new Identifier(
                  notation.asLiteral().getLexicalForm(),
                  scheme(other, notation.asLiteral()),
                  Identifier.Kind.OTHER));
        }
      }
    }
    return identifiers;
  }

  /**
   * The scheme of a notation: its datatype when that names one (not a plain string or a URI), else
   * the scheme agency given.
   */
  private static String scheme(Resource identifier, Literal notation) {
    String datatype = notation.getDatatypeURI();
    if (datatype != null
        && !datatype.equals(XSDDatatype.XSDstring.getURI())
        && !datatype.equals(XSDDatatype.XSDanyURI.getURI())
        && !datatype.equals(RDF.langString.getURI())) {
      return datatype;
    }
    return RdfTerms.displayText(identifier, SCHEMA_AGENCY);
  }

  private static String text(RDFNode node) {
    if (node.isURIResource()) {
      return node.asResource().getURI();
    }
    if (node.isLiteral() && !node.asLiteral().getLexicalForm().isBlank()) {
      return node.asLiteral().getLexicalForm().strip();
    }
    return null;
  }
}
