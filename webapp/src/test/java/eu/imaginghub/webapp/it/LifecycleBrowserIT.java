package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A dataset's lifecycle in a real headless Chromium, as a node's operator lives it: a draft is
 * released, published (its publication reaches Zenodo, here the run's local one, and brings a DOI),
 * given a new version and finally invalidated, each through the page's reason dialog; the nodes
 * page lists the node's publications. A researcher sees the lifecycle but no operation. Every page
 * and dialog on the way passes axe.
 */
@ExtendWith(RunningHub.class)
class LifecycleBrowserIT {

  private static final String NODE = "es-valencia";
  private static final By STATUS = By.id("lifecycle-status");
  private static final By DIALOG = By.id("lifecycle-dialog");
  private static final String INVALIDATION_REASON = "Consent for the cohort was withdrawn";

  private static HeadlessChromium chromium;
  private static WebDriver browser;

  @BeforeAll
  static void openBrowser() {
    chromium = HeadlessChromium.open(Duration.ofSeconds(30));
    browser = chromium.browser();
    // the page shows the dataset again when a publication comes to rest, even while a wait looks
    chromium.waiting().ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Each test signs its own person in; one that stopped half-way must not leave them signed in. */
  @AfterEach
  void signOut() {
    // a fresh page drops any dialog left open, which would keep the sign-out button out of reach
    chromium.visit("/");
    chromium.until(d -> !d.findElements(By.cssSelector("#logout-button, #login-button")).isEmpty());
    if (!browser.findElements(By.id("logout-button")).isEmpty()) {
      chromium.signOut();
    }
  }

  @Test
  void anOperatorWalksADatasetThroughItsLifecycle() {
    String id = createDataset("DRAFT", "Lifecycle walk cohort");
    chromium.signIn("operator");
    chromium.visit("/#/datasets/" + id);
    chromium.until(ExpectedConditions.attributeToBe(STATUS, "data-status", "DRAFT"));
    Accessibility.assertNoSeriousViolations(browser, "a draft dataset's page");

    escapeClosesTheDialog("publish");
    transition("release", "Ready for the federation's researchers", "RELEASED");
    assertThat(browser.findElement(By.cssSelector("#lifecycle-result .alert-success")).getText())
        .contains("Release done");
    assertThat(eventText("RELEASE")).contains("Ready for the federation's researchers");
    transition("publish", null, "PUBLISHED");
    publicationReachesZenodo(id);

    newVersion("Lifecycle walk cohort, revised");
    invalidate();
    nodePageListsThePublications(id);
  }

  @Test
  void aResearcherSeesTheLifecycleButNoOperation() {
    String id = createDataset("RELEASED", "Lifecycle read-only cohort");
    chromium.signIn("researcher");
    chromium.visit("/#/datasets/" + id);
    chromium.until(ExpectedConditions.attributeToBe(STATUS, "data-status", "RELEASED"));
    chromium.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lifecycle-versions ul")));
    assertThat(browser.findElements(By.cssSelector(".lifecycle-action"))).isEmpty();
    assertThat(browser.findElements(By.id("dataset-publications"))).isEmpty();
    Accessibility.assertNoSeriousViolations(browser, "a released dataset as a researcher sees it");

    // a landing page's "Request access" link starts a request with the dataset in it
    chromium.visit("/#/requests/new?datasets=" + id);
    chromium.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector(".request-dataset[data-id='" + id + "']")));
    assertThat(browser.getCurrentUrl()).endsWith("#/requests/new");
    Accessibility.assertNoSeriousViolations(browser, "a new request started from a link");
  }

  /** The operator's dataset on the node, in the given status; its hub id. */
  private static String createDataset(String status, String title) {
    String localId = "lifecycle-ui-" + System.nanoTime();
    HubClient.Reply created =
        HubClient.as("operator")
            .post(
                "/api/datasets",
                DatasetFixture.dataset(NODE, localId, title).set("status", status).toJson());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("id");
  }

  /** Escape closes a dialog without doing anything, and focus returns to its button. */
  private void escapeClosesTheDialog(String action) {
    press(By.id("lifecycle-" + action));
    chromium.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
    browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    chromium.until(ExpectedConditions.numberOfElementsToBe(DIALOG, 0));
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .isEqualTo("lifecycle-" + action);
    assertThat(browser.findElement(STATUS).getAttribute("data-status")).isEqualTo("DRAFT");
  }

  /** Opens the operation's dialog, gives the reason (if any) and waits for the new status. */
  private void transition(String action, String reason, String expected) {
    press(By.id("lifecycle-" + action));
    chromium.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
    Accessibility.assertNoSeriousViolations(browser, "the " + action + " dialog");
    if (reason != null) {
      browser.findElement(By.id("lifecycle-dialog-reason")).sendKeys(reason);
    }
    browser.findElement(By.id("lifecycle-dialog-confirm")).click();
    chromium.until(ExpectedConditions.attributeToBe(STATUS, "data-status", expected));
    Accessibility.assertNoSeriousViolations(browser, "a " + expected.toLowerCase() + " dataset");
  }

  /**
   * The publication of version 1 reaches Zenodo with a DOI, which the page then shows; the worker
   * runs in the background, so the wait is longer than the page's own.
   */
  private void publicationReachesZenodo(String id) {
    By published =
        By.cssSelector(
            "#dataset-publications .publication-row[data-version='1'][data-state='PUBLISHED']");
    try {
      new WebDriverWait(browser, Duration.ofMinutes(2))
          .ignoring(StaleElementReferenceException.class)
          .until(ExpectedConditions.visibilityOfElementLocated(published));
    } catch (TimeoutException e) {
      // what the hub says of the publication tells a slow worker from a page that missed it
      String hub = HubClient.as("operator").get("/api/datasets/" + id + "/publications").body();
      String page = browser.findElement(By.id("section-lifecycle")).getText();
      throw new AssertionError("the hub reports " + hub + "\nthe page shows " + page, e);
    }
    String shown = HubClient.as("operator").get("/api/datasets/" + id).json().getString("doi");
    assertThat(shown).startsWith("10.");
    // once the publication came to rest the page shows the dataset again, with the DOI as a link
    chromium.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector("#lifecycle-doi a"), "href", "https://doi.org/" + shown));
    chromium.until(d -> d.findElement(published).getText().contains(shown));
    Accessibility.assertNoSeriousViolations(browser, "a published dataset with its publication");
  }

  /** A new version with a changed title: version 2 is current, version 1 stays linked. */
  private void newVersion(String title) {
    press(By.id("lifecycle-new-version"));
    WebElement titleField =
        chromium.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("lifecycle-dialog-title")));
    Accessibility.assertNoSeriousViolations(browser, "the new version dialog");
    titleField.clear();
    titleField.sendKeys(title);
    browser.findElement(By.id("lifecycle-dialog-reason")).sendKeys("Title names the cohort's site");
    browser.findElement(By.id("lifecycle-dialog-confirm")).click();
    chromium.until(ExpectedConditions.textToBe(By.id("lifecycle-version"), "2"));
    chromium.until(ExpectedConditions.textToBe(By.id("dataset-title"), title));
    String first =
        chromium.until(
            d ->
                d.findElement(
                        By.cssSelector(".version-item[data-version='1'][data-current='false'] a"))
                    .getAttribute("href"));
    assertThat(first).endsWith("/versions/1");
    chromium.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector(".version-item[data-version='2']"), "data-current", "true"));
    assertThat(eventText("NEW_VERSION")).contains("Title names the cohort's site");
    Accessibility.assertNoSeriousViolations(browser, "a dataset's second version");
  }

  /** Invalidation asks for a reason, warns that it is final, then shows the tombstone notice. */
  private void invalidate() {
    press(By.id("lifecycle-invalidate"));
    chromium.until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
    assertThat(browser.findElement(By.id("lifecycle-dialog-warning")).getText()).contains("final");
    browser.findElement(By.id("lifecycle-dialog-confirm")).click();
    chromium.until(
        ExpectedConditions.attributeToBe(By.id("lifecycle-dialog-reason"), "aria-invalid", "true"));
    Accessibility.assertNoSeriousViolations(browser, "the invalidate dialog without a reason");
    browser.findElement(By.id("lifecycle-dialog-reason")).sendKeys(INVALIDATION_REASON);
    browser.findElement(By.id("lifecycle-dialog-confirm")).click();
    chromium.until(ExpectedConditions.attributeToBe(STATUS, "data-status", "INVALIDATED"));
    chromium.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("lifecycle-invalidation"), INVALIDATION_REASON));
    assertThat(browser.findElements(By.cssSelector(".lifecycle-action"))).isEmpty();
    Accessibility.assertNoSeriousViolations(browser, "an invalidated dataset");
  }

  /** The nodes page lists the node's publications, the dataset's among them. */
  private void nodePageListsThePublications(String id) {
    chromium.visit("/#/nodes");
    WebElement node =
        chromium.until(ExpectedConditions.elementToBeClickable(By.id("publications-node")));
    new Select(node).selectByValue(NODE);
    By row = By.cssSelector("#node-publications .publication-row[data-dataset='" + id + "']");
    chromium.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(browser.findElements(row).get(0).getText()).contains("Lifecycle walk cohort");
    Accessibility.assertNoSeriousViolations(browser, "the nodes page with the publications");
  }

  /** Clicks a button of the page, again if the page was shown anew just then. */
  private void press(By button) {
    chromium.until(
        d -> {
          d.findElement(button).click();
          return true;
        });
  }

  private String eventText(String transition) {
    By event = By.cssSelector(".lifecycle-event[data-transition='" + transition + "']");
    return chromium.until(ExpectedConditions.visibilityOfElementLocated(event)).getText();
  }
}
