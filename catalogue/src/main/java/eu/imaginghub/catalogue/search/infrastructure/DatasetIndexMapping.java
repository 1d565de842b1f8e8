package eu.imaginghub.catalogue.search.infrastructure;

import eu.imaginghub.catalogue.dataset.domain.Dataset;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * Maps datasets to the search index programmatically, so the domain carries no search annotations
 * and the same mapping serves Lucene and Elasticsearch.
 */
public class DatasetIndexMapping implements HibernateOrmSearchMappingConfigurer {

  public static final String INDEX = "dataset";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    TypeMappingStep dataset = context.programmaticMapping().type(Dataset.class);
    dataset.indexed().index(INDEX);
    dataset.binder(new DatasetDocumentBinder());
    // a node never changes once created, so its datasets need no reindexing through it, and the
    // node needs no list of its datasets (which would tie the node feature to the dataset one)
    dataset.property("node").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
  }
}
