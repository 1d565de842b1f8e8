package eu.imaginghub.harvester.record.infrastructure;

import static eu.imaginghub.catalogue.spi.DcatApTerms.DATASET;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DATASET_LINK;
import static eu.imaginghub.catalogue.spi.DcatApTerms.DCAT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.HYDRA;
import static eu.imaginghub.catalogue.spi.DcatApTerms.NEXT;
import static eu.imaginghub.catalogue.spi.DcatApTerms.TITLE;

import eu.imaginghub.harvester.record.domain.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * The parts of one fetched document a harvester walks: the datasets it describes (whether listed by
 * a {@code dcat:Catalog} or standing alone), the Hydra links to the next page, and the datasets a
 * catalogue only lists by IRI, as a FAIR Data Point does, which must be fetched one by one.
 */
public final class CatalogueDocument {

  /** Hydra's older paging term, still served by some catalogues beside {@code hydra:next}. */
  static final Property NEXT_PAGE = ResourceFactory.createProperty(HYDRA, "nextPage");

  private static final Comparator<Resource> BY_SUBJECT =
      Comparator.comparing((Resource r) -> r.isAnon() ? 1 : 0)
          .thenComparing(r -> r.isAnon() ? r.getId().getLabelString() : r.getURI());

  static final Resource SERIES = ResourceFactory.createResource(DCAT + "DatasetSeries");
  static final Resource SERVICE = ResourceFactory.createResource(DCAT + "DataService");
  private static final Property SERVICE_LINK = ResourceFactory.createProperty(DCAT, "service");

  private final Model model;
  private final List<Resource> datasets;
  private final List<String> listedOnly;
  private final List<Resource> seriesAndServices;

  private CatalogueDocument(Model model) {
    this.model = model;
    Set<Resource> described = new TreeSet<>(BY_SUBJECT);
    Set<String> listed = new TreeSet<>();
    List<RDFNode> candidates = new ArrayList<>();
    model.listResourcesWithProperty(RDF.type, DATASET).forEach(candidates::add);
    model.listObjectsOfProperty(DATASET_LINK).forEach(candidates::add);
    Set<Resource> others = new TreeSet<>(BY_SUBJECT);
    model.listResourcesWithProperty(RDF.type, SERIES).forEach(others::add);
    model.listResourcesWithProperty(RDF.type, SERVICE).forEach(others::add);
    model
        .listObjectsOfProperty(SERVICE_LINK)
        .filterKeep(RDFNode::isResource)
        .forEach(n -> others.add(n.asResource()));
    for (RDFNode node : candidates) {
      if (node.isResource() && others.contains(node.asResource())) {
        continue;
      }
      if (node.isResource() && isDescribed(node.asResource())) {
        described.add(node.asResource());
      } else if (node.isURIResource()) {
        listed.add(node.asResource().getURI());
      }
    }
    this.datasets = List.copyOf(described);
    this.listedOnly = List.copyOf(listed);
    this.seriesAndServices = List.copyOf(others);
  }

  public static CatalogueDocument of(Model model) {
    return new CatalogueDocument(model);
  }

  public Model model() {
    return model;
  }

  /** The dataset resources described in the document, IRIs sorted, blank nodes last. */
  public List<Resource> datasets() {
    return datasets;
  }

  /** IRIs of datasets listed by a catalogue but not described in this document. */
  public List<String> listedOnly() {
    return listedOnly;
  }

  /**
   * Dataset series and data services: resources of a catalogue that are not datasets, so not
   * harvested as such; each is reported, named by its title, with a count of them all.
   */
  public List<Finding> notHarvested() {
    List<Finding> findings = new ArrayList<>();
    int series = 0;
    for (Resource r : seriesAndServices) {
      boolean isSeries = r.hasProperty(RDF.type, SERIES);
      series += isSeries ? 1 : 0;
      String title = RdfTerms.displayText(r, TITLE);
      findings.add(
          Finding.warning(
              RdfTerms.focus(r),
              RDF.type.getURI(),
              "not harvested as a dataset: "
                  + (isSeries ? "dataset series" : "data service")
                  + (title == null ? "" : " \"" + title + "\"")));
    }
    if (!findings.isEmpty()) {
      int services = findings.size() - series;
      findings.add(
          0,
          Finding.warning(
              null,
              RDF.type.getURI(),
              findings.size()
                  + " resource(s) not harvested as datasets: "
                  + series
                  + " dataset series, "
                  + services
                  + " data service(s)"));
    }
    return findings;
  }

  /** The next page(s) of a paged catalogue, from {@code hydra:next} or {@code hydra:nextPage}. */
  public List<String> nextPages() {
    Set<String> pages = new LinkedHashSet<>();
    for (Property p : List.of(NEXT, NEXT_PAGE)) {
      model
          .listObjectsOfProperty(p)
          .forEach(
              node -> {
                if (node.isURIResource()) {
                  pages.add(node.asResource().getURI());
                }
              });
    }
    List<String> sorted = new ArrayList<>(pages);
    sorted.sort(null);
    return sorted;
  }

  /** Described means the document says more of it than its type. */
  private static boolean isDescribed(Resource resource) {
    StmtIterator it = resource.listProperties();
    try {
      while (it.hasNext()) {
        Statement s = it.next();
        if (!s.getPredicate().equals(RDF.type)) {
          return true;
        }
      }
      return false;
    } finally {
      it.close();
    }
  }

  static boolean isDataset(RDFNode node) {
    return node.isResource() && node.asResource().hasProperty(RDF.type, DATASET);
  }
}
