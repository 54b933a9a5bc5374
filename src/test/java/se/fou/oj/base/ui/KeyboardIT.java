package se.fou.oj.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import se.fou.oj.TestData;
import se.fou.oj.base.security.SystemActor;
import se.fou.oj.cycle.Cycle;
import se.fou.oj.results.ResultsService;
import se.fou.oj.submission.Request;
import se.fou.oj.submission.RequestDraft;
import se.fou.oj.submission.RequestService;

/**
 * A municipal contact's work with the keyboard alone: Tab, Shift+Tab, Enter, Space and typing, never the mouse. Every
 * element that takes the focus shows it, and a dialog keeps the focus inside until it closes, then gives it back.
 */
class KeyboardIT extends BrowserTest {

    @Autowired
    ResultsService resultsService;

    @Autowired
    RequestService requestService;

    /** The deepest focused element: its id (or tag) and whether the focus is visible on it or its component. */
    private static final String FOCUSED = """
            let element = document.activeElement;
            while (element && element.shadowRoot && element.shadowRoot.activeElement) {
              element = element.shadowRoot.activeElement;
            }
            if (!element || element === document.body) { return null; }
            const visible = e => {
              if (e.hasAttribute && (e.hasAttribute('focus-ring') || e.matches(':focus-visible') && (
                  getComputedStyle(e).outlineStyle !== 'none' || getComputedStyle(e).boxShadow !== 'none'))) { return true; }
              return false;
            };
            let host = element, shown = false, id = '';
            while (host) {
              shown = shown || visible(host);
              id = id || host.id || '';
              host = host.parentElement || (host.getRootNode() && host.getRootNode().host);
            }
            const dialog = element.closest('vaadin-dialog-overlay, vaadin-confirm-dialog-overlay')
              || (element.getRootNode().host && element.getRootNode().host.closest('vaadin-dialog-overlay'));
            return {id: (element.closest('[id]') || {}).id || id, tag: element.tagName.toLowerCase(), shown: shown,
                    owner: id, inDialog: !!element.closest('[role=dialog], vaadin-dialog-overlay') || !!dialog};
            """;

    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(FOCUSED);
    }

    private void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        settle();
    }

    /** Tabs forward until the focus is on (or inside) the element with the id; each stop must show its focus. */
    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            press(Keys.TAB);
            var now = focused();
            if (now == null) {
                continue;
            }
            assertThat((Boolean) now.get("shown")).as("focus visible on " + now).isTrue();
            if (isInside(id)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private boolean isInside(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "let e = document.activeElement; const target = document.getElementById(arguments[0]);"
                        + "return !!target && (target === e || target.contains(e));", id));
    }

    @Test
    void aContactAnswersARequestWithTheKeyboardAlone() {
        Request request = openRequest();
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name='username']")));
        driver.findElement(By.cssSelector("input[name='username']")).click(); // the page's first field, as a user starts
        press("ekero", Keys.TAB, "demo1234", Keys.ENTER);
        waitFor("current-user");

        driver.get(url("/cycles/" + request.cycleId() + "/requests"));
        waitFor("requests-view");
        // The first stop is the skip link: past the header and the side menu's many cycles to the page itself
        tabTo("skip-to-content");
        press(Keys.ENTER);
        tabTo("answer-request-" + request.id());
        press(Keys.ENTER);
        waitFor("submission-view");
        tabTo("answer-1");
        press("Vi ser fler unga med ohälsa.");
        tabTo("submit-answer");
        press(Keys.SPACE);
        // If submitting asks first, the dialog holds the focus on its buttons; Enter confirms
        Object asked = ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('vaadin-confirm-dialog')].some(d => d.opened)");
        if (Boolean.TRUE.equals(asked)) {
            tabTo(focusedConfirm());
            press(Keys.ENTER);
        }
        waitForText("submission-status", "Inskickad");
        Axe.check(driver, "contact: answer submitted by keyboard");
    }

    /** The confirm dialog's confirm button gets an id so that tabTo can find it. */
    private String focusedConfirm() {
        ((JavascriptExecutor) driver).executeScript("arguments[0].id = 'keyboard-confirm';", confirmButton());
        return "keyboard-confirm";
    }

    @Test
    void aDialogKeepsTheFocusInsideAndGivesItBackWhenClosed() {
        logIn("ekero");
        open("/", "start-view");
        tabTo("change-password");
        press(Keys.ENTER);
        waitFor("password-current");
        for (int i = 0; i < 12; i++) {
            press(Keys.TAB);
            var now = focused();
            assertThat(now).as("focus after " + (i + 1) + " tabs").isNotNull();
            assertThat((Boolean) now.get("inDialog")).as("focus stays in the dialog: " + now).isTrue();
            assertThat((Boolean) now.get("shown")).as("focus visible on " + now).isTrue();
        }
        press(Keys.ESCAPE);
        waitUpTo(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("password-current")));
        assertThat(isInside("change-password")).as("focus back on the button that opened the dialog").isTrue();
    }

    private Request openRequest() {
        Cycle cycle = testData.newCycle();
        return SystemActor.call(() -> {
            resultsService.importResults(cycle.id(), "oj.csv", TestData.ojCsvBytes(cycle.areaName()), false);
            return requestService.createRequest(cycle.id(), new RequestDraft("Unga och ohälsa", "Svara kort.",
                    List.of("Vad vet vi i vår kommun?"), LocalDate.now().plusWeeks(2), null, null, null));
        });
    }
}
