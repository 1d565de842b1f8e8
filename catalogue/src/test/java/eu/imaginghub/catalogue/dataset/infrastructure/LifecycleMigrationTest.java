package eu.imaginghub.catalogue.dataset.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle migration puts every dataset held at its first version, begun when it was created,
 * and counts published and invalidated ones as ever published.
 */
class LifecycleMigrationTest {

  private static final String URL = "jdbc:h2:mem:lifecycle-migration;DB_CLOSE_DELAY=-1";

  @Test
  void existingDatasetsAreAtVersionOneAndPublishedOnesStayPublished() throws SQLException {
    migrate("2");
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement()) {
      s.execute(
          "insert into node (id, name, country, organisation, created_at)"
              + " values ('n', 'Node', 'ES', 'Org', current_timestamp)");
      s.execute(
          "insert into dataset (id, node_id, local_id, status, title, created_at, updated_at,"
              + " revision) values"
              + " ('d1', 'n', 'one', 'DRAFT', 'A', timestamp '2026-01-01 10:00:00', current_timestamp, 0),"
              + " ('d2', 'n', 'two', 'RELEASED', 'B', timestamp '2026-01-02 10:00:00', current_timestamp, 0),"
              + " ('d3', 'n', 'three', 'PUBLISHED', 'C', timestamp '2026-01-03 10:00:00', current_timestamp, 0),"
              + " ('d4', 'n', 'four', 'INVALIDATED', 'D', timestamp '2026-01-04 10:00:00', current_timestamp, 0)");
    }
    migrate("3");

    assertThat(rows())
        .containsExactly("d1 1 false true", "d2 1 false true", "d3 1 true true", "d4 1 true true");
  }

  private static void migrate(String target) {
    Flyway.configure()
        .dataSource(URL, "", "")
        .locations("classpath:db/migration/catalogue")
        .target(target)
        .load()
        .migrate();
  }

  private static List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select id, version_number, ever_published, version_created_at = created_at"
                    + " from dataset order by id")) {
      while (r.next()) {
        rows.add(
            String.join(
                " ",
                r.getString(1),
                r.getString(2),
                String.valueOf(r.getBoolean(3)),
                String.valueOf(r.getBoolean(4))));
      }
    }
    return rows;
  }
}
