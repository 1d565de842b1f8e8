package eu.imaginghub.webapp.persistence;

import eu.imaginghub.catalogue.search.infrastructure.DatasetIndexMapping;
import eu.imaginghub.webapp.config.HubSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * Migrates the schema, then builds the entity manager factory and hands out one entity manager per
 * JTA transaction, the same one to every module taking part in it.
 */
@ApplicationScoped
public class PersistenceProducer {

  @Resource(lookup = HubDataSource.JNDI_NAME)
  DataSource dataSource;

  private EntityManagerFactory emf;

  @PostConstruct
  void start() {
    try (InstanceStartLock oneAtATime = InstanceStartLock.acquire(dataSource)) {
      SchemaMigrations.migrate(dataSource);
      emf =
          new HibernatePersistenceProvider()
              .createContainerEntityManagerFactory(
                  new HubPersistenceUnit(dataSource, properties(HubSettings.current())), Map.of());
    }
  }

  static Properties properties(HubSettings settings) {
    Properties p = new Properties();
    p.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform");
    p.put("hibernate.hbm2ddl.auto", "validate");
    p.put("hibernate.enhancer.enableDirtyTracking", "false");
    p.put("hibernate.enhancer.enableLazyInitialization", "false");
    p.put("hibernate.enhancer.enableAssociationManagement", "false");
    p.put("hibernate.default_batch_fetch_size", "100");
    // a stored dataset is some 40 rows, most of them in its collection tables: a harvest's
    // chunk of 500 datasets is sent in a few hundred batches rather than a few thousand
    p.put("hibernate.jdbc.batch_size", "500");
    p.put("hibernate.order_inserts", "true");
    // also sorts the collections' row inserts by collection, so that the rows of one collection
    // table for a whole chunk go in one batch, not a batch per dataset and table
    p.put("hibernate.order_updates", "true");
    // The session takes its connection when the transaction first uses it: a connection first asked
    // for at commit, by the flush of a transaction that had only persisted, was not enlisted, and
    // its statements committed one by one (a trace visible without its datasets)
    p.put("hibernate.connection.handling_mode", "IMMEDIATE_ACQUISITION_AND_HOLD");
    p.put("hibernate.search.mapping.build_missing_discovered_jandex_indexes", "false");
    p.put(
        "hibernate.search.mapping.discover_annotated_types_from_root_mapping_annotations", "false");
    p.put("hibernate.search.mapping.configurer", DatasetIndexMapping.class.getName());
    p.putAll(SearchBackend.properties(settings));
    p.putAll(SearchCoordination.properties(settings));
    return p;
  }

  /** Dependent, so callers get Hibernate's own factory, not a client proxy that hides it. */
  @Produces
  EntityManagerFactory entityManagerFactory() {
    return emf;
  }

  /**
   * A handle that always reaches the current transaction's entity manager. A plain JDK proxy rather
   * than a CDI client proxy: the latter answers {@code unwrap} with itself, which hides the
   * Hibernate session that Hibernate Search needs.
   */
  @Produces
  EntityManager entityManager(TransactionEntityManagers managers) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "equals" -> proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              default -> "EntityManager of the current transaction";
            };
          }
          try {
            return method.invoke(managers.current(), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(), new Class<?>[] {EntityManager.class}, handler);
  }

  @PreDestroy
  void stop() {
    if (emf != null && emf.isOpen()) {
      emf.close();
    }
  }
}
