package se.fou.oj.base.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.fou.oj.IntegrationTest;

/**
 * Base of the journeys in headless Chromium: the one shared application (the Spring context of every
 * {@link IntegrationTest}), one browser per test class, logging in through the real form, axe on each view, and a
 * screenshot in target/screenshots/failed when a test fails.
 */
abstract class BrowserTest extends IntegrationTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver != null) {
                try {
                    screenshot("failed/" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                } catch (IOException | RuntimeException e) {
                    System.err.println("No screenshot of the failure: " + e);
                }
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh login as the demo user; waits for the start page. */
    void logIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo1234", Keys.ENTER);
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    /** Opens the address and waits until the element with the id is there. */
    void open(String path, String idShown) {
        driver.get(url(path));
        waitFor(idShown);
    }

    WebElement waitFor(String id) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void waitForText(String id, String text) {
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** Clicks as a user would, after scrolling the element into the middle of the screen. */
    void click(String id) {
        WebElement element = waitUpTo(30).until(ExpectedConditions.elementToBeClickable(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Vaadin has answered every request the page sent (no round trip under way). */
    void settle() {
        waitUpTo(30).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                        + ".every(c => !c.isActive())")));
    }

    /**
     * Confirms in the confirmation dialog if the action asked first (what cannot be undone asks; which actions do may
     * change), after Vaadin has answered the click.
     */
    void confirmIfAsked() {
        settle();
        WebElement confirm = confirmButton();
        if (confirm != null) {
            confirm.click();
        }
        settle();
    }

    /** The confirm button of the open confirmation dialog, or null when none is open. */
    WebElement confirmButton() {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const dialog = [...document.querySelectorAll('vaadin-confirm-dialog')].find(d => d.opened);"
                        + "if (!dialog) { return null; }"
                        + "for (const root of [dialog, ...document.querySelectorAll('vaadin-confirm-dialog-overlay')]) {"
                        + "  const button = root.querySelector('[slot=confirm-button]')"
                        + "    || (root.shadowRoot && root.shadowRoot.querySelector('[slot=confirm-button]'));"
                        + "  if (button) { return button; }"
                        + "}"
                        + "return null;");
    }

    /** The texts of the notifications on screen. */
    String notifications() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.textContent).join(' | ')");
    }

    void axe(String view) {
        settle();
        Axe.check(driver, view);
    }
}
