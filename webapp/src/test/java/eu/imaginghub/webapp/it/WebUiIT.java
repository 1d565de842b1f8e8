package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in a real headless Chromium: searching, faceting, reading a record, signing in. */
@ExtendWith(RunningHub.class)
class WebUiIT {

  private static HeadlessChromium chromium;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    chromium = HeadlessChromium.open(Duration.ofSeconds(20));
    browser = chromium.browser();
    wait = chromium.waiting();
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void searchesFiltersByAFacetAndOpensARecord() {
    browser.get(RunningHub.baseUri() + "/");
    JsonObject all = HubClient.anonymous().get("/api/datasets").json();
    awaitCount(all.getInt("total"));
    assertThat(browser.findElement(By.id("dev-banner")).isDisplayed()).isTrue();

    WebElement input = browser.findElement(By.id("search-input"));
    input.clear();
    input.sendKeys("cohort");
    browser.findElement(By.id("search-button")).click();
    awaitCount(HubClient.anonymous().get("/api/datasets?q=cohort").json().getInt("total"));

    JsonObject modality = firstValue(all, "modality");
    String iri = modality.getString("value");
    browser.get(RunningHub.baseUri() + "/");
    awaitCount(all.getInt("total"));
    By checkbox = By.cssSelector(".facet[data-facet='modality'] input[value='" + iri + "']");
    wait.until(ExpectedConditions.elementToBeClickable(checkbox)).click();
    awaitCount(modality.getJsonNumber("count").intValue());

    List<WebElement> results = browser.findElements(By.cssSelector(".result-item"));
    String id = results.get(0).getAttribute("data-id");
    String title = HubClient.anonymous().get("/api/datasets/" + id).json().getString("title");
    results.get(0).findElement(By.cssSelector("a")).click();
    wait.until(ExpectedConditions.textToBe(By.id("dataset-title"), title));
  }

  @Test
  void signsInWithTheDevelopmentLogin() {
    browser.get(RunningHub.baseUri() + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")))
        .sendKeys("admin");
    browser.findElement(By.id("login-password")).sendKeys("admin");
    browser.findElement(By.id("login-button")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), "Ada Admin"));
    // the session cookie is out of reach of scripts, and no script keeps a credential
    Object readable =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.cookie + JSON.stringify(sessionStorage)"
                    + " + JSON.stringify(localStorage)");
    assertThat(readable.toString()).doesNotContain("hub_session").doesNotContain("admin");
    // the session, not the page, holds the sign-in
    browser.navigate().refresh();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), "Ada Admin"));
    browser.findElement(By.id("logout-button")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
  }

  @Test
  void showsTracesTheirProofsAndThatTheyAreNotExternallyAnchored() {
    signIn("admin", "Ada Admin");
    try {
      JsonObject created =
          HubClient.as("admin").get("/api/traces?action=CREATE_DATASET&size=25").json();
      browser.get(RunningHub.baseUri() + "/#/traces?action=CREATE_DATASET");
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("anchoring-notice"), "Traces are not externally anchored."));
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("traces-caption"), created.getJsonNumber("total") + " traces"));
      List<WebElement> rows = browser.findElements(By.cssSelector(".trace-row"));
      assertThat(rows).hasSize(created.getJsonArray("items").size());
      assertThat(rows)
          .allSatisfy(r -> assertThat(r.getAttribute("data-action")).isEqualTo("CREATE_DATASET"));

      rows.get(0).findElement(By.cssSelector(".proof-button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".trace-row .proof-anchor"), "not externally anchored"));

      browser.findElement(By.id("verify-button")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "Intact"));
    } finally {
      browser.findElement(By.id("logout-button")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
    }
  }

  @Test
  void anAdminSetsANodesSourceHarvestsItAndSeesTheRun() throws Exception {
    HubClient.as("admin")
        .post(
            "/api/nodes",
            "{\"id\":\"ui-harvest\",\"name\":\"UI Harvest Node\",\"country\":\"IT\","
                + "\"organisation\":\"UI Test\"}");
    try (FixtureNode node = new FixtureNode()) {
      node.serve("/catalogue", "eucaim-complete.ttl", null);
      signIn("admin", "Ada Admin");
      try {
        browser.get(RunningHub.baseUri() + "/#/nodes");
        new org.openqa.selenium.support.ui.Select(
                wait.until(ExpectedConditions.elementToBeClickable(By.id("harvest-node"))))
            .selectByValue("ui-harvest");
        WebElement url = wait.until(ExpectedConditions.elementToBeClickable(By.id("source-url")));
        wait.until(ExpectedConditions.attributeToBe(By.id("harvest-now"), "disabled", "true"));
        url.sendKeys(node.url("/catalogue"));
        browser.findElement(By.id("source-save")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("harvest-now"))).click();
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("harvest-outcome"), "1 added"));
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".harvest-run[data-status='SUCCEEDED']")));
        // the run's validation report: its findings, or word that it had none
        browser.findElement(By.cssSelector(".harvest-run .run-validation")).click();
        wait.until(
            ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("harvest-validation-table")),
                ExpectedConditions.presenceOfElementLocated(By.id("harvest-validation-empty"))));

        // an empty document withdraws nothing by itself: the run is held for a decision
        node.answer(
            "/catalogue",
            new FixtureNode.Answer(
                200, "text/turtle", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n", null, 0));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("harvest-now"))).click();
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("harvest-outcome"), "held"));
        WebElement held =
            wait.until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".harvest-run[data-status='HELD']")));
        assertThat(held.findElement(By.cssSelector(".held-ids")).getText())
            .isEqualTo("prostate-mri-2024");
        assertThat(held.findElement(By.cssSelector(".held-confirm")).isDisplayed()).isTrue();
        held.findElement(By.cssSelector(".held-discard")).click();
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".harvest-run[data-status='DISCARDED']")));
      } finally {
        browser.findElement(By.id("logout-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
      }
    }
    assertThat(HubClient.as("admin").get("/api/datasets?node=ui-harvest").json().getInt("total"))
        .isEqualTo(1);
  }

  @Test
  void aResearcherCreatesAProjectAndManagesItsMembers() {
    // people join projects after their first sign-in
    assertThat(HubClient.as("operator").get("/api/me").status()).isEqualTo(200);
    signIn("researcher", "Rui Researcher");
    try {
      browser.get(RunningHub.baseUri() + "/#/projects");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("project-create-form")));
      Accessibility.assertNoSeriousViolations(browser, "the projects page");

      browser.findElement(By.id("project-code")).sendKeys("ui-proj");
      browser.findElement(By.id("project-title")).sendKeys("Prostate MRI in the browser");
      browser.findElement(By.id("project-create")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("member-add-form")));
      assertThat(browser.findElement(By.id("projects-heading")).getText())
          .isEqualTo("Project UI-PROJ");

      browser.findElement(By.id("member-email")).sendKeys("operator@example.org");
      browser.findElement(By.id("member-add")).click();
      By member = By.cssSelector(".project-member[data-subject='dev-operator']");
      wait.until(ExpectedConditions.visibilityOfElementLocated(member));
      Accessibility.assertNoSeriousViolations(browser, "a project's page");

      browser.findElement(member).findElement(By.tagName("button")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(member));
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#project-history li"), 3));
      List<String> history =
          browser.findElements(By.cssSelector("#project-history li")).stream()
              .map(li -> li.getAttribute("data-type"))
              .toList();
      assertThat(history).containsExactly("CREATED", "MEMBER_ADDED", "MEMBER_REMOVED");
    } finally {
      browser.findElement(By.id("logout-button")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
    }
    assertThat(HubClient.as("researcher").get("/api/projects/UI-PROJ/events").body())
        .contains("MEMBER_REMOVED");
  }

  @Test
  void anAdminSetsUpAndEditsADataAccessCommittee() {
    // people sit on committees after their first sign-in
    assertThat(HubClient.as("committee").get("/api/me").status()).isEqualTo(200);
    assertThat(HubClient.as("admin").get("/api/me").status()).isEqualTo(200);
    signIn("admin", "Ada Admin");
    try {
      browser.get(RunningHub.baseUri() + "/#/committees");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("committee-form")));
      Accessibility.assertNoSeriousViolations(browser, "the committees page");

      String dataset = "ui-dataset-" + System.nanoTime();
      browser.findElement(By.id("committee-name")).sendKeys("UI DAC " + dataset);
      browser.findElement(By.id("committee-chair")).sendKeys("committee@example.org");
      browser.findElement(By.id("committee-members")).sendKeys("admin@example.org");
      browser.findElement(By.id("committee-datasets")).sendKeys(dataset);
      browser.findElement(By.id("committee-save")).click();
      wait.until(ExpectedConditions.textToBe(By.id("committees-heading"), "UI DAC " + dataset));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("committee-form")));
      assertThat(browser.findElement(By.id("committee-quorum-rule")).getText())
          .isEqualTo("Majority");
      Accessibility.assertNoSeriousViolations(browser, "a committee's page");

      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("committee-quorum")))
          .selectByValue("N_OF_M");
      browser.findElement(By.id("committee-quorum-n")).sendKeys("2");
      browser.findElement(By.id("committee-save")).click();
      wait.until(ExpectedConditions.textToBe(By.id("committee-quorum-rule"), "2 of 2"));
      wait.until(
          ExpectedConditions.numberOfElementsToBe(By.cssSelector("#committee-history > li"), 2));
      List<String> history =
          browser.findElements(By.cssSelector("#committee-history > li")).stream()
              .map(li -> li.getAttribute("data-kind"))
              .toList();
      assertThat(history).containsExactly("CREATED", "UPDATED");
    } finally {
      browser.findElement(By.id("logout-button")).click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")));
    }
  }

  private static void signIn(String user, String displayName) {
    chromium.signIn(user);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), displayName));
  }

  private static void awaitCount(int expected) {
    wait.until(ExpectedConditions.textToBe(By.id("result-count"), Integer.toString(expected)));
  }

  private static JsonObject firstValue(JsonObject page, String facet) {
    return page.getJsonArray("facets").getValuesAs(JsonObject.class).stream()
        .filter(f -> f.getString("key").equals(facet))
        .findFirst()
        .orElseThrow()
        .getJsonArray("values")
        .getJsonObject(0);
  }
}
