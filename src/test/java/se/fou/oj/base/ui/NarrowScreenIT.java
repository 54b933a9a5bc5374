package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.fou.oj.IntegrationTest;

/**
 * A phone's width (420 px) in headless Chromium: the header's user items sit in one menu, the cycle navigation wraps,
 * and the wide results table scrolls within itself while the page does not scroll sideways. Screenshots in
 * target/screenshots.
 */
class NarrowScreenIT extends IntegrationTest {

    private static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void onAPhoneTheUserMenuCarriesTheHeaderAndTheResultsTableScrollsWithinItself() throws IOException {
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.get("http://localhost:" + port + "/");
        waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys("fou");
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo1234", Keys.ENTER);
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"), "Ekonomiskt bistånd"));
        long cycleId = testData.demoCycle().id();

        driver.get("http://localhost:" + port + "/cycles/" + cycleId + "/meetings");
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("cycle-nav")));
        screenshot("meetings-fou-1400");
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("user-menu")).isDisplayed()).isFalse();
        assertThat(driver.getTitle()).isEqualTo("Möten – Ekonomiskt bistånd 2018 – FoU Nordväst");

        driver.manage().window().setSize(new Dimension(420, 900));
        driver.get("http://localhost:" + port + "/cycles/" + cycleId + "/results");
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-grid-1"), "75 %"));
        screenshot("results-fou-420");
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("user-menu")).isDisplayed()).isTrue();
        @SuppressWarnings("unchecked")
        List<Number> page = (List<Number>) js("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(page.get(0).intValue()).as("the page's width against the window's " + page)
                .isLessThanOrEqualTo(page.get(1).intValue());
        @SuppressWarnings("unchecked")
        List<Number> table = (List<Number>) js("const t = arguments[0].shadowRoot.querySelector('#table');"
                + "return [t.scrollWidth, t.clientWidth];", driver.findElement(By.id("result-grid-1")));
        assertThat(table.get(0).intValue()).as("the table scrolls within itself " + table)
                .isGreaterThan(table.get(1).intValue());

        driver.findElement(By.id("user-menu-open")).click();
        waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-menu-logout")));
        screenshot("user-menu-420");
        assertThat(driver.findElement(By.id("user-menu-name")).getText()).contains("Fredrik Uppföljare");
        assertThat(driver.findElement(By.id("user-menu-language")).getText()).isEqualTo("English");
        assertThat(driver.findElement(By.id("user-menu-password")).isDisplayed()).isTrue();
    }
}
