package eu.imaginghub.catalogue.export.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.ACCESS_RIGHTS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.APPLICABLE_LEGISLATION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.CATALOG;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DATASET;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DATASET_LINK;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DESCRIPTION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DOCUMENT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.END_DATE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.FIRST;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HAS_STRUCTURED_DATA;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HYDRA;
import static eu.imaginghub.catalogue.spi.DcatApTerms.IDENTIFIER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.IDENTIFIER_CLASS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.ISSUED;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LABEL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LANDING_PAGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.LAST;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MAX_TYPICAL_AGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MIN_TYPICAL_AGE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.MODIFIED;
import static eu.imaginghub.catalogue.spi.DcatApTerms.NEXT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.NOTATION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.OTHER_IDENTIFIER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PARTIAL_COLLECTION_VIEW;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PERIOD_OF_TIME;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PREFIXES;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PREVIOUS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PROVENANCE_STATEMENT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.PUBLISHER;
import static eu.imaginghub.catalogue.spi.DcatApTerms.RECORDS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.SCHEMA_AGENCY;
import static eu.imaginghub.catalogue.spi.DcatApTerms.SEGMENTATIONS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.START_DATE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TEMPORAL;
import static eu.imaginghub.catalogue.spi.DcatApTerms.THEME;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TITLE;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TOTAL_ITEMS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.UNIQUE_INDIVIDUALS;
import static eu.imaginghub.catalogue.spi.DcatApTerms.VERSION;
import static eu.imaginghub.catalogue.spi.DcatApTerms.VIEW;

import eu.imaginghub.catalogue.dataset.domain.CodedProperty;
import eu.imaginghub.catalogue.dataset.domain.Concept;
import eu.imaginghub.catalogue.dataset.domain.Dataset;
import eu.imaginghub.catalogue.dataset.domain.DatasetDescription;
import eu.imaginghub.catalogue.dataset.domain.Identifier;
import eu.imaginghub.catalogue.dataset.domain.TextProperty;
import eu.imaginghub.catalogue.dataset.domain.Translations;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Describes datasets and catalogue pages in the EUCAIM DCAT-AP v2.0 profile, so that another
 * catalogue of the federation can harvest the hub. Works on loaded aggregates only: it reads the
 * database neither directly nor through lazy associations the caller did not fetch.
 */
@ApplicationScoped
public class DcatApMapper {

  /** The profile fixes the theme of every dataset to the EU data theme "Health". */
  static final String HEALTH_THEME =
      "http://publications.europa.eu/resource/authority/data-theme/HEAL";

  /** The EHDS regulation, which governs the hub as a catalogue of health datasets. */
  static final String EHDS = "http://data.europa.eu/eli/reg/2025/327/oj";

  private static final String DOI_RESOLVER = "https://doi.org/";

  public Model dataset(Dataset dataset, String hubBaseUri) {
    Model model = newModel();
    describe(model, dataset, withoutTrailingSlash(hubBaseUri));
    return model;
  }

  /**
   * One version of a dataset as it was (its own description and DOI, the dataset's node), e.g. the
   * record deposited with the version on Zenodo.
   */
  public Model version(
      Dataset dataset, DatasetDescription description, String doi, String hubBaseUri) {
    Model model = newModel();
    describe(
        model, dataset, description, Optional.ofNullable(doi), withoutTrailingSlash(hubBaseUri));
    return model;
  }

  public Model catalogue(List<Dataset> page, CatalogueDescription catalogue, PageLinks links) {
    Model model = newModel();
    model.setNsPrefix("hydra", HYDRA);
    String base = withoutTrailingSlash(catalogue.baseUri());
    Resource resource = model.createResource(base + "/api/datasets", CATALOG);
    RdfValues.text(resource, TITLE, catalogue.title());
    RdfValues.text(resource, DESCRIPTION, catalogue.description());
    resource.addProperty(PUBLISHER, AgentMapper.named(resource, catalogue.publisherName()));
    RdfValues.link(resource, APPLICABLE_LEGISLATION, EHDS);
    for (Dataset dataset : page) {
      resource.addProperty(DATASET_LINK, describe(model, dataset, base));
    }
    paging(resource, links);
    return model;
  }

  /** Hydra paging: the catalogue is the collection, the requested page one view of it. */
  private static void paging(Resource catalogue, PageLinks links) {
    RdfValues.count(catalogue, TOTAL_ITEMS, links.totalItems());
    Resource view = catalogue.getModel().createResource(links.self(), PARTIAL_COLLECTION_VIEW);
    RdfValues.link(view, FIRST, links.first());
    RdfValues.link(view, NEXT, links.next());
    RdfValues.link(view, PREVIOUS, links.previous());
    RdfValues.link(view, LAST, links.last());
    catalogue.addProperty(VIEW, view);
  }

  private static Resource describe(Model model, Dataset dataset, String base) {
    return describe(model, dataset, dataset.description(), dataset.doi(), base);
  }

  private static Resource describe(
      Model model,
      Dataset dataset,
      DatasetDescription description,
      Optional<String> doi,
      String base) {
    String iri = base + "/api/datasets/" + dataset.id().value();
    Resource resource = model.createResource(iri, DATASET);
    RdfValues.anyUri(resource, IDENTIFIER, iri);
    texts(resource, description);
    figures(resource, description);
    dates(resource, description);
    codes(resource, description);
    AgentMapper.agents(resource, description);
    AgentMapper.node(resource, dataset.node());
    DistributionMapper.distributions(resource, description);
    doi.ifPresent(value -> doi(resource, value));
    return resource;
  }

  /** Title, description and keywords in every language, each with its tag. */
  private static void texts(Resource dataset, DatasetDescription d) {
    Translations t = d.translations();
    t.titles().forEach((lang, text) -> RdfValues.text(dataset, TITLE, text, lang));
    t.descriptions().forEach((lang, text) -> RdfValues.text(dataset, DESCRIPTION, text, lang));
    var keyword = ResourceFactory.createProperty(TextProperty.KEYWORD.predicate());
    t.keywords()
        .forEach((lang, texts) -> texts.forEach(k -> RdfValues.text(dataset, keyword, k, lang)));
    RdfValues.plain(dataset, VERSION, d.version());
    for (TextProperty property :
        List.of(TextProperty.PROVENANCE, TextProperty.POPULATION_COVERAGE)) {
      var predicate = ResourceFactory.createProperty(property.predicate());
      for (String text : d.texts(property)) {
        if (property == TextProperty.PROVENANCE) {
          provenance(dataset, predicate, text);
        } else {
          RdfValues.text(dataset, predicate, text);
        }
      }
    }
    RdfValues.typedLink(dataset, LANDING_PAGE, d.landingPage(), DOCUMENT);
  }

  /** The profile wants a statement resource, not a bare literal, for provenance. */
  private static void provenance(Resource dataset, Property predicate, String text) {
    Resource statement = dataset.getModel().createResource(PROVENANCE_STATEMENT);
    RdfValues.text(statement, LABEL, text);
    dataset.addProperty(predicate, statement);
  }

  private static void figures(Resource dataset, DatasetDescription d) {
    RdfValues.count(dataset, UNIQUE_INDIVIDUALS, d.numberOfIndividuals());
    RdfValues.count(dataset, RECORDS, d.numberOfStudies());
    RdfValues.count(dataset, MIN_TYPICAL_AGE, d.minTypicalAge());
    RdfValues.count(dataset, MAX_TYPICAL_AGE, d.maxTypicalAge());
    RdfValues.count(dataset, SEGMENTATIONS, d.segmentationCount());
    RdfValues.bool(dataset, HAS_STRUCTURED_DATA, d.hasStructuredData());
  }

  private static void dates(Resource dataset, DatasetDescription d) {
    RdfValues.date(dataset, ISSUED, d.issued());
    RdfValues.date(dataset, MODIFIED, d.modified());
    identifiers(dataset, d);
    if (d.acquisitionStart() != null || d.acquisitionEnd() != null) {
      Resource period = dataset.getModel().createResource(PERIOD_OF_TIME);
      RdfValues.date(period, START_DATE, d.acquisitionStart());
      RdfValues.date(period, END_DATE, d.acquisitionEnd());
      dataset.addProperty(TEMPORAL, period);
    }
  }

  /**
   * Coded values under the predicates of {@link CodedProperty}. Data-use terms go on the
   * distributions, where the profile lists rights, unless a draft has none to carry them. The theme
   * is fixed by the profile, so it is written even when a node left it out.
   */
  private static void codes(Resource dataset, DatasetDescription d) {
    boolean dataUseOnDistributions = !d.distributions().isEmpty();
    for (CodedProperty property : CodedProperty.values()) {
      if (property != CodedProperty.DATA_USE || !dataUseOnDistributions) {
        var predicate = ResourceFactory.createProperty(property.predicate());
        d.codes(property).forEach(c -> RdfValues.concept(dataset, predicate, c));
      }
    }
    RdfValues.link(dataset, THEME, HEALTH_THEME);
    if (d.accessRights() != null) {
      RdfValues.link(dataset, ACCESS_RIGHTS, d.accessRights().iri());
    }
  }

  /**
   * The node's identifiers, all as adms:identifier: the profile allows one dct:identifier, which is
   * the hub's IRI; the node's own becomes another identifier of the hub's record. The scheme goes
   * as the notation's datatype when it is an IRI, else as the scheme agency.
   */
  private static void identifiers(Resource dataset, DatasetDescription d) {
    for (Identifier i : d.identifiers()) {
      Resource identifier = dataset.getModel().createResource(IDENTIFIER_CLASS);
      if (Concept.isIri(i.scheme())) {
        identifier.addLiteral(
            NOTATION, dataset.getModel().createTypedLiteral(i.notation(), i.scheme()));
      } else {
        RdfValues.plain(identifier, NOTATION, i.notation());
        RdfValues.plain(identifier, SCHEMA_AGENCY, i.scheme());
      }
      dataset.addProperty(OTHER_IDENTIFIER, identifier);
    }
  }

  /** A DOI as a secondary identifier, in the {@code adms:Identifier} shape of the examples. */
  private static void doi(Resource dataset, String doi) {
    String iri = doi.startsWith("http") ? doi : DOI_RESOLVER + doi.strip();
    Resource identifier = dataset.getModel().createResource(IDENTIFIER_CLASS);
    RdfValues.anyUri(identifier, NOTATION, iri);
    RdfValues.plain(identifier, SCHEMA_AGENCY, "International DOI Foundation");
    dataset.addProperty(OTHER_IDENTIFIER, identifier);
  }

  private static Model newModel() {
    Model model = ModelFactory.createDefaultModel();
    model.setNsPrefixes(PREFIXES);
    return model;
  }

  private static String withoutTrailingSlash(String uri) {
    String trimmed = uri.strip();
    return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }
}
