package eu.imaginghub.webapp.persistence;

import eu.imaginghub.catalogue.search.infrastructure.LuceneLanguageAnalysis;
import eu.imaginghub.webapp.config.HubSettings;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.search.engine.environment.bean.BeanReference;

/**
 * Hibernate Search's backend settings from the hub's: the embedded Lucene index in the data
 * directory, or an Elasticsearch cluster. The index mapping and its analyser names are the same for
 * both (the Lucene backend defines the language analysers Elasticsearch has built in), so searches
 * answer alike whichever runs.
 */
final class SearchBackend {

  static final String LUCENE = "lucene";
  static final String ELASTICSEARCH = "elasticsearch";

  private SearchBackend() {}

  static Map<String, Object> properties(HubSettings settings) {
    Map<String, Object> p = new HashMap<>();
    String backend = settings.searchBackend();
    p.put("hibernate.search.backend.type", backend);
    switch (backend) {
      case LUCENE -> {
        p.put("hibernate.search.backend.lucene_version", "LATEST");
        p.put(
            "hibernate.search.backend.analysis.configurer", LuceneLanguageAnalysis.class.getName());
        p.put("hibernate.search.backend.directory.root", settings.indexDir().toString());
      }
      case ELASTICSEARCH -> {
        p.put("hibernate.search.backend.hosts", settings.searchHosts());
        p.put("hibernate.search.backend.protocol", settings.searchProtocol());
        settings.searchUser().ifPresent(u -> p.put("hibernate.search.backend.username", u));
        settings.searchPassword().ifPresent(pw -> p.put("hibernate.search.backend.password", pw));
        settings
            .searchVersion()
            .ifPresent(
                v -> {
                  p.put("hibernate.search.backend.version", v);
                  p.put("hibernate.search.backend.version_check.enabled", "false");
                });
        // a newer hub may add fields to the mapping: an index made by an older one gets them
        // instead of failing the start (its documents fill them at the next rebuild)
        p.put("hibernate.search.schema_management.strategy", "create-or-update");
        p.put(
            "hibernate.search.backend.layout.strategy",
            BeanReference.ofInstance(new PrefixedIndexLayout(settings.searchIndexPrefix())));
      }
      default ->
          throw new IllegalArgumentException(
              HubSettings.SEARCH_BACKEND.key() + " must be " + LUCENE + " or " + ELASTICSEARCH);
    }
    return p;
  }
}
