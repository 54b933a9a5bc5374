package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.base.security.AppUserPrincipal;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;
import se.fou.oj.submission.SubmissionService;

/**
 * The browser half of {@link LocalDraftBackup} in headless Chromium: typed text lands in localStorage at once and
 * leaves it when the server has saved it; text the server never got is offered back after a reload or a new login
 * and, restored, is saved. Skipped without Chromium, except in CI (as {@code BrowserLoginIT}).
 */
class LocalDraftBackupIT extends BrowserTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    RequestService requestService;

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void fillLoginForm(String username) {
        waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys("demo1234", Keys.ENTER);
        waitUpTo(60).until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
    }

    private Request newRequest(String title) {
        return SystemActor.call(() -> requestService.createRequest(testData.newCycle().id(), new RequestDraft(title, null,
                List.of("Vad vet vi i vår kommun?"), LocalDate.now().plusDays(10), null)));
    }

    private String formUrl(Request request) {
        return url("/requests/" + request.id() + "/submissions/0125");
    }

    private static WebElement answerField() {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-1")));
    }

    private static Object stored(String key) {
        return js("return localStorage.getItem(arguments[0]);", key);
    }

    private String serverAnswer(Request request) {
        AppUserPrincipal ekero = (AppUserPrincipal) userDetailsService.loadUserByUsername("ekero");
        return SystemActor.callAs(ekero, () -> submissions.submission(request.id(), "0125"))
                .answers().get(request.questions().get(0).id());
    }

    private static void waitForServerSave() {
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("submission-saved"), "Sparat"));
    }

    @Test
    void typedTextIsInLocalStorageUntilTheServerHasSavedIt() throws IOException {
        Request request = newRequest("Reservkopia i webbläsaren");
        logIn("ekero");
        driver.get(formUrl(request));
        String key = answerField().getDomAttribute("data-draft-key");
        assertThat(key).isEqualTo("fou-oj:ekero:submission:" + request.id() + ":0125:q:" + request.questions().get(0).id());

        driver.findElement(By.cssSelector("#answer-1 textarea")).sendKeys("Många har ohälsa");
        // Read at once: the server save waits 800 ms after the last keystroke, the copy does not wait at all
        assertThat((String) stored(key)).contains("\"text\":\"Många har ohälsa\"").contains("\"base\":\"\"");

        waitForServerSave();
        waitUpTo(10).until(d -> stored(key) == null);
        assertThat(serverAnswer(request)).isEqualTo("Många har ohälsa");
        screenshot("draft-backup-saved");
    }

    @Test
    void unsavedTextInLocalStorageIsOfferedAfterAReloadAndRestoredToTheServer() throws IOException {
        Request request = newRequest("Återställning efter omladdning");
        logIn("ekero");
        driver.get(formUrl(request));
        String key = answerField().getDomAttribute("data-draft-key");
        js("localStorage.setItem(arguments[0], JSON.stringify({text: arguments[1], base: '', at: Date.now()}));",
                key, "Skrivet medan nätet var borta.");

        driver.navigate().refresh();
        WebElement restore = waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-1-backup-restore")));
        assertThat(driver.findElement(By.id("answer-1-backup")).getText())
                .contains("Den här webbläsaren har text som inte hann sparas").contains("Skrivet medan nätet var borta.")
                .contains("Släng");
        assertThat(restore.getText()).isEqualTo("Återställ osparad text");
        screenshot("draft-backup-notice");
        restore.click();

        waitForServerSave();
        assertThat(answerField().getDomProperty("value")).isEqualTo("Skrivet medan nätet var borta.");
        waitUpTo(10).until(d -> stored(key) == null);
        assertThat(serverAnswer(request)).isEqualTo("Skrivet medan nätet var borta.");
        assertThat(driver.findElement(By.id("answer-1-backup")).isDisplayed()).isFalse();
    }

    /** The whole story: the session ends, typing goes on, and after logging in again the text is still there. */
    @Test
    void textTypedAfterTheSessionEndedSurvivesTheNewLogin() throws IOException {
        Request request = newRequest("Utgången session");
        logIn("ekero");
        driver.get(formUrl(request));
        String key = answerField().getDomAttribute("data-draft-key");
        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.findElement(By.cssSelector("#answer-1 textarea")).sendKeys("Skrivet efter att sessionen gått ut.");
        assertThat((String) stored(key)).contains("Skrivet efter att sessionen gått ut.");

        driver.get(formUrl(request));
        fillLoginForm("ekero");
        if (!driver.getCurrentUrl().endsWith("/submissions/0125")) {
            driver.get(formUrl(request));
        }
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-1-backup-restore"))).click();
        waitForServerSave();
        assertThat(serverAnswer(request)).isEqualTo("Skrivet efter att sessionen gått ut.");
        waitUpTo(10).until(d -> stored(key) == null);
    }
}
