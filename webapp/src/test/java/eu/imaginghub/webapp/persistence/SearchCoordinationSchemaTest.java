package eu.imaginghub.webapp.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.imaginghub.webapp.config.HubSettings;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The outbox and agent tables the migrations create are exactly those Hibernate Search's
 * outbox-polling coordination maps: the hub's own persistence unit, coordinated, validates the
 * migrated schema on H2 and (given {@code -Dhub.it.postgresql.url}) on PostgreSQL, and refuses a
 * schema that lacks one of them.
 */
class SearchCoordinationSchemaTest {

  @TempDir Path dir;

  @Test
  void theMigratedSchemaIsWhatCoordinationMapsOnH2() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:coordination-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    checkAgainst(h2);
  }

  @Test
  void theMigratedSchemaIsWhatCoordinationMapsOnPostgresql() throws Exception {
    String url = System.getProperty("hub.it.postgresql.url");
    Assumptions.assumeTrue(url != null, "no PostgreSQL given (-Dhub.it.postgresql.url)");
    String schema = "coordination_check";
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser(System.getProperty("hub.it.postgresql.user", "hub"));
    pg.setPassword(System.getProperty("hub.it.postgresql.password", "hub"));
    execute(pg, "drop schema if exists " + schema + " cascade", "create schema " + schema);
    pg.setCurrentSchema(schema);
    try {
      checkAgainst(pg);
    } finally {
      pg.setCurrentSchema(null);
      execute(pg, "drop schema if exists " + schema + " cascade");
    }
  }

  private void checkAgainst(DataSource dataSource) throws SQLException {
    SchemaMigrations.migrate(dataSource);
    try (EntityManagerFactory emf = coordinated(dataSource)) {
      assertThat(emf.getProperties())
          .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
          .doesNotContainKey("hibernate.search.indexing.plan.synchronization.strategy");
    }
    execute(dataSource, "drop table hsearch_agent");
    assertThatThrownBy(() -> coordinated(dataSource).close())
        .hasStackTraceContaining("missing table [HSEARCH_AGENT]");
  }

  /** The hub's persistence unit with coordination on, validating the schema as the hub does. */
  private EntityManagerFactory coordinated(DataSource dataSource) {
    Map<String, String> settings =
        Map.of(
            HubSettings.SEARCH_COORDINATION.key(),
            "outbox-polling",
            HubSettings.DATA_DIR.key(),
            dir.toString());
    Properties p =
        PersistenceProducer.properties(HubSettings.from(k -> Optional.ofNullable(settings.get(k))));
    // outside the container: local transactions, and no agent polling in the background
    p.remove("hibernate.transaction.jta.platform");
    p.put("hibernate.search.coordination.event_processor.enabled", "false");
    return new HibernatePersistenceProvider()
        .createContainerEntityManagerFactory(
            localUnit(new HubPersistenceUnit(dataSource, p), dataSource), Map.of());
  }

  private static PersistenceUnitInfo localUnit(PersistenceUnitInfo unit, DataSource dataSource) {
    return (PersistenceUnitInfo)
        Proxy.newProxyInstance(
            PersistenceUnitInfo.class.getClassLoader(),
            new Class<?>[] {PersistenceUnitInfo.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getTransactionType" -> PersistenceUnitTransactionType.RESOURCE_LOCAL;
                  case "getJtaDataSource" -> null;
                  case "getNonJtaDataSource" -> dataSource;
                  default -> invoke(method, unit, args);
                });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void execute(DataSource dataSource, String... statements) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
