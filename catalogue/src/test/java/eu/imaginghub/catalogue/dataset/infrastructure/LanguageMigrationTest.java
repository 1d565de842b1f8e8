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

/** The migration to per-language text keeps what the catalogue held, as English. */
class LanguageMigrationTest {

  private static final String URL = "jdbc:h2:mem:language-migration;DB_CLOSE_DELAY=-1";

  @Test
  void existingTitlesDescriptionsAndKeywordsBecomeEnglishInOrder() throws SQLException {
    migrate("1");
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement()) {
      s.execute(
          "insert into node (id, name, country, organisation, created_at)"
              + " values ('n', 'Node', 'ES', 'Org', current_timestamp)");
      s.execute(
          "insert into dataset (id, node_id, local_id, status, title, description, created_at,"
              + " updated_at, revision) values ('d1', 'n', 'one', 'RELEASED', 'Lung CT',"
              + " 'Screening', current_timestamp, current_timestamp, 0),"
              + " ('d2', 'n', 'two', 'RELEASED', 'Brain MRI', null, current_timestamp,"
              + " current_timestamp, 0)");
      s.execute(
          "insert into dataset_text (dataset_id, position, property, text_value) values"
              + " ('d1', 0, 'PROVENANCE', 'From the PACS'), ('d1', 1, 'KEYWORD', 'lung'),"
              + " ('d1', 2, 'KEYWORD', 'screening'), ('d2', 0, 'KEYWORD', 'brain')");
    }
    migrate("2");

    assertThat(rows())
        .containsExactly(
            "d1 0 TITLE en Lung CT",
            "d1 1 DESCRIPTION en Screening",
            "d1 2 KEYWORD en lung",
            "d1 3 KEYWORD en screening",
            "d2 0 TITLE en Brain MRI",
            "d2 1 KEYWORD en brain");
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
                "select dataset_id, position, field, lang, text_value from dataset_language_text"
                    + " order by dataset_id, position")) {
      while (r.next()) {
        rows.add(
            String.join(
                " ",
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5)));
      }
    }
    return rows;
  }
}
