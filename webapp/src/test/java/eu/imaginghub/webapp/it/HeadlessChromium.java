package eu.imaginghub.webapp.it;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium, for the browser tests: one per test class, opened in
 * {@code @BeforeAll} and closed in {@code @AfterAll}. It knows how a person signs in to the running
 * hub in this run: the development login form, or Keycloak's own page.
 */
final class HeadlessChromium implements AutoCloseable {

  private final WebDriver browser;
  private final WebDriverWait wait;

  private HeadlessChromium(Duration patience) {
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
    wait = new WebDriverWait(browser, patience);
  }

  /** Opens a browser whose waits give up after {@code patience}. */
  static HeadlessChromium open(Duration patience) {
    return new HeadlessChromium(patience);
  }

  WebDriver browser() {
    return browser;
  }

  /** The wait the browser's tests share. */
  WebDriverWait waiting() {
    return wait;
  }

  /** Waits until the condition holds (or fails the test after the patience given at opening). */
  <T> T until(Function<? super WebDriver, T> condition) {
    try {
      return wait.until(condition);
    } catch (TimeoutException e) {
      // what the page said instead (e.g. a problem box) tells why the awaited element never came
      List<WebElement> main = browser.findElements(By.id("main"));
      String shown = main.isEmpty() ? browser.getPageSource() : main.get(0).getText();
      throw new TimeoutException(e.getMessage() + "\nThe page showed:\n" + shown, e);
    }
  }

  /** Opens a page of the running hub, e.g. {@code "/#/requests"}. */
  void visit(String path) {
    browser.get(RunningHub.baseUri() + path);
  }

  /** Clicks an element once it can be clicked. */
  WebElement click(By element) {
    WebElement found = until(ExpectedConditions.elementToBeClickable(element));
    found.click();
    return found;
  }

  /**
   * Signs a demo user in (password = user name) the way this run does it, and waits until the page
   * names who is signed in.
   */
  void signIn(String user) {
    visit("/");
    if (RunningHub.usesKeycloak()) {
      click(By.id("login-button"));
      until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
      browser.findElement(By.id("password")).sendKeys(user);
      browser.findElement(By.id("kc-login")).click();
    } else {
      until(ExpectedConditions.visibilityOfElementLocated(By.id("login-user"))).sendKeys(user);
      browser.findElement(By.id("login-password")).sendKeys(user);
      browser.findElement(By.id("login-button")).click();
    }
    until(ExpectedConditions.visibilityOfElementLocated(By.id("logout-button")));
  }

  /** Signs out and waits until the page offers to sign in again. */
  void signOut() {
    click(By.id("logout-button"));
    until(ExpectedConditions.elementToBeClickable(By.id("login-button")));
  }

  @Override
  public void close() {
    browser.quit();
  }
}
