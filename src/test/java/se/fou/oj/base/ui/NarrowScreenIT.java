package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A phone's width (420 px) in headless Chromium: the header's user items sit in one menu, the cycle navigation wraps,
 * and the wide results table scrolls within itself while the page does not scroll sideways. Screenshots in
 * target/screenshots.
 */
class NarrowScreenIT extends BrowserTest {

    @Test
    void onAPhoneTheUserMenuCarriesTheHeaderAndTheResultsTableScrollsWithinItself() throws IOException {
        driver.manage().window().setSize(new Dimension(1400, 1000));
        logIn("fou");
        waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("cycles-grid"), "Ekonomiskt bistånd"));
        long cycleId = testData.demoCycle().id();

        driver.get(url("/cycles/" + cycleId + "/meetings"));
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("cycle-nav")));
        screenshot("meetings-fou-1400");
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("user-menu")).isDisplayed()).isFalse();
        assertThat(driver.getTitle()).isEqualTo("Möten – Ekonomiskt bistånd 2018 – FoU Nordväst");

        driver.manage().window().setSize(new Dimension(420, 900));
        driver.get(url("/cycles/" + cycleId + "/results"));
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-grid-1"), "75 %"));
        screenshot("results-fou-420");
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("user-menu")).isDisplayed()).isTrue();
        @SuppressWarnings("unchecked")
        List<Number> page = (List<Number>) ((JavascriptExecutor) driver).executeScript("return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(page.get(0).intValue()).as("the page's width against the window's " + page)
                .isLessThanOrEqualTo(page.get(1).intValue());
        @SuppressWarnings("unchecked")
        List<Number> table = (List<Number>) ((JavascriptExecutor) driver).executeScript("const t = arguments[0].shadowRoot.querySelector('#table');"
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
