package eu.imaginghub.webapp.persistence;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * Hibernate Search's usual Elasticsearch layout (an index {@code <name>-000001} behind the aliases
 * {@code <name>-write} and {@code <name>-read}, so a rebuild can swap indexes), with the hub's
 * index prefix before every name: several hubs can then share one cluster.
 */
final class PrefixedIndexLayout implements IndexLayoutStrategy {

  private static final Pattern NUMBERED = Pattern.compile("(.*)-\\d{6}");

  private final String prefix;

  PrefixedIndexLayout(String prefix) {
    this.prefix = prefix;
  }

  @Override
  public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-000001";
  }

  @Override
  public String createWriteAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-write";
  }

  @Override
  public String createReadAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-read";
  }

  @Override
  public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName;
  }

  /** Search hits name the index itself, not an alias: its name without the number is the key. */
  @Override
  public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
    Matcher m = NUMBERED.matcher(elasticsearchIndexName);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not an index of this layout: " + elasticsearchIndexName);
    }
    return m.group(1);
  }
}
