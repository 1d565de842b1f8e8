package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person signs in to the hub on Keycloak's own login page and out again, in a real browser: the
 * authorization code flow with PKCE into a hub session, then RP-initiated logout.
 */
@ExtendWith(RunningHub.class)
@EnabledIfSystemProperty(named = "hub.it.keycloak", matches = ".+")
class KeycloakBrowserIT {

  private static HeadlessChromium chromium;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    chromium = HeadlessChromium.open(Duration.ofSeconds(30));
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
  void signsInOnKeycloaksPageAndOutOfBoth() {
    String hub = RunningHub.baseUri().toString();
    browser.get(hub + "/");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button"))).click();

    // Keycloak's own login page, on Keycloak's address
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(browser.getCurrentUrl()).startsWith(RunningHub.keycloak().issuer());
    browser.findElement(By.id("username")).sendKeys("operator");
    browser.findElement(By.id("password")).sendKeys("operator");
    browser.findElement(By.id("kc-login")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("whoami"), "Olga Operator"));
    assertThat(browser.getCurrentUrl()).isEqualTo(hub + "/");
    Cookie session = browser.manage().getCookieNamed("hub_session");
    assertThat(session).isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    browser.get(hub + "/api/me");
    String me = browser.findElement(By.tagName("body")).getText();
    assertThat(me)
        .contains("\"nodes\":[\"es-valencia\",\"it-pisa\"]")
        .contains("\"roles\":[\"NODE_OPERATOR\"]")
        .contains("\"email\":\"operator@example.org\"")
        .contains("\"affiliation\":\"Imaging Hub demo\"");

    browser.get(hub + "/");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("logout-button"))).click();
    // back from Keycloak's end-session endpoint, signed out of the hub
    wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
    assertThat(browser.getCurrentUrl()).startsWith(hub);
    browser.get(hub + "/api/me");
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("\"authenticated\":false");

    // and out of Keycloak: signing in again asks for the password again
    browser.get(hub + "/");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("login-button"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    assertThat(browser.getCurrentUrl()).startsWith(RunningHub.keycloak().issuer());
  }
}
