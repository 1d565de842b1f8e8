package eu.imaginghub.catalogue.export.application;

import eu.imaginghub.catalogue.dataset.application.DatasetCatalogue;
import eu.imaginghub.catalogue.dataset.domain.DatasetId;
import eu.imaginghub.catalogue.dataset.domain.DatasetRepository;
import eu.imaginghub.catalogue.export.infrastructure.CatalogueDescription;
import eu.imaginghub.catalogue.export.infrastructure.DcatApMapper;
import eu.imaginghub.catalogue.export.infrastructure.PageLinks;
import eu.imaginghub.catalogue.search.domain.SearchHits;
import eu.imaginghub.catalogue.search.domain.SearchQuery;
import eu.imaginghub.catalogue.search.infrastructure.DatasetIndex;
import eu.imaginghub.catalogue.security.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.IntFunction;
import org.apache.jena.rdf.model.Model;

/**
 * The catalogue in the EUCAIM DCAT-AP profile: single datasets, and search results as pages of a
 * {@code dcat:Catalog}, so other catalogues of the federation can harvest the hub.
 */
@ApplicationScoped
@Transactional
public class CatalogueExport {

  @Inject DatasetCatalogue catalogue;
  @Inject DatasetIndex index;
  @Inject DatasetRepository datasets;
  @Inject DcatApMapper mapper;

  public Model dataset(DatasetId id, Viewer viewer, String baseUri) {
    return mapper.dataset(catalogue.visible(id, viewer), baseUri);
  }

  /** One page of the catalogue; {@code pageUrl} gives the URL of any page number. */
  public Model page(SearchQuery query, Viewer viewer, String baseUri, IntFunction<String> pageUrl) {
    SearchHits hits = index.search(query, viewer);
    int last = (int) Math.max(1, (hits.total() + query.size() - 1) / query.size());
    PageLinks links =
        new PageLinks(
            pageUrl.apply(query.page()),
            pageUrl.apply(1),
            query.page() < last ? pageUrl.apply(query.page() + 1) : null,
            query.page() > 1 ? pageUrl.apply(query.page() - 1) : null,
            pageUrl.apply(last),
            hits.total());
    CatalogueDescription description =
        new CatalogueDescription(
            baseUri,
            "Imaging Hub catalogue",
            "Medical-imaging datasets held at the nodes of the federation, described in the"
                + " EUCAIM DCAT-AP profile.",
            "Imaging Hub");
    return mapper.catalogue(datasets.findAll(hits.ids()), description, links);
  }
}
