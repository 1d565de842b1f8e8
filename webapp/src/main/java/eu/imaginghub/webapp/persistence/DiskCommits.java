package eu.imaginghub.webapp.persistence;

import eu.imaginghub.catalogue.spi.DurableCommits;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes commits durable for answers to writes and for background work alike: on the embedded H2
 * file through one shared {@link H2Durability}, so that callers waiting at the same time share a
 * checkpoint; on PostgreSQL a commit is durable by itself.
 */
@ApplicationScoped
public class DiskCommits implements DurableCommits {

  @Resource(lookup = HubDataSource.JNDI_NAME)
  DataSource dataSource;

  private H2Durability h2;

  @PostConstruct
  void init() {
    if (H2Durability.isH2File(HubSettings.current().dbUrl())) {
      h2 = new H2Durability(dataSource);
    }
  }

  @Override
  public void awaitDurable() {
    if (h2 == null) {
      return;
    }
    try {
      h2.awaitDurable();
    } catch (SQLException e) {
      throw new IllegalStateException("could not put committed changes on disk", e);
    }
  }
}
