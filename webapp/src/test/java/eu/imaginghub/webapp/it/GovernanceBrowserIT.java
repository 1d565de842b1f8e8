package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Access governance in a real headless Chromium, as the demo users live it: a researcher finds
 * datasets, picks them into a request and submits it; the committee's members vote until the quorum
 * decides; the researcher then sees the entitlements. A node's use check is then allowed, its trace
 * shows in the trace log with a matching proof in an intact log, and once the committee's chair
 * revokes the entitlement in the browser the same check is denied with the chair's reason. Every
 * page on the way passes axe. Each step is a method of its own.
 */
@ExtendWith(RunningHub.class)
class GovernanceBrowserIT {

  private static final String PROJECT = "GOV-UI";
  private static final By SUMMARY = By.id("request-summary");
  private static final String REVOKE_REASON = "Consent withdrawn by the cohort";

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
  void aRequestIsDecidedUsedTracedAndRevokedThroughTheBrowser() {
    assertThat(
            HubClient.as("researcher")
                .post(
                    "/api/projects",
                    "{\"code\":\"" + PROJECT + "\",\"title\":\"Lung nodules across nodes\"}")
                .status())
        .isEqualTo(201);
    String node = aNodeTheCommitteeMemberGoverns();

    chromium.signIn("researcher");
    List<String> datasets = pickTwoDatasetsOfNode(node);
    String requestId = draftAndSubmit(datasets);
    chromium.signOut();

    // the demo committee decides by majority: its members vote until the quorum is met
    for (String member : List.of("committee", "admin")) {
      if (partState(requestId).equals("APPROVED")) {
        break;
      }
      voteToApprove(member, requestId);
    }
    assertThat(partState(requestId)).isEqualTo("APPROVED");

    researcherSeesTheEntitlements(requestId, datasets);

    HubClient nodeClient = HubClient.bearer(nodeToken(node));
    String researcher =
        HubClient.as("researcher").get("/api/me").json().getJsonObject("user").getString("email");
    String dataset = datasets.get(0);
    JsonObject allowed = useCheck(nodeClient, researcher, dataset);
    assertThat(allowed.getBoolean("allowed")).as(allowed.toString()).isTrue();
    String entitlement = allowed.getJsonArray("entitlements").getString(0);

    adminSeesTheUseTraceVerified(dataset, allowed.getString("id"));
    chairRevokesInTheBrowser(entitlement);

    JsonObject denied = useCheck(nodeClient, researcher, dataset);
    assertThat(denied.getBoolean("allowed")).as(denied.toString()).isFalse();
    assertThat(denied.getJsonArray("reasonCodes").getString(0)).isEqualTo("ENTITLEMENT_REVOKED");
    assertThat(denied.getString("reason")).endsWith("(" + REVOKE_REASON + ")");
  }

  /**
   * A node a committee governs whose chair is the committee member and which decides by majority:
   * the development login's demo committee where it runs; with a real identity provider there is
   * none, and the admin sets one up for a node with datasets that no committee governs yet.
   */
  private static String aNodeTheCommitteeMemberGoverns() {
    String chair = HubClient.subjectOf("committee");
    HubClient.subjectOf("admin");
    HubClient admin = HubClient.as("admin");
    List<JsonObject> committees =
        admin.get("/api/committees").structure().asJsonArray().getValuesAs(JsonObject.class);
    for (JsonObject c : committees) {
      boolean chaired =
          c.getJsonArray("members").getValuesAs(JsonObject.class).stream()
              .anyMatch(m -> m.getBoolean("chair") && m.getString("subject").equals(chair));
      if (chaired
          && !c.getJsonArray("nodeIds").isEmpty()
          && c.getJsonObject("quorum").getString("kind").equals("MAJORITY")) {
        return c.getJsonArray("nodeIds").getString(0);
      }
    }
    List<String> governed =
        committees.stream()
            .flatMap(c -> c.getJsonArray("nodeIds").getValuesAs(JsonString.class).stream())
            .map(JsonString::getString)
            .toList();
    String node =
        HubClient.anonymous()
            .get("/api/nodes")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(n -> n.getString("id"))
            .filter(id -> !governed.contains(id))
            .filter(
                id ->
                    HubClient.as("researcher")
                            .get("/api/datasets?node=" + id)
                            .json()
                            .getInt("total")
                        >= 2)
            .findFirst()
            .orElseThrow(() -> new AssertionError("every node is governed by another committee"));
    HubClient.Reply created =
        admin.post(
            "/api/committees",
            ("{\"name\":\"Browser DAC %s\",\"quorum\":{\"kind\":\"MAJORITY\"},\"voteDays\":14,"
                    + "\"members\":[{\"email\":\"committee@example.org\",\"chair\":true},"
                    + "{\"email\":\"admin@example.org\",\"chair\":false}],\"nodeIds\":[\"%s\"]}")
                .formatted(node, node));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return node;
  }

  /** Search → a result added to the request; its neighbour opened and requested from its page. */
  private List<String> pickTwoDatasetsOfNode(String node) {
    // the browser is signed in as the researcher, who finds released datasets too
    int total = HubClient.as("researcher").get("/api/datasets?node=" + node).json().getInt("total");
    chromium.visit("/#/?node=" + node);
    // the page has settled on this search once it shows the count the API gives
    chromium.until(ExpectedConditions.textToBe(By.id("result-count"), Integer.toString(total)));
    List<WebElement> results = browser.findElements(By.cssSelector(".result-item"));
    String fromResults = results.get(1).getAttribute("data-id");
    String opened = results.get(0).getAttribute("data-id");
    chromium.click(By.cssSelector(".result-item[data-id='" + fromResults + "'] .basket-button"));
    chromium.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("basket-status"), "added to your draft request"));
    chromium.click(By.cssSelector(".result-item[data-id='" + opened + "'] .result-title a"));
    chromium.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-access")));
    Accessibility.assertNoSeriousViolations(browser, "a dataset's page with its access request");
    chromium.click(By.cssSelector("#request-access .basket-button"));
    chromium.until(
        ExpectedConditions.attributeToBe(
            By.cssSelector("#request-access .basket-button"), "data-picked", "true"));
    return List.of(opened, fromResults);
  }

  /** My requests → the draft from the basket → saved → submitted; the request's id. */
  private String draftAndSubmit(List<String> datasets) {
    chromium.visit("/#/requests");
    chromium.until(
        ExpectedConditions.numberOfElementsToBe(
            By.cssSelector("#basket-list li"), datasets.size()));
    Accessibility.assertNoSeriousViolations(browser, "my requests");
    chromium.click(By.id("basket-continue"));
    chromium.until(ExpectedConditions.visibilityOfElementLocated(By.id("request-form")));
    Accessibility.assertNoSeriousViolations(browser, "the new request form");

    new Select(browser.findElement(By.id("request-project"))).selectByValue(PROJECT);
    browser.findElement(By.id("request-title")).sendKeys("Nodule growth models");
    browser.findElement(By.id("request-lay")).sendKeys("Teach a computer to spot lung nodules.");
    browser.findElement(By.id("request-scientific")).sendKeys("Train and validate a detector.");
    browser.findElement(By.id("use-DUO-0000042")).click();
    browser.findElement(By.id("request-ethics")).sendKeys("EC-2026-117");
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1]",
            browser.findElement(By.id("request-access-end")),
            LocalDate.now(ZoneOffset.UTC).plusYears(1).toString());
    for (String id : datasets) {
      browser
          .findElement(By.cssSelector("input[name='acceptedTerms'][value='" + id + "']"))
          .click();
    }
    browser.findElement(By.id("request-save")).click();
    chromium.until(ExpectedConditions.attributeToBe(SUMMARY, "data-state", "DRAFT"));
    assertThat(browser.findElements(By.cssSelector(".request-dataset-row .duo")))
        .hasSize(datasets.size());
    Accessibility.assertNoSeriousViolations(browser, "a draft request");

    chromium.click(By.id("request-submit"));
    chromium.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(
                "#request-summary[data-state='SUBMITTED'],"
                    + " #request-summary[data-state='UNDER_REVIEW']")));
    String url = browser.getCurrentUrl();
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** A member finds the request in the queue, reads it and approves it. */
  private void voteToApprove(String member, String requestId) {
    chromium.signIn(member);
    chromium.click(By.id("nav-review"));
    By row = By.cssSelector(".queue-row[data-request='" + requestId + "']");
    chromium.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertThat(browser.findElement(row).findElement(By.cssSelector(".queue-missing")).getText())
        .isNotEqualTo("None");
    Accessibility.assertNoSeriousViolations(browser, "the review queue");

    browser.findElement(row).findElement(By.cssSelector("a")).click();
    chromium.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".vote-form")));
    Accessibility.assertNoSeriousViolations(browser, "a request as a committee member sees it");
    browser.findElement(By.cssSelector(".vote-form input[value='APPROVE']")).click();
    browser
        .findElement(By.cssSelector(".vote-form textarea"))
        .sendKeys("Purpose fits the conditions.");
    browser.findElement(By.cssSelector(".vote-submit")).click();
    chromium.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("#request-result .alert-success")));
    assertThat(browser.findElements(By.cssSelector(".vote-form"))).isEmpty();
    chromium.signOut();
  }

  /** My requests shows the approved request and one entitlement per dataset, with its end. */
  private void researcherSeesTheEntitlements(String requestId, List<String> datasets) {
    chromium.signIn("researcher");
    chromium.visit("/#/requests");
    for (String id : datasets) {
      By row = By.cssSelector(".entitlement-row[data-dataset='" + id + "']");
      WebElement entitlement = chromium.until(ExpectedConditions.visibilityOfElementLocated(row));
      assertThat(entitlement.getAttribute("data-status")).isEqualTo("ACTIVE");
      assertThat(entitlement.findElement(By.cssSelector(".entitlement-end time")).getText())
          .isNotBlank();
    }
    assertThat(
            browser
                .findElement(By.cssSelector(".request-row[data-id='" + requestId + "']"))
                .getAttribute("data-state"))
        .isEqualTo("APPROVED");
    Accessibility.assertNoSeriousViolations(browser, "my requests with entitlements");

    chromium.click(By.id("nav-notifications"));
    chromium.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifications-summary")));
    Accessibility.assertNoSeriousViolations(browser, "my notifications");
    chromium.signOut();
  }

  /**
   * The trace log, as the admin sees it, holds the use's trace; its proof's root matches and the
   * whole log verifies as intact.
   */
  private void adminSeesTheUseTraceVerified(String dataset, String useId) {
    HubClient admin = HubClient.as("admin");
    // the trace is chained and sealed shortly after the check commits
    String traceId =
        chromium.until(
            d ->
                admin
                    .get("/api/traces?dataset=" + dataset + "&action=USE_DATASETS&size=1000")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)
                    .stream()
                    .filter(t -> useId.equals(t.getJsonObject("details").getString("use", null)))
                    .map(t -> t.getString("id"))
                    .filter(id -> admin.get("/api/traces/" + id + "/proof").status() == 200)
                    .findFirst()
                    .orElse(null));

    chromium.signIn("admin");
    chromium.visit("/#/traces?action=USE_DATASETS&dataset=" + dataset);
    By row = By.cssSelector(".trace-row[data-id='" + traceId + "']");
    chromium.until(ExpectedConditions.visibilityOfElementLocated(row));
    Accessibility.assertNoSeriousViolations(browser, "the trace log");
    browser.findElement(row).findElement(By.cssSelector(".proof-button")).click();
    By proof = By.cssSelector(".trace-row[data-id='" + traceId + "'] .proof");
    chromium.until(ExpectedConditions.textToBePresentInElementLocated(proof, "root matches"));
    assertThat(browser.findElement(proof).getText()).doesNotContain("DOES NOT MATCH");

    chromium.click(By.id("verify-button"));
    chromium.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector("#verify-result .alert-success"), "Intact"));
    Accessibility.assertNoSeriousViolations(browser, "the trace log with a proof and verification");
    chromium.signOut();
  }

  /** The chair finds the entitlement among those the committee granted and revokes it. */
  private void chairRevokesInTheBrowser(String entitlement) {
    chromium.signIn("committee");
    chromium.click(By.id("nav-review"));
    String row = "#granted-entitlements .entitlement-row[data-id='" + entitlement + "']";
    chromium.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + " form")));
    Accessibility.assertNoSeriousViolations(browser, "the review page with granted entitlements");

    browser.findElement(By.cssSelector(row + " textarea")).sendKeys(REVOKE_REASON);
    browser.findElement(By.cssSelector(row + " .revoke-submit")).click();
    chromium.until(ExpectedConditions.attributeToBe(By.cssSelector(row), "data-status", "REVOKED"));
    chromium.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("granted-entitlements-status"), "is revoked"));
    assertThat(browser.findElement(By.cssSelector(row)).getText()).contains(REVOKE_REASON);
    assertThat(browser.findElements(By.cssSelector(row + " form"))).isEmpty();
    Accessibility.assertNoSeriousViolations(browser, "the review page after a revocation");
    chromium.signOut();
  }

  private static String nodeToken(String node) {
    HubClient.Reply created =
        HubClient.as("admin").post("/api/nodes/" + node + "/tokens", "{\"label\":\"browser\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("token");
  }

  private static JsonObject useCheck(HubClient node, String user, String dataset) {
    String body =
        Json.createObjectBuilder()
            .add("user", user)
            .add("projectCode", PROJECT)
            .add("datasetIds", Json.createArrayBuilder().add(dataset))
            .add("tool", Json.createObjectBuilder().add("name", "nnU-Net").add("version", "2.5.1"))
            .build()
            .toString();
    HubClient.Reply reply = node.post("/api/use-checks", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static String partState(String requestId) {
    return HubClient.as("researcher")
        .get("/api/requests/" + requestId)
        .json()
        .getJsonArray("parts")
        .getJsonObject(0)
        .getString("state");
  }
}
