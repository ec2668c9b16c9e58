package org.missionledger.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, no driver download), with axe-core
 * accessibility checks and screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER =
            Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private final WebDriver driver;
    private final String base;

    /** The command that installs what browser tests need (Debian/Ubuntu). */
    public static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private static volatile boolean noticePrinted;

    /**
     * Starts Chromium. Without Chromium and chromedriver the calling test is skipped (a JUnit assumption) with a
     * one-line notice naming the install command — unless browser tests are required ({@code -Dbrowser.required=true}
     * or the environment variable {@code CI=true}, as {@code .ci/run} sets), when it fails instead.
     */
    public Browser(int port) {
        requireOrSkip();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.base = "http://127.0.0.1:" + port;
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Whether a missing browser is a failure rather than a reason to skip. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty("browser.required", "false"))
                || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips the calling test (or fails it, when browser tests are required) if Chromium or chromedriver is missing. */
    public static void requireOrSkip() {
        if (available()) {
            return;
        }
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER + " (install: " + INSTALL + ")";
        if (required()) {
            throw new IllegalStateException(missing + "; they are required (browser.required=true or CI=true)");
        }
        if (!noticePrinted) {
            noticePrinted = true;
            System.err.println("Skipping browser tests: " + missing);
        }
        Assumptions.assumeTrue(false, missing);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Clicks an element that leads to another page (a link, a form's button) and waits until that page has loaded. */
    public Browser follow(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Clicks what {@code locator} finds and waits for the page it leads to. */
    public Browser follow(By locator) {
        return follow(driver.findElement(locator));
    }

    /** Asserts that axe-core finds no serious or critical WCAG 2.x A/AA violation on the current page. */
    public void assertAccessible() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(severe)
                .as(() -> "axe violations on " + path() + ": "
                        + severe.stream()
                                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                        + v.getNodes().stream()
                                                .map(n -> String.valueOf(n.getTarget()))
                                                .toList())
                                .toList())
                .isEmpty();
    }

    /** Saves a screenshot at the given width (desktop 1280, mobile 375) to {@code file}. */
    public void screenshot(Path file, int width) {
        screenshot(file, width, 1024);
    }

    /** Saves a screenshot of a window of the given size to {@code file}. */
    public void screenshot(Path file, int width, int height) {
        Dimension original = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, height));
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + file, e);
        } finally {
            driver.manage().window().setSize(original);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
