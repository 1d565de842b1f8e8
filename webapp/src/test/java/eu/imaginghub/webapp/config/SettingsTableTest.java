package eu.imaginghub.webapp.config;

import static org.assertj.core.api.Assertions.assertThat;

import eu.imaginghub.access.AccessSettings;
import eu.imaginghub.catalogue.CatalogueSettings;
import eu.imaginghub.harvester.HarvesterSettings;
import eu.imaginghub.tracer.TracerSettings;
import eu.imaginghub.tracer.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table is what operators read: it must list every key the settings
 * classes declare, with the environment variable MicroProfile Config maps it from and its default,
 * and no key that nothing reads.
 */
class SettingsTableTest {

  private record Declared(String key, Optional<String> defaultValue) {
    String environmentVariable() {
      return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
  }

  /** One row of the table: its keys, and its environment-variable and default cells. */
  private record Row(List<String> keys, String variables, String defaultValue) {}

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  private static List<Row> table;

  @BeforeAll
  static void readTable() throws IOException {
    table = rows(Files.readAllLines(readme()));
  }

  private static List<Declared> declared() {
    return Stream.of(
            TracerSettings.class,
            CatalogueSettings.class,
            HarvesterSettings.class,
            AccessSettings.class,
            HubSettings.class)
        .flatMap(c -> Setting.declaredIn(c).stream())
        .map(k -> new Declared(k.key(), k.defaultValue()))
        .toList();
  }

  @Test
  void everyDeclaredKeyIsInTheTableWithItsVariableAndDefault() {
    List<Declared> declared = declared();
    for (Declared d : declared) {
      List<Row> rows = table.stream().filter(r -> r.keys().contains(d.key())).toList();
      assertThat(rows).as("rows of %s in the README", d.key()).hasSize(1);
      Row row = rows.get(0);
      assertThat(row.variables()).as(d.key()).contains("`" + d.environmentVariable() + "`");
      if (d.defaultValue().isPresent()) {
        assertThat(row.defaultValue()).as(d.key()).startsWith("`" + d.defaultValue().get() + "`");
      } else {
        assertThat(row.defaultValue())
            .as("%s has no default to show", d.key())
            .doesNotStartWith("`");
      }
    }
  }

  @Test
  void theTableHoldsNoKeyThatNoClassDeclares() {
    List<String> keys = declared().stream().map(Declared::key).toList();
    List<String> listed = table.stream().flatMap(r -> r.keys().stream()).toList();
    assertThat(listed).doesNotHaveDuplicates().isNotEmpty();
    assertThat(keys).containsAll(listed);
  }

  /** The README of the project, one level above this module. */
  private static Path readme() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md"))
          && Files.isDirectory(dir.resolve("webapp"))) {
        return dir.resolve("README.md");
      }
    }
    throw new IllegalStateException("no project README above " + here);
  }

  /** The rows of the table under "## Configuration" that name keys (not the script's variables). */
  private static List<Row> rows(List<String> lines) {
    int start = lines.indexOf("## Configuration");
    assertThat(start).as("the README's configuration section").isNotNegative();
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      List<String> keys = new ArrayList<>();
      Matcher m = CODE.matcher(cells[1]);
      while (m.find()) {
        keys.add(m.group(1));
      }
      rows.add(new Row(keys, cells[2].strip(), cells[3].strip()));
    }
    return rows;
  }
}
