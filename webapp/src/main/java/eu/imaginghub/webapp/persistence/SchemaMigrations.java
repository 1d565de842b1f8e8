package eu.imaginghub.webapp.persistence;

import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything uses it. Each module owns its migrations and its own
 * history table, so modules version their schemas independently; they run in dependency order.
 */
final class SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
  static final List<String> MODULES = List.of("tracer", "catalogue", "harvester", "webapp");

  private SchemaMigrations() {}

  static void migrate(DataSource dataSource) {
    for (String module : MODULES) {
      var result =
          Flyway.configure(SchemaMigrations.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration/" + module)
              .table("schema_history_" + module)
              // other modules' tables are no reason to skip this module's first migration
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load()
              .migrate();
      LOG.info(
          () ->
              "Schema of "
                  + module
                  + ": "
                  + result.migrationsExecuted
                  + " migration(s) applied, now at "
                  + result.targetSchemaVersion);
    }
  }
}
