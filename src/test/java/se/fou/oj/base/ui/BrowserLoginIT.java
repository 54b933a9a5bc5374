package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The real login form in headless Chromium: Spring Security's form login, the Vaadin client and the theme together.
 * Screenshots land in target/screenshots for a look by eye. Chromium comes from Debian (installed by .ci/run); on a
 * machine without it the test is skipped, except in CI where it must run.
 */
class BrowserLoginIT extends BrowserTest {

    private void logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/"));
        waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
    }

    @Test
    void fouLogsInSeesTheCyclesAndOpensTheResults() throws IOException {
        logIn("fou", "demo1234");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"), "Ekonomiskt bistånd"));
        screenshot("start-fou");
        assertThat(driver.findElement(By.id("current-user")).getText()).isEqualTo("Fredrik Uppföljare · FoU");

        var openResults = driver.findElement(By.id("open-results-" + testData.demoCycle().id()));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", openResults);
        openResults.click();
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("results-title"),
                "Resultat Ekonomiskt bistånd 2018"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-grid-1"), "75 %"));
        assertThat(driver.findElement(By.id("results-summary")).getText()).isEqualTo("35 indikatorer i 11 tabeller");
        screenshot("results-fou");
    }

    /** With a previous year the "Förändring" column joins the table, which still fits 1400 px with the menu closed. */
    @Test
    void twoYearsOfResultsFitTheScreenWithTheChangeColumn() throws IOException {
        long cycleId = testData.twoYears().later().id();
        logIn("fou", "demo1234");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"), "Ekonomiskt bistånd"));
        driver.get(url("/cycles/" + cycleId + "/results"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-grid-1"), "−12,5 pe"));
        screenshot("results-two-years");
        for (String grid : new String[] {"result-grid-1", "result-grid-5"}) {
            @SuppressWarnings("unchecked")
            var widths = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                    "const table = arguments[0].shadowRoot.querySelector('#table');"
                            + "return [table.scrollWidth, table.clientWidth];", driver.findElement(By.id(grid)));
            assertThat(widths.get(0).intValue()).as(grid + " scroll width against its visible width " + widths)
                    .isLessThanOrEqualTo(widths.get(1).intValue());
        }
    }

    /** The Content-Security-Policy lets Vaadin work: nothing is refused on the login page, the start page, results, compilation. */
    @Test
    void theContentSecurityPolicyRefusesNothingTheAppNeeds() {
        logIn("fou", "demo1234");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"), "Ekonomiskt bistånd"));
        long cycleId = testData.demoCycle().id();
        driver.get(url("/cycles/" + cycleId + "/results"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-grid-1"), "75 %"));
        driver.get(url("/cycles/" + cycleId + "/compilation"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.tagName("svg")));
        var console = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(console).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    @Test
    void wrongPasswordShowsTheSwedishErrorOnTheLoginPage() throws IOException {
        logIn("ekero", "fel-losenord");
        waitUpTo(30).until(ExpectedConditions.urlContains("/login?error"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-form"),
                "Kontrollera användarnamn och lösenord"));
        screenshot("login-error");
    }
}
