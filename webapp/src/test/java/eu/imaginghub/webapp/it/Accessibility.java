package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (installed from npm by {@code scripts/ui-tools.sh}) in the page the browser shows
 * and fails on any serious or critical violation, naming the rule and the elements.
 */
final class Accessibility {

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, { resultTypes: ['violations'] })"
          + ".then(r => done(JSON.stringify(r.violations"
          + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
          + ".map(v => v.impact + ' ' + v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))))"
          + ".catch(e => done('axe failed: ' + e));";

  private Accessibility() {}

  /** Asserts that the page as shown now has no serious or critical accessibility violation. */
  static void assertNoSeriousViolations(WebDriver browser, String page) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(engine());
    Object violations = js.executeAsyncScript(RUN);
    assertThat(violations).as("accessibility violations on " + page).isEqualTo("[]");
  }

  private static String engine() {
    String location = System.getProperty("hub.it.axe");
    Path file = location == null ? null : Path.of(location);
    if (file == null || !Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "axe-core is missing at " + location + "; run scripts/ui-tools.sh (or ./hub test)");
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
