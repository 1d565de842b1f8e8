package eu.imaginghub.webapp.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the hub's pooled, JTA-enlisted data source; its target comes from configuration. */
@DataSourceDefinition(
    name = HubDataSource.JNDI_NAME,
    className = "eu.imaginghub.webapp.persistence.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    transactional = true)
@ApplicationScoped
public class HubDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/hub";
}
