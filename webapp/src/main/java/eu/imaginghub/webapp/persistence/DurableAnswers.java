package eu.imaginghub.webapp.persistence;

import eu.imaginghub.webapp.config.HubSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Holds back the answer to a successful write until its changes are on the disk, on the embedded H2
 * database (PostgreSQL's commit is durable by itself). Transactions commit before response filters
 * run, so what the answer acknowledges is covered.
 */
@Provider
@ApplicationScoped
public class DurableAnswers implements ContainerResponseFilter {

  private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, "OPTIONS");

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
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (h2 == null || READS.contains(request.getMethod()) || response.getStatus() >= 400) {
      return;
    }
    try {
      h2.awaitDurable();
    } catch (SQLException e) {
      throw new IllegalStateException("could not put committed changes on disk", e);
    }
  }
}
