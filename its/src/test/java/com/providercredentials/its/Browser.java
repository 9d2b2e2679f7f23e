package com.providercredentials.its;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the its/ server: Debian's headless Chromium, driven through Debian's chromedriver (no download; the
 * flags keep it off the network, which this machine closes). One browser per viewer: each logs in through SonarQube's
 * own login service, so the pages are read with that viewer's session and permissions.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("its.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("its.chromedriver", "/usr/bin/chromedriver"));

  private final ChromeDriver driver;
  private final String url;
  private final Path profile;

  Browser(String url) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException("The page tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
        + "): apt-get install chromium chromium-driver (test.sh does it when run as root)");
    }
    this.url = url;
    try {
      profile = Files.createTempDirectory("its-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
      "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  /** Logs in through SonarQube's login service from one of its pages: the session cookie is the browser's own. */
  Browser login(String login, String password) {
    driver.get(url + "/sessions/new");
    Object status = ((JavascriptExecutor) driver).executeAsyncScript(
      "var done = arguments[arguments.length - 1];"
        + "fetch('/api/authentication/login', {method: 'POST', credentials: 'same-origin',"
        + "  body: new URLSearchParams({login: arguments[0], password: arguments[1]})})"
        + ".then(function (r) { done(r.status); }, function (e) { done(String(e)); });", login, password);
    if (!Long.valueOf(200).equals(status)) {
      throw new IllegalStateException("login of " + login + " answered " + status);
    }
    return this;
  }

  /** Opens a page of the server and waits until the Provider credentials extension has drawn it. */
  WebElement openExtension(String path) {
    driver.get(url + path);
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
        List<WebElement> roots = d.findElements(By.cssSelector("[data-test=provider-credentials]"));
        return roots.isEmpty() || "loading".equals(roots.get(0).getAttribute("data-state")) ? null : roots.get(0);
      });
    } catch (TimeoutException e) {
      Path shot = screenshot(Path.of("target/screenshots/timeout-" + System.currentTimeMillis() + ".png"));
      throw new IllegalStateException("The extension did not draw " + path + " (screenshot " + shot + "); the page at "
        + driver.getCurrentUrl() + " reads:\n" + driver.findElement(By.tagName("body")).getDomProperty("innerText"), e);
    }
  }

  /** Opens a page and waits until its text holds {@code expected}. */
  String openAndWaitFor(String address, String expected) {
    driver.get(address);
    return new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> {
      String text = d.findElement(By.tagName("body")).getDomProperty("innerText");
      return text.contains(expected) ? text : null;
    });
  }

  String pageSource() {
    return driver.getPageSource();
  }

  /** Keeps what the browser shows as a test artifact. */
  Path screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A screenshot of the whole extension, however long (SonarQube scrolls inside its own container, so the window is
   * made as tall as the extension), without SonarQube's promotion pop-up.
   */
  Path fullScreenshot(Path file) {
    driver.findElements(By.xpath("//button[normalize-space()='Dismiss']")).forEach(WebElement::click);
    Object bottom = ((JavascriptExecutor) driver).executeScript(
      "var r = document.querySelector('[data-test=provider-credentials]'); return r ? r.getBoundingClientRect().bottom + 40 : 1000;");
    int height = (int) Math.min(6000, Math.max(1000, ((Number) bottom).doubleValue() + 140));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, height));
    return screenshot(file);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
