package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A dataset's landing page in a real headless Chromium: the reader copies the citation with the
 * page's button and gets exactly the citation shown, the page's JSON-LD is there for crawlers in
 * the DOM, and the page passes axe.
 */
@ExtendWith(RunningHub.class)
class LandingBrowserIT {

  private static HeadlessChromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void openBrowser() {
    chromium = HeadlessChromium.open(Duration.ofSeconds(30));
    browser = chromium.browser();
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void aReaderCopiesTheCitationAndCrawlersFindTheJsonLd() {
    String id = LandingPageIT.LandingDatasets.publish("Browser landing cohort");
    allowClipboard();

    chromium.visit("/datasets/" + id);
    chromium.until(ExpectedConditions.visibilityOfElementLocated(By.id("dataset-title")));
    String citation = browser.findElement(By.id("citation-text")).getText();
    assertThat(citation)
        .startsWith("Ana Pérez (2022). Browser landing cohort (Version 1) [Data set].");

    chromium.click(By.id("copy-citation"));
    chromium.until(
        ExpectedConditions.textToBe(By.id("copy-status"), "Citation copied to the clipboard."));
    assertThat(clipboard()).isEqualTo(citation);

    JsonObject jsonLd = embeddedJsonLd();
    assertThat(jsonLd.getString("@type")).isEqualTo("Dataset");
    assertThat(jsonLd.getString("name")).isEqualTo("Browser landing cohort");
    assertThat(jsonLd.getString("url"))
        .isEqualTo(RunningHub.baseUri().resolve("/datasets/" + id).toString());

    Accessibility.assertNoSeriousViolations(browser, "landing page");
  }

  /** Lets the page write and the test read the clipboard, as a person's click allows. */
  private static void allowClipboard() {
    URI hub = RunningHub.baseUri();
    ((ChromeDriver) browser)
        .executeCdpCommand(
            "Browser.grantPermissions",
            Map.of(
                "origin",
                hub.getScheme() + "://" + hub.getAuthority(),
                "permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
  }

  private static Object clipboard() {
    return ((JavascriptExecutor) browser)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('unreadable: ' + e));");
  }

  private static JsonObject embeddedJsonLd() {
    Object text =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.querySelector('script[type=\"application/ld+json\"]').textContent;");
    return Json.createReader(new StringReader((String) text)).readObject();
  }
}
