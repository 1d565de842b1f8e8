package eu.imaginghub.webapp.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Holds back the answer to a successful write until its changes are on the disk, on the embedded H2
 * database (PostgreSQL's commit is durable by itself). Transactions commit before response filters
 * run, so what the answer acknowledges is covered.
 */
@Provider
@ApplicationScoped
public class DurableAnswers implements ContainerResponseFilter {

  private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, "OPTIONS");

  @Inject DiskCommits commits;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (READS.contains(request.getMethod()) || response.getStatus() >= 400) {
      return;
    }
    commits.awaitDurable();
  }
}
