package eu.imaginghub.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person signs in to the hub on Keycloak's own login page and out again, in a real browser: the
 * authorization code flow with PKCE into a hub session, then RP-initiated logout.
 */
@ExtendWith(RunningHub.class)
@EnabledIfSystemProperty(named = "hub.it.keycloak", matches = ".+")
class KeycloakBrowserIT {

  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void openBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
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
