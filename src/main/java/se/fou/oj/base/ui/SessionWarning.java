package se.fou.oj.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * The warning before an idle session ends (WCAG 2.2.1): a native modal {@code <dialog>} that the browser opens by itself
 * {@code warnBefore} ahead of the end, counts down, and offers to stay logged in. It must open without asking the
 * server, since any request to the server would itself keep the session alive; the browser restarts its clock at every
 * request of the UI (not at Vaadin's heartbeats, which do not keep the session alive). "Stay logged in" is such a
 * request. When the time has run out the page reloads, which takes the user to the login page and, after logging in,
 * back to the same page (Spring Security's saved request).
 */
@Tag("dialog")
public class SessionWarning extends Component implements HasComponents {

    public static final String ID = "session-warning";

    public SessionWarning(Duration timeout, Duration warnBefore) {
        setId(ID);
        addClassName("session-warning");
        getElement().setAttribute("aria-labelledby", "session-warning-title");
        getElement().setAttribute("aria-describedby", "session-warning-text");
        H2 title = new H2(getTranslation("session.warning.title"));
        title.setId("session-warning-title");
        Span seconds = new Span(String.valueOf(warnBefore.toSeconds()));
        seconds.setId("session-countdown");
        Paragraph text = new Paragraph();
        text.setId("session-warning-text");
        text.add(new Span(getTranslation("session.warning.before") + " "), seconds,
                new Span(" " + getTranslation("session.warning.after")));
        // The click is the request that extends the session; the browser closes the dialog when it is sent
        Button stay = new Button(getTranslation("session.warning.stay"), e -> { });
        stay.setId("session-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, text, stay);
        long timeoutMs = timeout.toMillis();
        // Never less than 20 seconds of warning, and never before the session has begun
        long warnMs = Math.min(Math.max(warnBefore.toMillis(), 20_000), timeoutMs);
        // As numbers JavaScript reads (executeJs takes no long)
        getElement().executeJs(SCRIPT, (double) timeoutMs, (double) warnMs);
    }

    private static final String SCRIPT = """
            const dialog = this, timeoutMs = $0, warnMs = $1;
            const stay = dialog.querySelector('#session-stay');
            const countdown = dialog.querySelector('#session-countdown');
            let warnTimer, endTimer, tick, deadline, returnFocus;
            const focused = () => {
              let element = document.activeElement;
              while (element && element.shadowRoot && element.shadowRoot.activeElement) {
                element = element.shadowRoot.activeElement;
              }
              return element;
            };
            const update = () => {
              countdown.textContent = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
            };
            const show = () => {
              if (dialog.open || !dialog.isConnected) {
                return;
              }
              returnFocus = focused();
              update();
              dialog.showModal();
              tick = setInterval(update, 1000);
              stay.focus();
            };
            const restart = () => {
              clearTimeout(warnTimer);
              clearTimeout(endTimer);
              deadline = Date.now() + timeoutMs;
              warnTimer = setTimeout(show, timeoutMs - warnMs);
              endTimer = setTimeout(() => window.location.reload(), timeoutMs + 2000);
              if (dialog.open) {
                dialog.close();
              }
            };
            dialog.addEventListener('close', () => {
              clearInterval(tick);
              if (returnFocus && returnFocus.isConnected) {
                returnFocus.focus();
              }
            });
            // Escape means "stay" too: the user is there
            dialog.addEventListener('cancel', e => {
              e.preventDefault();
              stay.click();
            });
            if (window.sessionWarning) {
              window.sessionWarning.stop();
            }
            window.sessionWarning = {
              restart,
              stop: () => { clearTimeout(warnTimer); clearTimeout(endTimer); clearInterval(tick); }
            };
            if (!XMLHttpRequest.prototype.sessionWarningWatched) {
              XMLHttpRequest.prototype.sessionWarningWatched = true;
              const open = XMLHttpRequest.prototype.open;
              const send = XMLHttpRequest.prototype.send;
              XMLHttpRequest.prototype.open = function (method, url) {
                this.keepsSessionAlive = !String(url).includes('v-r=heartbeat');
                return open.apply(this, arguments);
              };
              XMLHttpRequest.prototype.send = function () {
                if (this.keepsSessionAlive && window.sessionWarning) {
                  window.sessionWarning.restart();
                }
                return send.apply(this, arguments);
              };
            }
            restart();
            """;
}
